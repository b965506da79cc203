import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openInTheme, switchTheme, THEME_RULES, violationLines } from '../support/axe';
import { builtPages } from '../../src/scripts/built-site.ts';

// The book page (/book/) repeats all ten chapters on one page, and a full audit of it takes
// minutes per theme. Its chapters are audited here on their own pages; tests/a11y/book.spec.ts
// audits what the book adds (cover, contents, part titles) and its page-wide structure.
const AUDITED_ELSEWHERE = new Set(['/book/']);

// Every page gets the full audit in the light theme and, in the same page load, the
// colour-dependent rules again in the dark theme: only those rules can change with the theme.
for (const path of builtPages().filter((p) => !AUDITED_ELSEWHERE.has(p))) {
  test(`axe finds no violations on ${path}, in full in the light theme and in its colours in the dark theme`, async ({ page }) => {
    await openInTheme(page, path, 'light');
    expect(violationLines(await new AxeBuilder({ page }).analyze()), 'light theme').toEqual([]);
    await switchTheme(page, 'dark');
    expect(violationLines(await new AxeBuilder({ page }).withRules([...THEME_RULES]).analyze()), 'dark theme').toEqual([]);
  });
}

// A page loaded in the dark theme from the start runs the theme's own start-up path (stored
// choice read before paint, islands drawn dark): a full audit of a few representative pages.
for (const path of ['/', '/chapters/degradation-problem/', '/chapters/identity-propagation/', '/embed/gradient-flow/']) {
  test(`axe finds no violations on ${path} loaded in the dark theme`, async ({ page }) => {
    await openInTheme(page, path, 'dark');
    expect(violationLines(await new AxeBuilder({ page }).analyze())).toEqual([]);
  });
}

test('a 360 px wide phone gets no horizontal page scroll on any chapter', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const overflowing: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
    if (wide) overflowing.push(path);
  }
  expect(overflowing).toEqual([]);
});

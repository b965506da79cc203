import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/site';

// The book page (/book/) repeats all ten chapters on one page, and a full audit of it takes
// minutes per theme. Its chapters are audited here on their own pages; tests/a11y/book.spec.ts
// audits what the book adds (cover, contents, part titles) and its page-wide structure.
const AUDITED_ELSEWHERE = new Set(['/book/']);

for (const theme of ['light', 'dark'] as const) {
  for (const path of builtPages().filter((p) => !AUDITED_ELSEWHERE.has(p))) {
    test(`axe finds no violations on ${path} in the ${theme} theme`, async ({ page }) => {
      await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      const results = await new AxeBuilder({ page }).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary).toEqual([]);
    });
  }
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

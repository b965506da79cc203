import { expect, test } from '@playwright/test';
import { CHAPTER_SLUGS, chapterPath } from '../../src/lib/site/chapters';
import { idsInBuiltPage } from '../../src/scripts/built-site.ts';

/** The anchors the instructors page lists, by chapter path. */
async function listed(page: import('@playwright/test').Page): Promise<Map<string, string[]>> {
  await page.goto('/instructors/');
  const hrefs = await page.locator('.instructor-index dd a[href*="#"]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  const byPage = new Map<string, string[]>();
  for (const href of hrefs) {
    const url = new URL(href);
    byPage.set(url.pathname, [...(byPage.get(url.pathname) ?? []), decodeURIComponent(url.hash.slice(1))]);
  }
  return byPage;
}

test('every anchor listed on the instructors page resolves', async ({ page }) => {
  const byPage = await listed(page);
  expect([...byPage.keys()].sort()).toEqual(CHAPTER_SLUGS.map(chapterPath).sort());
  const missing: string[] = [];
  for (const [path, ids] of byPage) {
    const present = idsInBuiltPage(path);
    for (const id of ids) if (!present.has(id)) missing.push(`${path}#${id}`);
  }
  expect(missing).toEqual([]);
});

test('the instructors page lists every section, equation, figure and paper table of every chapter', async ({ page }) => {
  const byPage = await listed(page);
  for (const slug of CHAPTER_SLUGS) {
    await page.goto(chapterPath(slug));
    const anchors = await page.evaluate(() =>
      [
        ...document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper > :is(h2, h3)[id]'),
        ...document.querySelectorAll('.equation[id], figure[id^="fig-"], .paper-table[id]'),
      ]
        .filter((el) => !el.closest('.cite-this'))
        .map((el) => el.id),
    );
    expect(new Set(byPage.get(chapterPath(slug))), slug).toEqual(new Set(anchors));
  }
});

test('the instructors page is in the sidebar under Reference', async ({ page }) => {
  await page.goto('/');
  const group = page.locator('nav.sidebar details:has(summary:has-text("Reference"))');
  await expect(group.getByRole('link', { name: 'For instructors' })).toHaveAttribute('href', '/instructors/');
});

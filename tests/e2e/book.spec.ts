import { expect, test } from '@playwright/test';
import { CHAPTER_SLUGS } from '../../src/lib/site/chapters';

test('the book page holds the cover, the contents, all ten chapters in order, the answer key and the references', async ({ page }) => {
  await page.goto('/book/');
  await expect(page.locator('.book-cover')).toContainText(/Version\s*\d+\.\d+\.\d+ \((\w+)\)/);
  const parts = await page.locator('.book-part').evaluateAll((els) => els.map((el) => el.getAttribute('aria-labelledby')));
  expect(parts).toEqual([...CHAPTER_SLUGS, 'answer-key', 'references']);
  const contents = await page.locator('.book-contents__chapter').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(contents).toEqual(CHAPTER_SLUGS.map((slug) => `#${slug}`));
  await expect(page.locator('.book-contents a[href="#answer-key"]')).toHaveText('Appendix: Answer key');
});

test('the answer key appendix lists every rubric, and its links land on the right part of the book', async ({ page }) => {
  await page.goto('/book/');
  const key = page.locator('.book-part[aria-labelledby="answer-key"]');
  await expect(key.locator('.answer-key__question')).toHaveCount(10);
  const hrefs = await key.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(50);
  const wrong: string[] = [];
  for (const href of hrefs) {
    // Every link stays in the book: a chapter, or a place in one (`#<chapter>--<id>`) that exists.
    const match = /^#([a-z0-9-]+?)(?:--(.+))?$/.exec(href);
    if (!match || !CHAPTER_SLUGS.includes(match[1] as (typeof CHAPTER_SLUGS)[number])) wrong.push(href);
    else if ((await page.locator(`[id="${href.slice(1)}"]`).count()) !== 1) wrong.push(href);
  }
  expect(wrong).toEqual([]);
  // The first point of question 1 leads into chapter 1.
  await expect(key.locator('[data-key-point] a').first()).toHaveAttribute('href', /^#degradation-problem--/);
});

test('the book page is a print source: unlisted, noindex and out of the search index', async ({ page }) => {
  await page.goto('/book/');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
  await expect(page.locator('[data-pagefind-body]')).toHaveCount(0);
  await expect(page.locator('.book')).toHaveAttribute('data-pagefind-ignore', 'all');
  await page.goto('/');
  await expect(page.locator('nav.sidebar a[href$="/book/"]')).toHaveCount(0);
});

test('ids on the book page are unique though the chapters share section names and figures', async ({ page }) => {
  await page.goto('/book/');
  const duplicates = await page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll('[id]')) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id]) => id);
  });
  expect(duplicates).toEqual([]);
  await expect(page.locator('#degradation-problem--short-answer')).toHaveCount(1);
});

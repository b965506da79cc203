import { expect, test } from '@playwright/test';
import { builtPages } from '../../src/scripts/built-site.ts';

const pages = builtPages();

test('the build produced the home page, ten chapters, the practice page and the references', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/practice/');
  expect(pages).toContain('/references/');
  expect(pages.filter((p) => p.startsWith('/chapters/'))).toHaveLength(10);
});

for (const path of pages) {
  test(`${path} answers 200 and has exactly one h1`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveCount(1);
  });
}

test('the home page links to all ten chapters, each with its question', async ({ page }) => {
  await page.goto('/');
  const links = page.locator('.question-list a');
  await expect(links).toHaveCount(10);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(10);
  for (const href of hrefs) expect(href).toMatch(/^\/chapters\/[a-z0-9-]+\/$/);
  await expect(links.first()).toContainText('Can stacking more layers give you a better network?');
});

test('a chapter shows its study-guide question under the title', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  await expect(page.locator('.chapter-question')).toContainText('What is the degradation problem discussed in paper 1?');
});

test('a missing page answers 404 with a way home', async ({ page }) => {
  const response = await page.goto('/chapters/no-such-chapter/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the ten questions' })).toBeVisible();
});

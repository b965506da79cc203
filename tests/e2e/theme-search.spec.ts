import { expect, test } from '@playwright/test';

test('the theme picker switches to dark and the choice survives a reload', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  const select = page.locator('starlight-theme-select select').first();
  await select.selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.locator('starlight-theme-select select').first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('search finds a chapter by a word from its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const input = page.locator('.pagefind-ui__search-input');
  await input.fill('degradation');
  const results = page.locator('.pagefind-ui__result-link');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.some((href) => href.includes('/chapters/degradation-problem/'))).toBe(true);
});

test('typeset math, figure controls and data tables are kept out of the search index', async ({ page }) => {
  await page.goto('/chapters/identity-propagation/');
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('.katex, .figure__controls, .figure__data, .paper-table')]
      .filter((el) => !el.closest('[data-pagefind-ignore]'))
      .map((el) => el.className),
  );
  expect(await page.locator('.katex').count()).toBeGreaterThan(5);
  expect(outside).toEqual([]);
});

test('when the search code cannot load, the dialog says so, nothing throws, and the next open tries again', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const block = /\/_astro\/ui-core[^/]*\.m?js$/;
  await page.route(block, (route) => route.abort());
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('[data-search-error]')).toContainText('Search could not load here');
  expect(errors).toEqual([]);
  await page.unroute(block);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.locator('.pagefind-ui__search-input')).toBeVisible();
  await expect(page.locator('[data-search-error]')).toBeEmpty();
});

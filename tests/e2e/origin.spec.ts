import { expect, test } from '@playwright/test';
import { builtPages } from '../../src/scripts/built-site.ts';

test('no request leaves the site origin on any page, search included', async ({ page }) => {
  const origin = new URL(test.info().project.use.baseURL ?? '').host;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if ((url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'ws:') && url.host !== origin) {
      foreign.push(request.url());
    }
  });
  for (const path of builtPages()) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.pagefind-ui__search-input').fill('shortcut');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible();
  expect(foreign).toEqual([]);
});

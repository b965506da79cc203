import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';

const CHAPTER = '/chapters/identity-propagation/';

test('every section heading, numbered equation, figure and paper table gets a "Copy link" button', async ({ page }) => {
  await page.goto(CHAPTER);
  const expected = await page.evaluate(
    () =>
      document.querySelectorAll('.sl-markdown-content .sl-heading-wrapper > :is(h2, h3)[id]').length +
      document.querySelectorAll('.equation[id], figure[id^="fig-"], .paper-table[id]').length,
  );
  expect(expected).toBeGreaterThan(10);
  await expect(page.locator('button.copy-link')).toHaveCount(expected);
  await expect(page.locator('a.copy-link')).toHaveCount(0);
  await expect(page.locator('#p2-eq-4 button.copy-link')).toHaveAccessibleName('Copy link to P2 eq. (4)');
  await expect(page.locator('.sl-heading-wrapper:has(#short-answer) button.copy-link')).toHaveAccessibleName('Copy link to section: Short answer');
});

test('the button copies the absolute address of its anchor, from the keyboard too', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(CHAPTER);
  const button = page.locator('#p2-eq-4 button.copy-link');
  await button.focus();
  await page.keyboard.press('Enter');
  const url = new URL(`${CHAPTER}#p2-eq-4`, page.url()).href;
  await expect(page.locator('.copy-link-status')).toHaveText(`Link copied: ${url}`);
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
});

test('without JavaScript each equation, figure and table still has a plain link to itself', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(CHAPTER);
  await expect(page.locator('#p2-eq-4 a.copy-link')).toHaveAttribute('href', '#p2-eq-4');
  const tables = await page.locator('.paper-table[id]').evaluateAll((els) => els.map((el) => [el.id, el.querySelector('a.copy-link')?.getAttribute('href')]));
  for (const [id, href] of tables) expect(href).toBe(`#${id}`);
  await expect(page.locator('.sl-anchor-link').first()).toHaveAttribute('href', /^#/);
  // The headings' copy buttons, which need the script, are not shown.
  await expect(page.locator('button.copy-link:visible')).toHaveCount(0);
  await context.close();
});

test('the copy-link script stays under 1.5 KB gzipped', async ({ page, request }) => {
  await page.goto(CHAPTER);
  await expect(page.locator('html')).toHaveAttribute('data-copy-links', 'ready');
  const urls = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /copy-links.*\.js$/.test(n)));
  expect(urls).toHaveLength(1);
  const body = await (await request.get(urls[0]!)).body();
  expect(gzipSync(body).length).toBeLessThan(1536);
});

test('when the copy-link code cannot load, the anchors stay plain links and nothing throws', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/\/_astro\/copy-links[^/]*\.js$/, (route) => route.abort());
  await page.goto(CHAPTER);
  await expect(page.locator('html')).toHaveAttribute('data-copy-links', 'unavailable');
  expect(await page.locator('a.copy-link[href^="#"], .sl-heading-wrapper > a.sl-anchor-link[href^="#"]').count()).toBeGreaterThan(10);
  // The build's heading buttons stay in place but unseen (and out of the tab order) without their script.
  await expect(page.locator('button.copy-link:visible')).toHaveCount(0);
  expect(errors).toEqual([]);
});

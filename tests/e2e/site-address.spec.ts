import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtPages, DIST } from '../../src/scripts/built-site.ts';
import { ORIGIN_PLACEHOLDER } from '../../src/lib/site/embeds';
import { WHERE_HOSTED } from '../../src/lib/site/address';

// dist/ is built without SITE_URL (as `npm test` builds it): no page may invent an address. The
// sub-path build, made with SITE_URL, is checked in sub-path.spec.ts.

test('a build without SITE_URL names no made-up domain, and emits no canonical links or sitemap', () => {
  for (const path of builtPages()) {
    const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
    expect(html, path).not.toMatch(/https?:\/\/[\w.-]*\.example\b|resnet-explained\.example/);
    expect(html, path).not.toContain('rel="canonical"');
  }
  expect(() => readFileSync(join(DIST, 'sitemap-index.xml'))).toThrow();
});

test('without SITE_URL a chapter cites itself without an address and its print notes give the path', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  await expect(page.locator('.cite-this p').first()).toContainText('Online edition.');
  await expect(page.locator('.cite-this')).not.toContainText('url = {');
  await expect(page.locator('.figure__print-note').first()).toContainText(`/chapters/degradation-problem/#fig-`);
  await expect(page.locator('.figure__print-note').first()).toContainText(WHERE_HOSTED);
});

test("without SITE_URL the instructors page fills its own origin into the embed snippets", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  await page.goto('/instructors/');
  const snippets = page.locator('.snippet code');
  await expect(snippets.first()).toContainText(`event.origin !== '${origin}'`);
  const texts = await snippets.allTextContents();
  expect(texts.length).toBeGreaterThan(1);
  for (const text of texts) expect(text).not.toContain(ORIGIN_PLACEHOLDER);
  for (const text of texts.slice(1)) expect(text).toMatch(new RegExp(`^<iframe src="${origin}/embed/`));
  await expect(page.locator('[data-origin-note]')).toContainText(origin);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the instructors page says which placeholder to replace', async ({ page }) => {
    await page.goto('/instructors/');
    await expect(page.locator('[data-origin-note]')).toContainText(ORIGIN_PLACEHOLDER);
    await expect(page.locator('.snippet code').first()).toContainText(`event.origin !== '${ORIGIN_PLACEHOLDER}'`);
  });
});

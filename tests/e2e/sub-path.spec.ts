import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../src/scripts/static-server';
import { builtPages } from '../../src/scripts/built-site.ts';

// `npm run build:sub` builds the site for /sub/path/ into dist-sub/; it is served here as a
// course's server would, with nothing outside /sub/path/, and crawled.
const ROOT = new URL('../../dist-sub/', import.meta.url).pathname;
const BASE = '/sub/path/';
/** The SITE_URL `npm run build:sub` builds with (a reserved test domain). */
const SITE = 'https://courses.example';
let server: StaticServer;

test.beforeAll(async () => {
  if (!existsSync(ROOT)) throw new Error('dist-sub/ is missing: run npm run build:sub');
  server = await serveStatic({ root: ROOT, base: BASE });
});
test.afterAll(() => server?.close());

test('under a sub-path every page, link, asset and font answers 200 and stays under the base', async ({ page, request }) => {
  const failures = new Set<string>();
  let fonts = 0;
  page.on('response', (response) => {
    if (response.status() >= 400) failures.add(`${response.url()} (${response.status()})`);
    else if (response.request().resourceType() === 'font') fonts += 1;
  });
  page.on('requestfailed', (req) => {
    // Leaving a page cancels what it was still loading (idle scripts, the favicon): not a failure.
    if (req.failure()?.errorText !== 'net::ERR_ABORTED') failures.add(`${req.url()} (${req.failure()?.errorText})`);
  });
  const checked = new Map<string, number>();
  for (const path of builtPages(ROOT)) {
    await page.goto(`${server.origin}${BASE}${path.slice(1)}`);
    await page.evaluate(() => document.fonts.ready);
    const urls = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], link[href], script[src], img[src], iframe[src]')].map((el) =>
        new URL(el.getAttribute('href') ?? el.getAttribute('src') ?? '', location.href).href,
      ),
    );
    for (const href of new Set(urls)) {
      const url = new URL(href);
      if (url.origin !== server.origin) continue;
      if (!url.pathname.startsWith(BASE)) failures.add(`${href} on ${path} (outside ${BASE})`);
      if (!checked.has(url.pathname)) checked.set(url.pathname, (await request.get(`${server.origin}${url.pathname}`)).status());
      if (checked.get(url.pathname) !== 200) failures.add(`${href} on ${path} (${checked.get(url.pathname)})`);
    }
  }
  expect(fonts, 'KaTeX fonts loaded').toBeGreaterThan(0);
  expect([...checked.keys()].filter((path) => /\.(css|js|svg)$/.test(path)).length, 'assets checked').toBeGreaterThan(2);
  expect([...failures]).toEqual([]);
});

test('under a sub-path the 404 page leads back into the site', async ({ page }) => {
  const response = await page.goto(`${server.origin}${BASE}no-such-page/`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the ten questions' })).toHaveAttribute('href', BASE);
});

test('under a sub-path search loads its index and links to chapters under the base', async ({ page }) => {
  await page.goto(`${server.origin}${BASE}`);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.pagefind-ui__search-input').fill('degradation');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}chapters/`));
});

test('a build made without PDF_LINKS links to no PDF', () => {
  for (const path of builtPages(ROOT)) {
    expect(readFileSync(join(ROOT, path, 'index.html'), 'utf8'), path).not.toMatch(/href="[^"]*\.pdf"|class="pdf-link"/);
  }
});

test('a build with SITE_URL gives every address it prints, its canonical links, sitemap and embed snippets that origin and base', () => {
  const chapter = readFileSync(join(ROOT, 'chapters/degradation-problem/index.html'), 'utf8');
  expect(chapter).toContain(`<link rel="canonical" href="${SITE}${BASE}chapters/degradation-problem/"`);
  expect(chapter).toContain(`${SITE}${BASE}chapters/degradation-problem/</p>`);
  expect(chapter).toContain(`url = {${SITE}${BASE}chapters/degradation-problem/}`);
  expect(chapter).toMatch(new RegExp(`Interactive version: ${SITE}${BASE}chapters/degradation-problem/#fig-`));
  expect(readFileSync(join(ROOT, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${SITE}${BASE}chapters/degradation-problem/</loc>`);
  const instructors = readFileSync(join(ROOT, 'instructors/index.html'), 'utf8');
  expect(instructors).toContain(`event.origin !== &#39;${SITE}&#39;`);
  expect(instructors).toContain(`&lt;iframe src=&quot;${SITE}${BASE}embed/`);
  expect(instructors).not.toContain('data-origin-note');
});

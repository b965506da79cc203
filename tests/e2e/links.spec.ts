import { expect, test } from '@playwright/test';
import { builtPages, idsInBuiltPage } from '../../src/scripts/built-site.ts';

const pages = builtPages();

for (const path of pages) {
  test(`every internal link and #anchor on ${path} resolves`, async ({ page, request }) => {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((as) =>
      as.map((a) => (a as HTMLAnchorElement).href),
    );
    const origin = new URL(page.url()).origin;
    const broken: string[] = [];
    const checked = new Map<string, number>();
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (!checked.has(url.pathname)) checked.set(url.pathname, (await request.get(url.pathname)).status());
      if (checked.get(url.pathname) !== 200) {
        broken.push(`${href} (${checked.get(url.pathname)})`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !idsInBuiltPage(url.pathname).has(anchor)) broken.push(`${href} (no #${anchor})`);
    }
    expect(broken).toEqual([]);
  });
}

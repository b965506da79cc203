import { expect, test } from '@playwright/test';
import { builtPages } from '../../src/scripts/built-site.ts';

/** "KaTeX_Main-Bold" from a built font URL such as /_astro/KaTeX_Main-Bold.Cx986IdX.woff2. */
const faceOfUrl = (path: string) => /(KaTeX_\w+-\w+)\./.exec(path)?.[1] ?? null;

for (const path of builtPages().filter((p) => p.startsWith('/chapters/'))) {
  test(`${path} preloads the KaTeX faces its math uses, and loads only those, as WOFF2`, async ({ page }) => {
    const fonts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'font') fonts.push(new URL(request.url()).pathname);
    });
    await page.goto(path);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    await page.waitForLoadState('networkidle');

    // The faces the typeset math asks for: family (first in the stack) + weight + style of every
    // text node in KaTeX's visual output, named the way KaTeX names its font files.
    const used = new Set(
      await page.evaluate(() => {
        const faces: string[] = [];
        for (const root of document.querySelectorAll('.katex-html')) {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.textContent || !node.parentElement) continue;
            const style = getComputedStyle(node.parentElement);
            const family = style.fontFamily
              .split(',')[0]!
              .trim()
              .replace(/^["']|["']$/g, '');
            if (!family.startsWith('KaTeX_')) continue;
            const bold = Number(style.fontWeight) >= 600 ? 'Bold' : '';
            const italic = style.fontStyle === 'italic' ? 'Italic' : '';
            faces.push(`${family}-${bold + italic || 'Regular'}`);
          }
        }
        return faces;
      }),
    );

    for (const font of fonts) expect(font).toMatch(/\.woff2$/);
    // Every face the math uses is preloaded (found at build time), so none arrives after the first
    // layout and lays the page out again; from the body, never the head, where Chromium lets a font
    // preload hold back the page's first frame.
    const preloads = await page.locator('link[rel="preload"][as="font"]').evaluateAll((links) =>
      links.map((l) => ({ path: new URL((l as HTMLLinkElement).href).pathname, inHead: l.parentElement === document.head })),
    );
    expect(preloads.filter((link) => link.inHead)).toEqual([]);
    const preloaded = preloads.map((link) => link.path);
    expect(preloaded.map(faceOfUrl).sort()).toEqual([...used].sort());
    const loaded = new Set(fonts.map(faceOfUrl).filter((f): f is string => f !== null));
    expect([...loaded].filter((face) => !used.has(face))).toEqual([]);
    expect(loaded.size).toBeLessThanOrEqual(used.size);
  });
}

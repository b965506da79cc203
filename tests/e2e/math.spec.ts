import { expect, test } from '@playwright/test';

test('display math is typeset at build time with its paper number and anchor', async ({ page }) => {
  await page.goto('/chapters/identity-propagation/');
  const eq4 = page.locator('#p2-eq-4');
  await expect(eq4.locator('.katex-display')).toHaveCount(1);
  await expect(eq4.locator('.katex-html .tag')).toHaveText(/^P2\s\(4\)$/);
  // MathML stays in the accessibility tree for screen readers.
  await expect(eq4.locator('.katex-mathml math')).toHaveCount(1);
});

test('no raw TeX reaches a page', async ({ page }) => {
  await page.goto('/chapters/scaled-shortcuts/');
  const text = await page.locator('main').evaluate((main) => {
    const clone = main.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.katex-mathml').forEach((n) => n.remove());
    return clone.innerText;
  });
  expect(text).not.toMatch(/\$\$|\\frac|\\mathbf|\\mathcal|\\sum/);
});

test('a square root keeps its drawn height (Starlight would collapse the SVG)', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  const sqrtSvg = page.locator('.katex .sqrt svg').first();
  await expect(sqrtSvg).toBeVisible();
  const box = await sqrtSvg.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(5);
});

test('KaTeX fonts are served from the site itself, as WOFF2', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  await page.goto('/chapters/identity-propagation/');
  await page.evaluate(() => document.fonts.ready);
  expect(fonts.length).toBeGreaterThan(0);
  for (const url of fonts) {
    expect(new URL(url).host).toBe(new URL(page.url()).host);
    expect(url).toMatch(/\.woff2$/);
  }
});

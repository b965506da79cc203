import { expect, test } from '@playwright/test';
import { CHAPTER_SLUGS, chapterPath } from '../../src/lib/site/chapters';

// What a reader's own Print (and the PDF) gets. Emulating print media fires no `beforeprint`,
// so these check the stylesheet alone, with the reader in the dark theme.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('starlight-theme', 'dark'));
  await page.emulateMedia({ media: 'print' });
});

test('in print, no navigation, sidebar, search, theme picker, table of contents or pagination shows', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  for (const chrome of ['header.header', 'nav.sidebar', 'site-search', 'starlight-theme-select', '.right-sidebar-container', 'mobile-starlight-toc', '.pagination-links', '.sl-skip-link']) {
    const shown = await page.locator(chrome).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0).length);
    expect(shown, chrome).toBe(0);
  }
  await expect(page.locator('h1')).toBeVisible();
  await expect(page.locator('button.copy-link, a.copy-link').first()).toBeHidden();
});

test('in print, the palette is light even when the reader chose the dark theme', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const colours = await page.evaluate(() => ({ bg: getComputedStyle(document.body).backgroundColor, text: getComputedStyle(document.querySelector('main p')!).color }));
  expect(colours.bg).toBe('rgb(255, 255, 255)');
  const [r, g, b] = colours.text.match(/\d+/g)!.map(Number);
  expect(r! + g! + b!).toBeLessThan(3 * 100);
});

test('in print, every figure shows its static art (no blank box, no controls) and a note with its live address', async ({ page }) => {
  let figures = 0;
  for (const slug of CHAPTER_SLUGS) {
    await page.goto(chapterPath(slug));
    for (const figure of await page.locator('figure[id^="fig-"]').all()) {
      figures += 1;
      await figure.scrollIntoViewIfNeeded();
      const box = await figure.boundingBox();
      expect(box?.height ?? 0, `${slug} ${await figure.getAttribute('id')}`).toBeGreaterThan(60);
      if (!(await figure.evaluate((el) => el.classList.contains('figure')))) continue;
      await expect(figure.locator('.figure__art svg:visible').first()).toBeVisible();
      await expect(figure).not.toHaveAttribute('data-hydrated', /.+/);
      await expect(figure.locator('.figure__controls')).toBeHidden();
      // Every data table (the landscape figure has two) is left off the paper.
      await expect(figure.locator('.figure__data:visible')).toHaveCount(0);
      if ((await figure.getAttribute('data-island')) !== null) {
        await expect(figure.locator('.figure__print-note')).toBeVisible();
        await expect(figure.locator('.figure__print-note')).toContainText(`${chapterPath(slug)}#${await figure.getAttribute('id')}`);
      }
    }
  }
  expect(figures).toBeGreaterThan(0);
});

test('in print, the check-yourself answers are open', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  const answers = page.locator('.check .check__answer');
  expect(await answers.count()).toBeGreaterThan(0);
  for (const answer of await answers.all()) await expect(answer).toBeVisible();
});

test('in print, external links show their address and paper references do not', async ({ page }) => {
  await page.goto('/references/');
  const arxiv = page.locator('main a[href^="https://arxiv.org"]').first();
  const href = await arxiv.getAttribute('href');
  expect(await arxiv.evaluate((a) => getComputedStyle(a, '::after').content)).toBe(`" (${href})"`);
  await page.goto('/chapters/degradation-problem/');
  const ref = page.locator('a.paper-ref').first();
  expect(await ref.evaluate((a) => getComputedStyle(a, '::after').content)).toBe('none');
});

test('in print, a square root keeps its drawn height and math stays typeset', async ({ page }) => {
  await page.goto('/chapters/degradation-problem/');
  const box = await page.locator('.katex .sqrt svg').first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThan(5);
  const fonts = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family);
  });
  expect(fonts.some((family) => family.includes('KaTeX_Main'))).toBe(true);
});

test('opening the print dialog opens every <details> and closing it puts them back', async ({ page }) => {
  await page.emulateMedia({ media: 'screen' });
  await page.goto('/chapters/degradation-problem/');
  const closed = await page.locator('details:not([open])').count();
  expect(closed).toBeGreaterThan(0);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('details:not([open])')).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page.locator('details:not([open])')).toHaveCount(closed);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

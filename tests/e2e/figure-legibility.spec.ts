// Figures are drawn for their width (issue 20, src/viz/layout.ts): on a 390 px phone and a 1280 px
// desktop, in light and dark, every figure's SVG text renders at 11 px or more, no two labels
// overlap, none runs past its drawing's or its figure's edge, and a figure with its details closed
// is at most 1.2 times a 900 px viewport tall. What the figures draw is in contrast with what lies
// behind it: text 4.5:1, meaningful marks (lines, bars, boxes, points) 3:1.
import { expect, test, type Page } from '@playwright/test';
import { CHAPTER_SLUGS, chapterPath } from '../../src/lib/site/chapters';
import { chapterNumber, FIGURE_PLACEMENTS } from '../../src/lib/site/figure-numbers';
import { measureFigureText } from '../support/figure-text';
import { measureFigureContrast } from '../support/figure-contrast';

const SMALLEST_PX = 11;
const VIEWPORT_HEIGHT = 900;
const TALLEST = 1.2 * VIEWPORT_HEIGHT;

async function hydrated(page: Page): Promise<void> {
  for (const figure of await page.locator('main figure[data-island]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  }
}

for (const theme of ['light', 'dark'] as const) {
  for (const width of [390, 1280]) {
    for (const slug of CHAPTER_SLUGS) {
      test(`chapter ${chapterNumber(slug)} at ${width} px, ${theme}: figure text at least ${SMALLEST_PX} px, no overlaps, nothing cut off, text and marks in contrast`, async ({ page }) => {
        await page.setViewportSize({ width, height: VIEWPORT_HEIGHT });
        await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
        await page.goto(chapterPath(slug));
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await hydrated(page);
        const figures = page.locator('main figure:not(.paper-table)');
        await expect(figures).toHaveCount(FIGURE_PLACEMENTS[slug].length);
        for (const figure of await figures.all()) {
          // Measured as a reader sees it: in view (a chapter lays out its far blocks at the first scroll).
          await figure.scrollIntoViewIfNeeded();
          // The scroll is handled and the skipped blocks laid out a frame later; until then a figure
          // past the first screen is a 200 px placeholder whose drawing reads as cut off.
          await expect
            .poll(() => figure.evaluate((f) => [...f.children].every((c) => c.checkVisibility({ contentVisibilityAuto: true }) || !c.checkVisibility())))
            .toBe(true);
          const m = await measureFigureText(figure);
          if (m.smallest) expect(m.smallest.px, `${m.id}: “${m.smallest.text}”`).toBeGreaterThanOrEqual(SMALLEST_PX);
          expect(m.overlaps, `${m.id}: labels that overlap`).toEqual([]);
          expect(m.cut, `${m.id}: labels cut off`).toEqual([]);
          expect(m.rawTex, `${m.id}: maths shown as raw TeX`).toEqual([]);
          expect(await measureFigureContrast(figure), `${m.id}: text under 4.5:1 or marks under 3:1 against what is behind them`).toEqual([]);
          if (width === 1280) expect(m.height, `${m.id}: height at ${width} × ${VIEWPORT_HEIGHT}`).toBeLessThanOrEqual(TALLEST);
        }
      });
    }
  }
}

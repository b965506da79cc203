import { expect, test } from '@playwright/test';
import { allFigures } from '../../src/lib/site/figures';

// Each interactive figure reserves the height its controls will take (src/styles/figure-controls.css),
// so hydrating it moves nothing below it. At phone, tablet and desktop widths, once every island on
// a page is ready, its controls must fit the space reserved for them.
const WIDTHS = [320, 360, 390, 412, 500, 640, 700, 800, 900, 1024, 1152, 1200, 1280, 1440];
const PAGES = [...new Set(allFigures().filter((f) => f.island).map((f) => `/chapters/${f.chapter}/`))];

for (const width of WIDTHS) {
  test(`at ${width} px every figure's controls fit the height reserved for them`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    const outgrown: string[] = [];
    for (const path of PAGES) {
      await page.goto(path);
      for (const figure of await page.locator('figure[data-island]').all()) {
        await figure.scrollIntoViewIfNeeded();
        await expect(figure).toHaveAttribute('data-hydrated', 'ready');
        const [id, reserved, used] = await figure.evaluate((el) => {
          const controls = el.querySelector<HTMLElement>('.figure__controls');
          const reserve = controls ? parseFloat(getComputedStyle(controls).minHeight) : 0;
          // The box is the reservation or its content, whichever is taller: taller means it grew.
          const height = controls ? controls.getBoundingClientRect().height : 0;
          return [el.id, reserve, Math.round(height)] as const;
        });
        if (used > reserved) outgrown.push(`${path}#${id}: needs ${used} px, reserves ${reserved} px`);
      }
    }
    expect(outgrown).toEqual([]);
  });
}

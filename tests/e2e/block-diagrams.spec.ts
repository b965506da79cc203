import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const FIGURES: [page: string, id: string, panels: number][] = [
  ['/chapters/building-blocks/', 'fig-residual-block', 1],
  ['/chapters/building-blocks/', 'fig-block-diagrams', 3],
  ['/chapters/building-blocks/', 'fig-activation-placements', 6],
  ['/chapters/shortcut-connections/', 'fig-shortcut-options', 4],
  ['/chapters/shortcut-variants/', 'fig-shortcut-variants', 6],
];

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const [path, id, panels] of FIGURES) {
    test(`${id} is a titled SVG with ${panels} unit panels and a data table`, async ({ page }) => {
      await page.goto(path);
      const figure = page.locator(`#${id}`);
      await expect(figure.locator('svg[role=img] > title').first()).not.toBeEmpty();
      // Both layouts ship (layout.ts); the container shows one, so count what is shown.
      await expect(figure.locator('.figure__art g.unit:visible')).toHaveCount(panels);
      await expect(figure.locator('.figure__table tr[data-unit]')).not.toHaveCount(0);
    });
  }
});

test.describe('on a phone', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  test('multi-panel block figures show their narrow layout, not the wide one scaled down', async ({ page }) => {
    for (const [path, id] of FIGURES.filter(([, , panels]) => panels > 1)) {
      await page.goto(path);
      const layouts = page.locator(`#${id} .fig-layouts`);
      await expect(layouts.locator(':scope > [data-layout="narrow"] svg')).toBeVisible();
      await expect(layouts.locator(':scope > [data-layout="wide"] svg')).toBeHidden();
    }
  });
});

test('picking full pre-activation moves BN and ReLU off the main path of the large unit', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/chapters/building-blocks/');
  const figure = page.locator('#fig-activation-placements');
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  const focus = figure.locator('.ap__focus');
  await expect(focus.locator('.op--main')).toHaveCount(1);
  const before = await focus.locator('[data-key="act-2"]').getAttribute('transform');
  // The picker is a select in the figure panel (it was a radio group).
  const picker = figure.getByRole('combobox', { name: 'Placement of BN and ReLU (P2 Fig. 4)' });
  await picker.selectOption({ label: '(e) full pre-activation' });
  await expect(focus.locator('svg > title')).toHaveText('One residual unit: (e) full pre-activation');
  await expect(focus.locator('.op--main')).toHaveCount(0);
  expect(await focus.locator('[data-key="act-2"]').getAttribute('transform')).not.toBe(before);
  await expect(figure.locator('.figure__status')).toContainText('nothing after the addition');
  // Both layouts of the five panels ship; the island marks the pick in each.
  await expect(figure.locator('.ap__all [data-unit="e"]')).toHaveCount(2);
  for (const panel of await figure.locator('.ap__all [data-unit="e"]').all()) await expect(panel).toHaveClass(/unit--selected/);
  // From the keyboard: ArrowUp steps through the placements, (e) to (d).
  await picker.press('ArrowUp');
  await expect(picker.locator('option:checked')).toHaveText('(d) ReLU-only pre-activation');
  const results = await new AxeBuilder({ page }).include('#fig-activation-placements').analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
  expect(errors).toEqual([]);
});

import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { violationLines } from '../support/axe';
import { collectErrors } from '../support/errors';
import { saveReaderRun } from '../support/reader-nets';
import { UNTIL_STATE } from '../support/waits';

const PAGE = '/chapters/degradation-problem/';
const FIG = '#fig-loss-landscape';
const RECORDED = JSON.parse(readFileSync(new URL('../../src/lib/recorded/landscape.json', import.meta.url), 'utf8')) as {
  n: number;
  plain: { centre: number };
  residual: { centre: number };
};
const NETS = readFileSync(new URL('../../src/lib/recorded/lab-nets.json', import.meta.url), 'utf8');

/** The figure, scrolled to and hydrated. */
async function open(page: Page, query = '', path = PAGE) {
  await page.goto(`${path}${query}`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  return figure;
}

const gridRows = (page: Page) => page.locator(`${FIG} .land__grid-table table[data-model] td[data-loss]`);

/** A net's grid cell at α = 0, β = 0, found as tooling would: the net on the table, α on the column head, β on the row head. */
async function centreCell(figure: Locator, model: 'plain' | 'residual') {
  const table = figure.locator(`.land__grid-table table[data-model="${model}"]`);
  const column = await table.locator('thead th').evaluateAll((heads) => heads.findIndex((th) => th.getAttribute('data-alpha') === '0'));
  expect(column).toBeGreaterThan(0);
  return table.locator('tbody tr').filter({ has: table.page().locator('th[data-beta="0"]') }).locator('td').nth(column - 1);
}
const draw = (page: Page) => page.locator(FIG).getByRole('button', { name: 'Draw the slices' });

test('a link draws a small live grid on the recorded nets, says whose nets they are, shows the plan first and judges the prediction', async ({ page }) => {
  const errors = collectErrors(page);
  const figure = await open(page, '?land-autorun=1&land-grid=5&land-guess=residual');
  await expect(figure.getByLabel(/Predict first/)).toHaveValue('residual');
  await expect(figure).toHaveAttribute('data-landscape', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-source', 'recorded');
  await expect(figure.locator('.land__source')).toContainText(
    /^The recorded run[’']s 56-layer plain and residual nets \(600 steps\), because you have not finished a run of the training lab in this tab yet\. Directions from seed 1\.$/,
  );
  await expect(figure.locator('.land__plan')).toContainText(
    /^Next: the 2-D slice, 5 × 5 = 25 points per net, 50 evaluations; at [\d.]+ ms each on WebAssembly/,
  );
  await expect(figure.locator('.figure__status')).toContainText(/Your prediction \(the residual net\) (matches|does not match) this measure\./);
  await expect(gridRows(page)).toHaveCount(50);
  // The grid's summary follows the live run; the region's name gives no size, so it stays true.
  await expect(figure.locator('.land__grid summary')).toHaveText('Data table: the 2-D grid (5 × 5 points per net)');
  await expect(figure.locator('.land__grid-table')).toHaveAttribute('aria-label', 'Data table: the 2-D grids of both nets');
  await expect(figure.locator('.figure__data:not(.land__grid) tr[data-model]')).toHaveCount(82);
  // The centre of the live grid is each net's trained weights: the recorded loss there.
  for (const m of ['plain', 'residual'] as const) {
    const loss = Number(await (await centreCell(figure, m)).getAttribute('data-loss'));
    expect(Math.abs(loss - RECORDED[m].centre)).toBeLessThanOrEqual(1e-3 * Math.max(1e-3, RECORDED[m].centre));
  }
  await expect(figure.locator('.land__contours svg[role=img]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a run saved by the training lab in this tab is used and named', async ({ page }) => {
  const errors = collectErrors(page);
  await saveReaderRun(page, JSON.stringify({ ...JSON.parse(NETS), source: 'reader' }));
  const figure = await open(page, '?land-grid=5');
  await draw(page).click();
  await expect(figure).toHaveAttribute('data-landscape', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-source', 'reader');
  await expect(figure.locator('.land__source')).toContainText('Your own run from the training lab: its 56-layer plain and residual nets after 600 steps.');
  expect(errors).toEqual([]);
});

test('bad values in the link are clamped or ignored with a note, and the link is rewritten', async ({ page }) => {
  const figure = await open(page, '?land-grid=abc&land-seed=500&land-guess=flat');
  const note = figure.locator('.land__adjust');
  await expect(note).toContainText('land-grid "abc" ignored (not a number)');
  await expect(note).toContainText('land-seed 500 → 99');
  await expect(note).toContainText('land-guess "flat" ignored');
  await expect(figure.getByLabel('Grid side (n × n)')).toHaveValue('21');
  await expect(figure.getByLabel('Seed of the directions')).toHaveValue('99');
  await expect(page).toHaveURL(/land-seed=99/);
  await expect(page).not.toHaveURL(/land-grid|land-guess/);
});

test('a grid too large for the backend is capped with a note; Stop ends the run at once and a new run is not disturbed by it', async ({ page }) => {
  const errors = collectErrors(page);
  const figure = await open(page, '?land-grid=61&land-autorun=1');
  await expect(figure.locator('.land__cap')).toHaveText(
    'The grid is capped at 41 × 41 on WebAssembly (you asked for 61 × 61), so the slice ends in reasonable time.',
    UNTIL_STATE,
  );
  await expect(figure).toHaveAttribute('data-n', '41');
  await expect(figure.locator('.land__plan')).toContainText('41 × 41 = 1681 points per net', UNTIL_STATE);
  await figure.getByRole('button', { name: 'Stop' }).click();
  await expect(figure).toHaveAttribute('data-landscape', 'stopped');
  await expect(figure.locator('.figure__status')).toHaveText('Stopped. The figure still shows the slice it showed before.');
  await expect(draw(page)).toBeEnabled();
  await expect(gridRows(page)).toHaveCount(2 * RECORDED.n * RECORDED.n);
  // The stopped run's later messages are dropped: a small new run ends with its own grid.
  await figure.getByLabel('Grid side (n × n)').fill('5');
  await figure.getByLabel('Grid side (n × n)').press('Enter');
  await figure.getByLabel('Grid side (n × n)').blur();
  await expect(page).toHaveURL(/land-grid=5/);
  await draw(page).click();
  await expect(figure).toHaveAttribute('data-landscape', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-n', '5');
  await expect(gridRows(page)).toHaveCount(50);
  expect(errors).toEqual([]);
});

test('keyboard: the run and the prediction are reachable and work from the keyboard', async ({ page }) => {
  const figure = await open(page, '?land-grid=5');
  await draw(page).focus();
  // Tab order: Draw, (Stop is disabled), then the prediction.
  await page.keyboard.press('Tab');
  await expect(figure.getByLabel(/Predict first/)).toBeFocused();
  await figure.getByLabel(/Predict first/).selectOption('plain');
  await expect(page).toHaveURL(/land-guess=plain/);
  await page.keyboard.press('Shift+Tab');
  await expect(draw(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure).toHaveAttribute('data-landscape', 'done', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText('Your prediction (the plain net)');
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations in the ${theme} theme, before and after a run`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const figure = await open(page, '?land-grid=5');
    expect(violationLines(await new AxeBuilder({ page }).include(FIG).analyze())).toEqual([]);
    await draw(page).click();
    await expect(figure).toHaveAttribute('data-landscape', 'done', UNTIL_STATE);
    expect(violationLines(await new AxeBuilder({ page }).include(FIG).analyze())).toEqual([]);
  });
}

test('the figure also stands in chapter 3, and its embed page runs from a link', async ({ page }) => {
  await page.goto('/chapters/optimal-identity/');
  await expect(gridRows(page)).toHaveCount(2 * RECORDED.n * RECORDED.n);
  await page.goto('/embed/loss-landscape/?land-autorun=1&land-grid=5');
  const figure = page.locator(FIG);
  await expect(figure).toHaveAttribute('data-landscape', 'done', UNTIL_STATE);
  await expect(gridRows(page)).toHaveCount(50);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the recorded slice, its notes and its tables are in the page', async ({ page }) => {
    await page.goto(PAGE);
    const figure = page.locator(FIG);
    await expect(figure.locator('.land__contours svg[role=img]:visible')).toHaveCount(1);
    await expect(figure.locator('.land__line svg[role=img]:visible')).toHaveCount(1);
    await expect(figure.locator('.land__source')).toContainText('Shown: the recorded run’s plain-56 and residual-56');
    await expect(figure.locator('figcaption')).toContainText('Later work');
    await expect(figure.locator('.figure__notes')).toContainText('What a slice can show.');
    await expect(await centreCell(figure, 'plain')).toHaveAttribute('data-loss', String(RECORDED.plain.centre));
  });
});

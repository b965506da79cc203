import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openInTheme, violationLines } from '../support/axe';
import { collectErrors } from '../support/errors';
import { saveReaderRun } from '../support/reader-nets';
import { UNTIL_STATE } from '../support/waits';

// fig-gradient-shattering (issue 17, later work): a live measurement in a worker, on the recorded
// trained pair or on the reader's own, with its URL state, its stop button and its embed page.
const PAGE = '/chapters/identity-propagation/';
const FIG = '#fig-gradient-shattering';
const NETS = readFileSync(new URL('../../src/lib/recorded/lab-nets.json', import.meta.url), 'utf8');
const RECORDED = JSON.parse(readFileSync(new URL('../../src/lib/recorded/shattering.json', import.meta.url), 'utf8')) as {
  trained: { plain: number; residual: number };
};

async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  return figure;
}

const trainedRows = (page: Page) =>
  page
    .locator(`${FIG} .figure__table tr[data-when="trained"]`)
    .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-model'), Number(tr.getAttribute('data-correlation'))]));

test('a link measures on the recorded nets, says so, redraws chart and table and judges the prediction', async ({ page }) => {
  const errors = collectErrors(page);
  const figure = await open(page, '?sh-autorun=1&sh-guess=residual');
  await expect(figure.getByLabel('Predict: smoother at 56 layers?')).toHaveValue('residual');
  await expect(figure).toHaveAttribute('data-measured', 'done', UNTIL_STATE);
  const status = figure.locator('.figure__status');
  await expect(status).toContainText(
    /^Measured on WASM\. The recorded run's 56-layer plain and residual nets \(600 steps\), because you have not finished a run/,
  );
  await expect(status).toContainText('You predicted the residual nets would stay smoother: right.');
  await expect(figure.locator('.figure__table tr[data-when="init"]')).toHaveCount(14);
  const trained = await trainedRows(page);
  expect(trained.map(([model]) => model)).toEqual(['plain-56', 'residual-56']);
  // The browser's WASM gives the recording's numbers to two decimals.
  expect(trained[0]![1]).toBeCloseTo(RECORDED.trained.plain, 2);
  expect(trained[1]![1]).toBeCloseTo(RECORDED.trained.residual, 2);
  await expect(figure.locator('.shatter__correlation svg[role=img]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('the reader’s saved run is used and named; a corrupt one falls back to the recorded nets with the reason', async ({ page, context }) => {
  const errors = collectErrors(page);
  await saveReaderRun(page, JSON.stringify({ ...JSON.parse(NETS), source: 'reader', step: 599 }));
  const figure = await open(page, '?sh-show=trained');
  await figure.getByRole('button', { name: 'Measure', exact: true }).click();
  await expect(figure).toHaveAttribute('data-measured', 'done', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText('Your own run from the training lab: its 56-layer plain and residual nets after 599 steps.');
  await expect(figure.locator('.figure__table tr[data-when="trained"]').first()).toContainText('your run, 599 steps');
  await expect(figure.locator('.shatter__signal svg desc').first()).toContainText('the trained 56-layer nets (your run, 599 steps)');
  expect(errors).toEqual([]);

  const other = await context.newPage();
  await saveReaderRun(other, '{"format":1,"source":"reader"');
  const again = await open(other);
  await again.getByRole('button', { name: 'Measure', exact: true }).click();
  await expect(again).toHaveAttribute('data-measured', 'done', UNTIL_STATE);
  await expect(again.locator('.figure__status')).toContainText('because your saved run could not be read (the saved nets are not valid JSON)');
});

test('bad URL values are clamped or ignored with a note, and the address is corrected', async ({ page }) => {
  const figure = await open(page, '?sh-seed=0&sh-show=57&sh-guess=maybe');
  await expect(figure.locator('.shatter__note')).toContainText('sh-seed 0 → 1');
  await expect(figure.locator('.shatter__note')).toContainText('sh-show "57" ignored');
  await expect(figure.getByLabel('First seed')).toHaveValue('1');
  expect(new URL(page.url()).search).toBe('');
  await figure.getByLabel('First seed').fill('99999');
  await figure.getByLabel('First seed').press('Enter');
  await expect(figure.getByLabel('First seed')).toHaveValue('1000');
  expect(new URL(page.url()).searchParams.get('sh-seed')).toBe('1000');
});

test('Stop ends the measurement at once and keeps the recorded drawing; the controls work from the keyboard', async ({ page }) => {
  const errors = collectErrors(page);
  const figure = await open(page);
  const before = await figure.locator('.figure__table').innerHTML();
  await figure.getByRole('button', { name: 'Measure', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(figure).toHaveAttribute('data-measured', 'running');
  await figure.getByRole('button', { name: 'Stop', exact: true }).click();
  await expect(figure).toHaveAttribute('data-measured', 'stopped');
  await expect(figure.locator('.figure__status')).toHaveText('Stopped. The recorded measurement stays drawn.');
  expect(await figure.locator('.figure__table').innerHTML()).toBe(before);
  await figure.getByLabel('Gradient below').selectOption('8');
  await expect(figure.locator('.shatter__signal svg desc').first()).toContainText('8-layer nets at initialisation');
  expect(new URL(page.url()).searchParams.get('sh-show')).toBe('8');
  expect(errors).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations in the ${theme} theme, after a measurement`, async ({ page }) => {
    await openInTheme(page, `${PAGE}?sh-autorun=1`, theme);
    const figure = page.locator(FIG);
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-measured', 'done', UNTIL_STATE);
    expect(violationLines(await new AxeBuilder({ page }).include(FIG).analyze())).toEqual([]);
  });
}

test('the embed page shows the figure and measures', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/embed/gradient-shattering/?sh-autorun=1');
  const figure = page.locator(FIG);
  await expect(figure).toHaveAttribute('data-measured', 'done', UNTIL_STATE);
  await expect(figure.locator('.figure__table tr[data-when="trained"]')).toHaveCount(2);
  expect(errors).toEqual([]);
});

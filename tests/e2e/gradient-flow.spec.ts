import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../support/errors';
import { UNTIL_STATE } from '../support/waits';
import { violationLines } from '../support/axe';

const PAGE = '/chapters/scaled-shortcuts/';
const FIG = '#fig-gradient-flow';


/** Scroll the figure into view and wait until it is interactive and has measured. */
async function hydrated(page: Page) {
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  return figure;
}

const rows = (page: Page) => page.locator(`${FIG} .figure__table tr[data-unit]`);

test('the figure hydrates, and loads tfjs, only when scrolled into view', async ({ page }) => {
  const errors = collectErrors(page);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(PAGE);
  await page.waitForLoadState('networkidle');
  await expect(page.locator(FIG)).not.toHaveAttribute('data-hydrated');
  const before = scripts.length;
  expect(scripts.some((u) => /gradient-flow/.test(u))).toBe(false);
  const figure = await hydrated(page);
  expect(scripts.slice(before).filter((u) => /gradient-flow/.test(u)).length).toBeGreaterThanOrEqual(2);
  await expect(figure.locator('.figure__controls input[type=range]').first()).toBeVisible();
  const status = figure.locator('.figure__status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toContainText('Measured 55 gradient norms by backprop after 100 training steps on WASM, in a background worker');
  await expect(figure.locator('.gf__compare')).toContainText('Measured after 100 training steps (full batch;');
  expect(errors).toEqual([]);
});

test('the training-steps slider works from the keyboard, and the status says how many steps were trained', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?gf-L=6`);
  const figure = await hydrated(page);
  const slider = figure.getByLabel('Training steps before measuring');
  await expect(slider).toHaveValue('100');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('110');
  await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText('Measured 7 gradient norms by backprop after 110 training steps on WASM');
  expect(new URL(page.url()).searchParams.get('gf-steps')).toBe('110');
  await slider.press('Home');
  await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText('by backprop at initialisation on WASM');
  expect(errors).toEqual([]);
});

test('with He-random branches the measured curve leaves the analytic one, and the words say why', async ({ page }) => {
  await page.goto(`${PAGE}?gf-L=10&gf-steps=0`);
  const figure = await hydrated(page);
  await expect(figure.getByLabel('Branches start')).toHaveValue('he');
  const first = rows(page).first();
  const measured = Number(await first.getAttribute('data-measured'));
  const analytic = Number(await first.getAttribute('data-analytic'));
  expect(measured / analytic).toBeGreaterThan(10);
  await expect(figure.locator('.gf__compare')).toContainText('The branches start He-random, not at zero, so the weight term of eq. (8)');
  await figure.getByLabel('Branches start').selectOption('zero');
  await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  await expect(figure.locator('.gf__compare')).toContainText('Every branch starts at zero, nothing is trained');
  expect(Math.abs(Number(await rows(page).first().getAttribute('data-measured')) / 0.5 ** 10 - 1)).toBeLessThan(1e-4);
});

test('the L slider works from the keyboard: ArrowRight adds a unit and the table follows', async ({ page }) => {
  const errors = collectErrors(page);
  // Measured at initialisation (gf-steps=0): this test is about the slider and the table.
  await page.goto(`${PAGE}?gf-steps=0`);
  const figure = await hydrated(page);
  await expect(rows(page)).toHaveCount(55);
  const slider = figure.getByLabel('Units L');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('55');
  await expect(figure.locator('output').first()).toHaveText('55');
  await expect(rows(page)).toHaveCount(56);
  await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  const first = rows(page).first();
  await expect(first).not.toHaveAttribute('data-measured', '');
  expect(Number(await first.getAttribute('data-analytic'))).toBeCloseTo(0.5 ** 55, 25);
  expect(new URL(page.url()).searchParams.get('gf-L')).toBe('55');
  expect(errors).toEqual([]);
});

test('a link with gf- parameters reproduces a setting', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(`${PAGE}?gf-L=12&gf-kind=exclusiveGate&gf-bg=-6&gf-act=relu&gf-branch=zero&gf-steps=30&gf-seed=3&gf-view=forward`);
  const figure = await hydrated(page);
  await expect(figure.getByLabel('Units L')).toHaveValue('12');
  await expect(figure.getByLabel('Shortcut', { exact: true })).toHaveValue('exclusiveGate');
  await expect(figure.getByLabel('Gate bias bg')).toHaveValue('-6');
  await expect(figure.getByLabel('ReLU (post-activation)')).toBeChecked();
  await expect(figure.getByLabel('Forward, eq. (4)')).toBeChecked();
  await expect(figure.getByLabel('Branches start')).toHaveValue('zero');
  await expect(figure.getByLabel('Training steps before measuring')).toHaveValue('30');
  await expect(rows(page)).toHaveCount(13);
  await expect(figure.locator('.gf__readout a')).toHaveAttribute('data-row', 'excl-gate-b-6');
  await expect(figure.locator('.gf__readout a')).toHaveAttribute('href', '/chapters/shortcut-variants/#p2-table-1');
  await expect(figure.locator('.gf__note')).toBeHidden();
  expect(errors).toEqual([]);
});

test('absurd values gf-L=1e9 and gf-lambda=-3 are clamped, with a visible note', async ({ page }) => {
  await page.goto(`${PAGE}?gf-L=1e9&gf-lambda=-3&gf-steps=0`);
  const figure = await hydrated(page);
  const note = figure.locator('.gf__note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('L 1e9 → 100 (allowed 2–100)');
  await expect(note).toContainText('λ -3 → 0 (allowed 0–1.5)');
  await expect(figure.getByLabel('Units L')).toHaveValue('100');
  await expect(figure.getByLabel('Scale λ')).toHaveValue('0');
  await expect(rows(page)).toHaveCount(101);
  await expect(page).toHaveURL(/[?&]gf-L=100(&|#|$)/);
  await expect(page).toHaveURL(/[?&]gf-lambda=0(&|#|$)/);
});

test('absurd training steps gf-steps=1e6 and gf-steps=37 are clamped and rounded, with a visible note', async ({ page }) => {
  await page.goto(`${PAGE}?gf-L=3&gf-steps=1e6`);
  const figure = await hydrated(page);
  await expect(figure.locator('.gf__note')).toContainText('steps 1e6 → 500 (allowed 0–500)');
  await expect(figure.getByLabel('Training steps before measuring')).toHaveValue('500');
  await expect(figure.locator('.figure__status')).toContainText('after 500 training steps');
  await page.goto(`${PAGE}?gf-L=3&gf-steps=37`);
  await hydrated(page);
  await expect(figure.locator('.gf__note')).toContainText('steps 37 → 40 (multiples of 10 only)');
  await expect(figure.getByLabel('Training steps before measuring')).toHaveValue('40');
});

test('if WASM cannot load, the worker measures on the cpu backend and says so', async ({ page }) => {
  const errors = collectErrors(page);
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${PAGE}?gf-L=4&gf-steps=20`);
  const figure = await hydrated(page);
  const status = figure.locator('.figure__status');
  await expect(status).toContainText('after 20 training steps on the cpu backend, in a background worker');
  await expect(status).toContainText('WASM could not start in this browser, so the worker used the cpu backend.');
  await expect(rows(page).first()).not.toHaveAttribute('data-measured', '');
  expect(errors.filter((e) => !/wasm|WebAssembly|Failed to load resource/i.test(e))).toEqual([]);
});

test('if the worker cannot start, the measurement runs on the main thread and says so', async ({ page }) => {
  await page.route('**/*gradient-flow-worker*', (route) => route.abort());
  await page.goto(`${PAGE}?gf-L=4&gf-steps=20`);
  const figure = await hydrated(page);
  const status = figure.locator('.figure__status');
  await expect(status).toContainText('after 20 training steps on the cpu backend, on the main thread');
  await expect(status).toContainText('The background worker was not available');
  await expect(rows(page).first()).not.toHaveAttribute('data-measured', '');
});

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the hydrated figure (${theme} theme)`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto(PAGE);
    await hydrated(page);
    await page.locator(`${FIG} details.figure__data summary`).click();
    const results = await new AxeBuilder({ page }).include(FIG).analyze();
    expect(violationLines(results)).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the static chain, chart with a measured curve, readout and data table are there', async ({ page }) => {
    await page.goto(PAGE);
    const figure = page.locator(FIG);
    // Both layouts ship; at this (desktop) width the stylesheet shows the wide one.
    await expect(figure.locator('.gf__chain [data-layout=wide] svg[role=img]')).toBeVisible();
    await expect(figure.locator('.gf__chart [data-layout=wide] svg[role=img]')).toBeVisible();
    await expect(figure.locator('.gf__chart [data-layout=narrow] svg[role=img]')).toBeHidden();
    await expect(figure.locator('[data-layout=wide] [data-series=measured] path')).toHaveAttribute('d', /^M.{40,}/);
    await expect(figure.locator('.gf__readout')).toContainText('5.6×10⁻¹⁷');
    await expect(figure.locator('.gf__compare')).toContainText('Measured after 100 training steps (full batch;');
    await expect(figure.locator('.gf__compare')).toContainText('nearly all of it arrives through the weight layers');
    // The comparison is in the notes disclosure, with the set-up.
    await expect(figure.locator('.figure__notes .gf__compare')).toHaveCount(1);
    await expect(figure.locator('.figure__notes')).toContainText('after 100 training steps with the training lab’s optimiser');
    await expect(rows(page)).toHaveCount(55);
    const first = rows(page).first();
    expect(Number(await first.getAttribute('data-measured'))).toBeGreaterThan(1e6 * Number(await first.getAttribute('data-analytic')));
  });
});

test('on a phone the island draws the narrow chain and chart, and the wide ones when the column widens', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 900 });
  await page.goto(`${PAGE}?gf-L=6&gf-steps=0`);
  const figure = await hydrated(page);
  await expect(figure.locator('.gf__chain')).toHaveAttribute('data-drawn', 'narrow');
  await expect(figure.locator('.gf__chart svg[data-layout=narrow]')).toHaveCount(1);
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(figure.locator('.gf__chain')).toHaveAttribute('data-drawn', 'wide');
  await expect(figure.locator('.gf__chart svg[data-layout=wide]')).toHaveCount(1);
});

test('switching shortcut kinds and views raises no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  // A few training steps per kind: every kind's training path runs, at a fraction of the default's cost.
  await page.goto('/chapters/identity-propagation/?gf-steps=10');
  const figure = await hydrated(page);
  for (const kind of ['none', 'exclusiveGate', 'shortcutGate', 'projection', 'dropout', 'scaling']) {
    await figure.getByLabel('Shortcut', { exact: true }).selectOption(kind);
    await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  }
  await figure.getByLabel('Backward, eqs. (5), (8)').check();
  await expect(figure.locator('.gf__chain svg title')).toContainText('backward view');
  expect(errors).toEqual([]);
});

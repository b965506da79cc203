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
  await expect(figure.locator('.figure__status')).toContainText('Measured 55 gradient norms');
  expect(errors).toEqual([]);
});

test('the L slider works from the keyboard: ArrowRight adds a unit and the table follows', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(PAGE);
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
  await page.goto(`${PAGE}?gf-L=12&gf-kind=exclusiveGate&gf-bg=-6&gf-act=relu&gf-seed=3&gf-view=forward`);
  const figure = await hydrated(page);
  await expect(figure.getByLabel('Units L')).toHaveValue('12');
  await expect(figure.getByLabel('Shortcut', { exact: true })).toHaveValue('exclusiveGate');
  await expect(figure.getByLabel('Gate bias b_g')).toHaveValue('-6');
  await expect(figure.getByLabel('ReLU (post-activation)')).toBeChecked();
  await expect(figure.getByLabel('Forward, eq. (4)')).toBeChecked();
  await expect(rows(page)).toHaveCount(13);
  await expect(figure.locator('.gf__readout a')).toHaveAttribute('data-row', 'excl-gate-b-6');
  await expect(figure.locator('.gf__readout a')).toHaveAttribute('href', '/chapters/shortcut-variants/#p2-table-1');
  await expect(figure.locator('.gf__note')).toBeHidden();
  expect(errors).toEqual([]);
});

test('absurd values gf-L=1e9 and gf-lambda=-3 are clamped, with a visible note', async ({ page }) => {
  await page.goto(`${PAGE}?gf-L=1e9&gf-lambda=-3`);
  const figure = await hydrated(page);
  const note = figure.locator('.gf__note');
  await expect(note).toBeVisible();
  await expect(note).toContainText('L 1e9 → 100 (allowed 2–100)');
  await expect(note).toContainText('λ -3 → 0 (allowed 0–1.5)');
  await expect(figure.getByLabel('Units L')).toHaveValue('100');
  await expect(figure.getByLabel('Shortcut scale λ')).toHaveValue('0');
  await expect(rows(page)).toHaveCount(101);
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
    await expect(figure.locator('.gf__chain svg[role=img]')).toBeVisible();
    await expect(figure.locator('.gf__chart svg[role=img]')).toBeVisible();
    await expect(figure.locator('[data-series=measured] path')).toHaveAttribute('d', /^M.{40,}/);
    await expect(figure.locator('.gf__readout')).toContainText('5.6×10⁻¹⁷');
    await expect(rows(page)).toHaveCount(55);
    expect(Number(await rows(page).first().getAttribute('data-measured'))).toBeGreaterThan(0);
  });
});

test('switching shortcut kinds and views raises no console errors', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto('/chapters/identity-propagation/');
  const figure = await hydrated(page);
  for (const kind of ['none', 'exclusiveGate', 'shortcutGate', 'projection', 'dropout', 'scaling']) {
    await figure.getByLabel('Shortcut', { exact: true }).selectOption(kind);
    await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  }
  await figure.getByLabel('Backward, eqs. (5), (8)').check();
  await expect(figure.locator('.gf__chain svg title')).toContainText('backward view');
  expect(errors).toEqual([]);
});

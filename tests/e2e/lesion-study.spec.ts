import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { READER_NETS_EVENT, READER_NETS_KEY } from '../../src/islands/later-work/reader-nets';
import { violationLines } from '../support/axe';
import { collectErrors } from '../support/errors';
import { saveReaderRun } from '../support/reader-nets';
import { UNTIL_STATE } from '../support/waits';

const PAGE = '/chapters/identity-propagation/';
const FIG = '#fig-lesion-study';
const RECORDED = JSON.parse(readFileSync(new URL('../../src/lib/recorded/lesion.json', import.meta.url), 'utf8')) as {
  result: { plain: { single: number[] }; residual: { single: number[]; intact: number } };
};
const NETS = readFileSync(new URL('../../src/lib/recorded/lab-nets.json', import.meta.url), 'utf8');

/** The figure, scrolled to and hydrated. */
async function open(page: Page, query = '') {
  await page.goto(`${PAGE}${query}`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  return figure;
}

const unitErrors = (page: Page, model: string) =>
  page
    .locator(`${FIG} .figure__table tr[data-model="${model}"][data-unit]`)
    .evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-lesion-error'))));

test('a link runs the study on the recorded nets, says so, redraws the table with the recorded numbers and judges the prediction', async ({ page }) => {
  const errors = collectErrors(page);
  const figure = await open(page, '?les-autorun=1&les-guess=residual');
  await expect(figure.getByLabel(/Predict first/)).toHaveValue('residual');
  await expect(figure).toHaveAttribute('data-lesion', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-source', 'recorded');
  await expect(figure.locator('.les__source')).toHaveText(
    "The recorded run's 56-layer plain and residual nets (600 steps), because you have not finished a run of the training lab in this tab yet.",
  );
  await expect(figure.locator('.figure__status')).toContainText(/Done in .* plain 2 of 28, residual 11 of 28, .* You predicted the residual net: right\./);
  await expect(figure.locator('.figure__table caption')).toContainText('Live run (seed 1, 20 draws per k) of plain-56 and residual-56');
  await expect(figure.locator('.figure__table tr[data-model]')).toHaveCount(2 * (1 + 28 + 10));
  await expect(figure.locator('.figure__table tr[data-model="residual-56"][data-k="10"]')).toHaveAttribute('data-lesion-error', /^0\.\d+$/);
  // Whole test points on wasm in the browser: the same counts as the recording in Node.
  expect(await unitErrors(page, 'residual-56')).toEqual(RECORDED.result.residual.single);
  expect(await unitErrors(page, 'plain-56')).toEqual(RECORDED.result.plain.single);
  await expect(figure.locator('.les__units svg[role=img]')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('a run saved by the training lab in this tab is used and named', async ({ page }) => {
  const errors = collectErrors(page);
  const reader = JSON.stringify({ ...JSON.parse(NETS), source: 'reader' });
  await saveReaderRun(page, reader);
  const figure = await open(page);
  await expect(figure.locator('.les__source')).toContainText('Shown: the recorded nets. Run uses your own nets, from the training-lab run saved in this tab.');
  await figure.getByRole('button', { name: 'Run the lesion study' }).click();
  await expect(figure).toHaveAttribute('data-lesion', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-source', 'reader');
  await expect(figure.locator('.les__source')).toHaveText('Your own run from the training lab: its 56-layer plain and residual nets after 600 steps.');
  expect(errors).toEqual([]);
});

test('a corrupt saved run falls back to the recorded nets and says why', async ({ page }) => {
  await saveReaderRun(page, '{"format": 1, "source": "reader"');
  const figure = await open(page, '?les-draws=2&les-k=2');
  await figure.getByRole('button', { name: 'Run the lesion study' }).click();
  await expect(figure).toHaveAttribute('data-lesion', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-source', 'recorded');
  await expect(figure.locator('.les__source')).toContainText('because your saved run could not be read (the saved nets are not valid JSON)');
});

test('bad link values are clamped with a visible note and the address is corrected; the fields follow', async ({ page }) => {
  const figure = await open(page, '?les-k=99&les-draws=0&les-guess=maybe');
  const note = figure.locator('.les__note');
  await expect(note).toContainText('les-k 99 → 28');
  await expect(note).toContainText('les-draws 0 → 1');
  await expect(note).toContainText('les-guess "maybe" ignored');
  await expect(figure.getByRole('spinbutton', { name: 'Largest k' })).toHaveValue('28');
  await expect(figure.getByRole('spinbutton', { name: 'Draws per k' })).toHaveValue('1');
  await expect(page).toHaveURL(/les-k=28/);
  await expect(page).not.toHaveURL(/les-guess/);
  // A typed value goes through the same limits.
  await figure.getByRole('spinbutton', { name: 'Seed' }).fill('123456');
  await figure.getByRole('spinbutton', { name: 'Seed' }).press('Tab');
  await expect(figure.getByRole('spinbutton', { name: 'Seed' })).toHaveValue('9999');
  await expect(note).toContainText('les-seed 123456 → 9999');
});

test('Stop ends a long run at once and keeps the recorded charts and table', async ({ page }) => {
  const errors = collectErrors(page);
  const figure = await open(page, '?les-draws=50&les-k=28');
  await figure.getByRole('button', { name: 'Run the lesion study' }).click();
  const progress = figure.locator('progress');
  await expect.poll(() => progress.evaluate((p: HTMLProgressElement) => p.value), UNTIL_STATE).toBeGreaterThan(0);
  await figure.getByRole('button', { name: 'Stop' }).click();
  await expect(figure).toHaveAttribute('data-lesion', 'stopped');
  await expect(figure.locator('.figure__status')).toHaveText('Stopped; the charts still show what they showed before the run.');
  await expect(figure.getByRole('button', { name: 'Run the lesion study' })).toBeEnabled();
  await expect(figure.getByRole('button', { name: 'Stop' })).toBeDisabled();
  await expect(figure.locator('.figure__table caption')).toContainText('The recorded study');
  // The worker is gone: no message can move the figure on.
  await page.evaluate(() => new Promise((r) => setTimeout(r, 0)));
  await expect(figure).toHaveAttribute('data-lesion', 'stopped');
  expect(errors).toEqual([]);
});

test('keyboard: the prediction and the run are reachable and work from the keyboard', async ({ page }) => {
  const figure = await open(page, '?les-draws=2&les-k=2');
  const run = figure.getByRole('button', { name: 'Run the lesion study' });
  await run.focus();
  // Tab order: Run, (Stop is disabled), then the prediction.
  await page.keyboard.press('Tab');
  await expect(figure.getByLabel(/Predict first/)).toBeFocused();
  await figure.getByLabel(/Predict first/).selectOption('plain');
  await expect(page).toHaveURL(/les-guess=plain/);
  await page.keyboard.press('Shift+Tab');
  await expect(run).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(figure).toHaveAttribute('data-lesion', 'done', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText('You predicted the plain net');
});

for (const theme of ['light', 'dark'] as const) {
  test(`no axe violations in the ${theme} theme, before and after a run`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    const figure = await open(page, '?les-draws=2&les-k=2');
    expect(violationLines(await new AxeBuilder({ page }).include(FIG).analyze())).toEqual([]);
    await figure.getByRole('button', { name: 'Run the lesion study' }).click();
    await expect(figure).toHaveAttribute('data-lesion', 'done', UNTIL_STATE);
    expect(violationLines(await new AxeBuilder({ page }).include(FIG).analyze())).toEqual([]);
  });
}

test('the figure also stands in chapter 3, and its embed page runs from a link', async ({ page }) => {
  await page.goto('/chapters/optimal-identity/');
  await expect(page.locator(`${FIG} .figure__table tr[data-model]`)).toHaveCount(2 * (1 + 28 + 10));
  await page.goto('/embed/lesion-study/?les-autorun=1&les-draws=2&les-k=3');
  const figure = page.locator(FIG);
  await expect(figure).toHaveAttribute('data-lesion', 'done', UNTIL_STATE);
  await expect(figure.locator('.figure__table tr[data-model="plain-56"][data-k="3"]')).toHaveAttribute('data-draws', '2');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the recorded study, its notes and its table are in the page', async ({ page }) => {
    await page.goto(PAGE);
    const figure = page.locator(FIG);
    await expect(figure.locator('.les__units svg[role=img]:visible')).toHaveCount(1);
    await expect(figure.locator('.les__k svg[role=img]:visible')).toHaveCount(1);
    await expect(figure.locator('tr[data-model="residual-56"][data-unit="0"]')).toHaveAttribute('data-lesion-error', '0.56');
    await expect(figure.locator('figcaption')).toContainText('Later work');
    await expect(figure.locator('.figure__notes')).toContainText('What Veit et al. found at theirs.');
  });
});

test('when the training lab saves a run while the page is open, the figure says Run will use it', async ({ page }) => {
  const figure = await open(page);
  await expect(figure.locator('.les__source')).toContainText('You have not finished a training-lab run in this tab');
  await page.evaluate(
    ([key, event, text]) => {
      sessionStorage.setItem(key!, text!);
      window.dispatchEvent(new CustomEvent(event!, { detail: text }));
    },
    [READER_NETS_KEY, READER_NETS_EVENT, JSON.stringify({ ...JSON.parse(NETS), source: 'reader' })],
  );
  await expect(figure.locator('.les__source')).toHaveText('A new run of yours from the training lab was just saved in this tab: Run uses its nets.');
  await figure.getByRole('button', { name: 'Run the lesion study' }).click();
  await expect(figure).toHaveAttribute('data-source', 'reader', UNTIL_STATE);
});

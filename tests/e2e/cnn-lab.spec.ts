import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { cnnLab } from '~lib/cnn-lab/setup';
import { violationLines } from '../support/axe';
import { collectErrors } from '../support/errors';
import { UNTIL_STATE } from '../support/waits';

// The CNN lab's live side (issue 16). Runs are kept tiny: one recording interval (the fewest steps
// a link may ask for) of the quick comparison (the 8- and 20-layer nets, one seed).
const PAGE = '/chapters/degradation-problem/';
const FIG = '#fig-cnn-lab';
const STEPS = cnnLab.recordEvery;
const TINY = `cnn-steps=${STEPS}&cnn-run=quick`;

const rows = (page: Page) => page.locator(`${FIG} .figure__table tr[data-model]`);

async function open(page: Page, query: string) {
  await page.goto(`${PAGE}?${query}`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready', UNTIL_STATE);
  return figure;
}

/** Every table row's raw numbers, checked finite (errors are fractions 0..1). */
async function expectFiniteRows(page: Page, steps: number) {
  const values = await rows(page).evaluateAll((trs) =>
    trs.map((tr) => ({
      model: tr.getAttribute('data-model'),
      train: Number(tr.getAttribute('data-train-error')),
      test: Number(tr.getAttribute('data-test-error')),
      params: Number(tr.getAttribute('data-params')),
      steps: Number(tr.getAttribute('data-steps')),
    })),
  );
  expect(values.map((v) => v.model)).toEqual(['plain-8', 'resnet-8', 'plain-20', 'resnet-20']);
  for (const v of values) {
    expect(v.train, `${v.model} training error`).toBeGreaterThanOrEqual(0);
    expect(v.train).toBeLessThanOrEqual(1);
    expect(v.test, `${v.model} test error`).toBeGreaterThanOrEqual(0);
    expect(v.test).toBeLessThanOrEqual(1);
    expect(v.params).toBeGreaterThan(0);
    expect(v.steps).toBe(steps);
  }
}

test('a link trains the quick comparison live on WASM to the end, redraws chart and table, judges the prediction and passes axe while running', async ({ page }) => {
  const errors = collectErrors(page);
  const offsite: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) offsite.push(r.url());
  });
  const figure = await open(page, `cnn-autorun=1&${TINY}&cnn-backend=wasm&cnn-guess=deeper`);
  const predict = figure.getByLabel('Predict: higher final training error?');
  await expect(predict).toHaveValue('deeper');
  await expect(predict.locator('option:checked')).toHaveText('plain-20 (deeper)');
  await expect(figure.getByLabel('Run', { exact: true })).toHaveValue('quick');
  // Before training: the backend and the estimate for this run and for the full one.
  await expect(figure.locator('.figure__status')).toContainText(/Training on CPU · WASM \(you chose it\); a step of resnet-20 takes [\d.]+ ms here, so the quick comparison \(\d+ steps per net\) should take .*The full comparison would take/, UNTIL_STATE);
  // The first measurement draws the live chart above the recorded one and replaces the table.
  await expect(figure.locator('.cnn__chart--live svg[role=img]:visible')).toHaveCount(1, UNTIL_STATE);
  await expect(figure.locator('.figure__table caption')).toContainText('Live run in this browser');
  await figure.locator('details.figure__data summary').click();
  const axe = await new AxeBuilder({ page }).include(FIG).analyze();
  expect(violationLines(axe)).toEqual([]);

  await expect(figure).toHaveAttribute('data-trained', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-backend', 'wasm');
  test.info().annotations.push({ type: 'wasm ms/step (resnet-20, estimate trial)', description: String(await figure.getAttribute('data-ms-per-step')) });
  await expect(figure.locator('.figure__status')).toContainText(/^Done in [\d.]+ s on CPU · WASM\. Final training error: plain-8 [\d.]+%, ResNet-8 [\d.]+%, plain-20 [\d.]+%, ResNet-20 [\d.]+%\. You predicted plain-20 would end higher: (right|not this time)\./);
  await expect(figure.locator('.figure__table caption')).toContainText(`Live run in this browser (finished): one seed, ${STEPS} steps (wasm)`);
  await expectFiniteRows(page, STEPS);
  // The recorded chart stays, below the live one.
  await expect(figure.locator('.figure__art .cnn__chart svg[role=img]:visible')).toHaveCount(1);
  expect(offsite).toEqual([]);
  expect(errors).toEqual([]);
});

test('Stop ends a run at once and re-arms Train', async ({ page }) => {
  const errors = collectErrors(page);
  // The default quick run (hundreds of steps per net): far longer than this test.
  const figure = await open(page, 'cnn-backend=wasm');
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  await expect(figure).toHaveAttribute('data-trained', 'running');
  await expect(figure.locator('.cnn__progress')).toHaveText(/^Training plain-8: step \d+ of \d+ \(net 1 of 4\)/, UNTIL_STATE);
  await figure.getByRole('button', { name: 'Stop' }).click();
  await expect(figure).toHaveAttribute('data-trained', 'stopped');
  await expect(figure.locator('.figure__status')).toContainText('Stopped. The live curves so far stay');
  // The table keeps the points measured so far (step 0 of plain-8 at least), captioned as stopped.
  await expect(figure.locator('.figure__table caption')).toContainText('Live run in this browser (stopped)');
  await expect(figure.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
  await expect(figure.getByRole('button', { name: 'Stop' })).toBeDisabled();
  expect(errors).toEqual([]);
});

test('a run out of sight stops after a slice and says where, and goes on from there when it is back', async ({ page }) => {
  const errors = collectErrors(page);
  // The default quick run: far longer than this test.
  const figure = await open(page, 'cnn-autorun=1&cnn-backend=wasm');
  const line = figure.locator('.cnn__progress');
  await expect(line).toHaveText(/^Training plain-8: step [1-9]\d* of \d+ \(net 1 of 4\)/, UNTIL_STATE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(figure).toHaveAttribute('data-paused-at', /^\d+$/, UNTIL_STATE);
  await expect(line).toContainText('Paused while the figure is out of sight.');
  const pausedAt = Number(await figure.getAttribute('data-paused-at'));
  await expect(line).toContainText(`step ${pausedAt} of`);
  await figure.scrollIntoViewIfNeeded();
  await expect(line).not.toContainText('Paused', UNTIL_STATE);
  await expect(figure).not.toHaveAttribute('data-paused-at', /.*/);
  await expect.poll(async () => Number(/step (\d+) of/.exec((await line.textContent()) ?? '')?.[1] ?? -1), UNTIL_STATE).toBeGreaterThan(pausedAt);
  await figure.getByRole('button', { name: 'Stop' }).click();
  await expect(figure).toHaveAttribute('data-trained', 'stopped');
  expect(errors).toEqual([]);
});

test('bad link values are clamped or ignored with a visible note, and the link is rewritten', async ({ page }) => {
  const figure = await open(page, 'cnn-steps=7&cnn-backend=tpu&cnn-run=huge&cnn-guess=deeper&abl-seeds=1');
  const note = figure.locator('.cnn__note');
  await expect(note).toContainText(`cnn-steps 7 → ${STEPS}`);
  await expect(note).toContainText('cnn-backend "tpu" ignored');
  await expect(note).toContainText('cnn-run "huge" ignored');
  await expect(figure.getByLabel('Backend')).toHaveValue('auto');
  // Corrected values are written back; defaults and unreadable values go; other figures' stay.
  await expect(page).toHaveURL(new RegExp(`\\?abl-seeds=1&cnn-steps=${STEPS}&cnn-guess=deeper$`));
});

test('when the digits cannot be loaded, the lab says why and keeps the recorded run', async ({ page }) => {
  await page.route('**/data/digits-8x8.bin', (route) => route.abort());
  const figure = await open(page, `cnn-autorun=1&${TINY}&cnn-backend=wasm`);
  await expect(figure).toHaveAttribute('data-trained', 'error', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText(/Training could not run: the digits data \(.*data\/digits-8x8\.bin\) could not be loaded: .+ The recorded run is shown\./);
  await expect(figure.locator('.cnn__chart--live')).toHaveCount(0);
  await expect(figure.locator('.figure__table caption')).toContainText(/recorded run/i);
  await expect(figure.locator('.figure__table caption')).not.toContainText('Live run');
  await expect(figure.getByRole('button', { name: 'Train', exact: true })).toBeEnabled();
});

// One WebGL run serves two checks: SwiftShader is a software renderer, slow enough that a second
// run of its own would cost minutes. Until the hook breaks it, plain-8 trains on WebGL.
test('on WebGL (SwiftShader here) the lab says the renderer is not a GPU; a GPU backend that breaks mid-run falls back to WASM with a notice, keeping the nets already trained', async ({ page }) => {
  const errors = collectErrors(page);
  // The hook breaks WebGL once, at the first measurement after step 0: with one recording interval, plain-8's last point.
  const figure = await open(page, `cnn-autorun=1&${TINY}&cnn-backend=webgl&cnn-failmidrun=1`);
  await expect(figure.locator('.cnn__found')).toHaveText(/^(WebGL here is software: quick run by default\.|GPU found \(WebGL\): full run by default\.)$/);
  await expect(figure.locator('.figure__status')).toContainText(/WebGL .*failed mid-run .*switching backend\. The nets already trained keep their curves; training goes on with resnet-8 from its first step/, UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-trained', 'done', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-backend', 'wasm');
  await expectFiniteRows(page, STEPS);
  expect(errors).toEqual([]);
});

test('on a phone, the embedded lab’s controls keep their place when the GPU probe answers: only its read-out may move', async ({ page }) => {
  await page.setViewportSize({ width: 412, height: 823 });
  await page.addInitScript(() => {
    const moved: string[] = [];
    (window as unknown as { moved: string[] }).moved = moved;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { sources: { node?: Node | null }[] })[]) {
        for (const source of entry.sources) moved.push(source.node instanceof Element ? source.node.className : String(source.node?.nodeName));
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/embed/cnn-lab/');
  const found = page.locator(`${FIG} .cnn__found`);
  await expect(found).toHaveText(/(GPU found|software|missing|No GPU found)/, UNTIL_STATE);
  // One more frame, so that a shift caused by the answer has been reported.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // The status line is right-aligned, so a shorter answer moves it sideways; nothing else may move.
  const moved = await page.evaluate(() => (window as unknown as { moved: string[] }).moved);
  expect(moved.filter((name) => name !== 'fpanel__status')).toEqual([]);
});

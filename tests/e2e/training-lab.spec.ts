import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { TEST_HOOKS_KEY } from '../../src/islands/test-hooks';
import type { RecordedLab } from '../../src/lib/training-lab/lab-record';
import { DEFAULT_LAB_STATE, parseLabQuery } from '../../src/lib/training-lab/lab-state';
import { decodePair } from '../../src/lib/later-work/trained-nets';
import { READER_NETS_KEY } from '../../src/islands/later-work/reader-nets';
import { collectErrors } from '../support/errors';
import { UNTIL_STATE } from '../support/waits';
import { violationLines } from '../support/axe';

const CHAPTER = '/chapters/degradation-problem/';
/** A short run (three nets, 12 layers deep, 60 steps) keeps each training test to seconds. */
const SHORT = 'lab-depth=12&lab-steps=60&lab-seed=3';
const recorded = JSON.parse(readFileSync(new URL('../../src/lib/recorded/degradation-lab.json', import.meta.url), 'utf8')) as RecordedLab;

const lab = (page: Page) => page.locator('#fig-training-lab');
const resultRows = (page: Page) => lab(page).locator('.lab-results tr[data-model]');


async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${CHAPTER}?${query}#fig-training-lab`);
  await expect(lab(page)).toHaveAttribute('data-hydrated', 'ready');
}

async function finishedRun(page: Page, steps = 60): Promise<Record<string, number>[]> {
  await expect(lab(page)).toHaveAttribute('data-lab-state', 'done', UNTIL_STATE);
  const rows = await resultRows(page).evaluateAll((trs) =>
    trs.map((tr) => ({
      trainLoss: Number(tr.getAttribute('data-train-loss')),
      trainAcc: Number(tr.getAttribute('data-train-acc')),
      testAcc: Number(tr.getAttribute('data-test-acc')),
      steps: Number(tr.getAttribute('data-steps')),
      params: Number(tr.getAttribute('data-params')),
    })),
  );
  expect(rows).toHaveLength(3);
  for (const r of rows) {
    for (const v of Object.values(r)) expect(Number.isFinite(v)).toBe(true);
    expect(r.steps).toBe(steps);
  }
  return rows;
}

test('on WASM the lab loads tfjs only on Train, trains to the end off the main thread, judges the prediction, keeps tensors flat and frees them on reset', async ({ page }) => {
  const errors = collectErrors(page);
  const heavy: string[] = [];
  page.on('request', (r) => /lab-worker|\.wasm$/.test(new URL(r.url()).pathname) && heavy.push(r.url()));
  await page.goto(`${CHAPTER}?${SHORT}&lab-backend=wasm`);
  const figure = lab(page);
  // Reserved controls height: the art does not move when the island fills the controls.
  const artOffset = () => figure.evaluate((f) => f.querySelector('.figure__art')!.getBoundingClientRect().top - f.getBoundingClientRect().top);
  const before = await artOffset();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  expect(Math.abs((await artOffset()) - before)).toBeLessThanOrEqual(1);
  expect(heavy).toEqual([]);

  await figure.getByRole('radio', { name: /residual-12/ }).check();
  await figure.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(figure).toHaveAttribute('data-lab-state', 'paused', UNTIL_STATE);
  await expect(figure.locator('.lab-progress__text')).toHaveText('Step 1 of 60');
  // Out of sight, Resume waits; back in sight, the run goes on by itself.
  await page.evaluate(() => window.scrollTo(0, 0));
  await figure.getByRole('button', { name: 'Resume', exact: true }).evaluate((b: HTMLButtonElement) => b.click());
  await expect(figure.locator('.figure__status')).toContainText(/out of sight|back in sight/);
  await expect(figure).toHaveAttribute('data-lab-state', 'paused');
  await figure.scrollIntoViewIfNeeded();
  const rows = await finishedRun(page);
  expect(heavy.some((u) => /lab-worker/.test(u))).toBe(true);
  expect(heavy.some((u) => /\/_astro\/.*\.wasm$/.test(u))).toBe(true);
  await expect(figure.locator('.lab-badge')).toHaveText('Backend: CPU · WASM');
  await expect(figure.locator('.lab-verdict')).toContainText('You predicted residual-12');
  await expect(figure.locator('.figure__status')).toContainText('Finished 60 steps');
  await expect(figure.locator('progress')).toHaveJSProperty('value', 1);
  // Identity shortcuts add no parameters: the two deep nets have the same count, the shallow one fewer.
  expect(rows[1]!.params).toBe(rows[2]!.params);
  expect(rows[0]!.params).toBeLessThan(rows[1]!.params);

  const [low, high] = (await figure.getAttribute('data-tensors-range'))!.split('-').map(Number);
  expect(low).toBe(high);
  // Timings (ms per step, the longest main-thread task) are measured by `npm run bench`, not here.

  await figure.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(figure).toHaveAttribute('data-lab-state', 'idle');
  const baseline = await figure.getAttribute('data-tensors-baseline');
  await expect(figure).toHaveAttribute('data-tensors', baseline!);
  await expect(resultRows(page).first()).toHaveAttribute('data-train-loss', String(recorded.models[0]!.final!.trainLoss));
  expect(errors).toEqual([]);
});

test('the nets train in parallel workers, one per net up to the cores, with the same results as in one worker, and every worker ends on reset', async ({ page }) => {
  const errors = collectErrors(page);
  const started: string[] = [];
  const ended: string[] = [];
  page.on('worker', (w) => {
    if (!/lab-worker/.test(w.url())) return;
    started.push(w.url());
    w.on('close', () => ended.push(w.url()));
  });
  await open(page, `${SHORT}&lab-backend=wasm&lab-autorun=1`);
  const pooled = await finishedRun(page);
  // The finished run hands its deep pair, gathered from the workers that trained it, to the later-work figures.
  const saved = decodePair((await page.evaluate((key) => sessionStorage.getItem(key), READER_NETS_KEY)) ?? '');
  if (!saved.ok) throw new Error(saved.reason);
  expect([saved.pair.source, saved.pair.plain.id, saved.pair.residual.id, saved.pair.step]).toEqual(['reader', 'plain-12', 'residual-12', 60]);
  expect(parseLabQuery(saved.pair.query).state).toMatchObject({ depth: 12, steps: 60, seed: 3 });
  expect(saved.pair.plain.weights.length).toBeGreaterThan(0);
  const cores = await page.evaluate(() => navigator.hardwareConcurrency || 1);
  const workers = Math.min(3, cores);
  await expect(lab(page)).toHaveAttribute('data-lab-workers', String(workers));
  expect(started).toHaveLength(workers);
  await expect(lab(page).locator('.lab-badge')).toHaveText('Backend: CPU · WASM');
  await lab(page).getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => ended.length).toBe(workers);

  await open(page, `${SHORT}&lab-backend=wasm&lab-autorun=1&lab-workers=1`);
  await expect(lab(page)).toHaveAttribute('data-lab-workers', '1');
  expect(await finishedRun(page)).toEqual(pooled);
  expect(started).toHaveLength(workers + 1);
  expect(errors).toEqual([]);
});

test('on WebGL (SwiftShader here) the lab trains to the end and the badge says the renderer is software', async ({ page }) => {
  const errors = collectErrors(page);
  // SwiftShader draws every op on the CPU: half the short run keeps this test quick.
  await open(page, 'lab-depth=12&lab-steps=30&lab-seed=3&lab-backend=webgl&lab-autorun=1');
  await finishedRun(page, 30);
  await expect(lab(page).locator('.lab-badge')).toHaveText('Backend: CPU · WebGL (software)');
  await expect(lab(page)).toHaveAttribute('data-backend', 'webgl');
  test.info().annotations.push({ type: 'webgl ms/step', description: String(await lab(page).getAttribute('data-ms-per-step')) });
  expect(errors).toEqual([]);
});

test('an autorun link reproduces a run: the same seed twice gives the same final losses on the same backend', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, `${SHORT}&lab-backend=wasm&lab-autorun=1`);
  const first = await finishedRun(page);
  await page.reload();
  await expect(lab(page)).toHaveAttribute('data-lab-state', /loading|running/);
  const second = await finishedRun(page);
  expect(second).toEqual(first);
  // The live lab (controls, redrawn charts, tables) passes axe too, not only the static page.
  const axe = await new AxeBuilder({ page }).include('#fig-training-lab').analyze();
  expect(violationLines(axe)).toEqual([]);
  expect(errors).toEqual([]);
});

test.describe('backend failures fall back with a visible note', () => {
  test.beforeEach(({ page }) => page.addInitScript((key) => sessionStorage.setItem(key, 'on'), TEST_HOOKS_KEY));
  for (const [query, note, badge] of [
    ['lab-backend=webgpu', 'WebGPU is not available here', 'CPU · WASM'],
    ['lab-backend=wasm&lab-failbackend=wasm', 'WASM failed to start', 'CPU · JS'],
    ['lab-backend=wasm&lab-failbackend=wasm-midrun', 'CPU · WASM failed at step', 'CPU · JS'],
  ] as const) {
    test(`${query} → ${badge}`, async ({ page }) => {
      const errors = collectErrors(page);
      await open(page, `${SHORT}&${query}&lab-autorun=1`);
      await expect(lab(page).locator('.lab-note')).toContainText(note, UNTIL_STATE);
      await expect(lab(page).locator('.lab-badge')).toHaveText(`Backend: ${badge}`);
      await expect(lab(page)).toHaveAttribute('data-lab-state', /running|paused|done/);
      expect(errors).toEqual([]);
    });
  }
});

test('a public link cannot make a backend fail: without the test switch lab-failbackend is ignored and dropped from the address', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, `${SHORT}&lab-backend=wasm&lab-failbackend=wasm&lab-autorun=1`);
  await expect(lab(page)).toHaveAttribute('data-lab-state', /running|paused|done/, UNTIL_STATE);
  await expect(lab(page).locator('.lab-badge')).toHaveText('Backend: CPU · WASM');
  await expect(lab(page).locator('.lab-note')).not.toContainText('failed');
  expect(new URL(page.url()).searchParams.has('lab-failbackend')).toBe(false);
  expect(errors).toEqual([]);
});

test('auto mode picks a real GPU or WASM, never a software renderer, and says why', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, `${SHORT}&lab-autorun=1`);
  const badge = lab(page).locator('.lab-badge');
  await expect(badge).toHaveText(/^Backend: (GPU · WebGPU|GPU · WebGL|CPU · WASM)$/, UNTIL_STATE);
  await expect(badge).toHaveAttribute('title', /^Why: \S/);
  // The reason sits with the backend choice, under "More settings", as a reader would find it.
  await lab(page).getByText('More settings', { exact: true }).click();
  await lab(page).getByText('Why this backend?').click();
  await expect(lab(page).locator('.lab-why p')).toHaveText(/\S{3}/);
  await expect(lab(page)).toHaveAttribute('data-backend', /^(webgpu|webgl|wasm)$/);
  expect(errors).toEqual([]);
});

test('a garbage URL leaves the lab working with safe values and a note saying what changed', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'lab-depth=abc&lab-lr=%3Cscript%3Ealert(1)%3C%2Fscript%3E&lab-steps=-5&lab-backend=tpu&lab-seed=0x10&lab-autorun=maybe');
  const figure = lab(page);
  const note = figure.locator('.lab-note');
  await expect(note).toBeVisible();
  for (const name of ['lab-depth', 'lab-lr', 'lab-steps', 'lab-backend', 'lab-seed', 'lab-autorun']) await expect(note).toContainText(name);
  await expect(figure.locator('script')).toHaveCount(0);
  await expect(figure.getByLabel('Depth of the deep nets')).toHaveValue(String(DEFAULT_LAB_STATE.depth));
  await expect(figure.getByLabel('Steps', { exact: true })).toHaveValue('20');
  await expect(figure.getByLabel('Backend', { exact: true })).toHaveValue('auto');
  await expect(figure).toHaveAttribute('data-lab-state', 'idle');
  // The address now says what the lab shows, so "copy link" copies the corrected settings.
  await expect(page).toHaveURL(new RegExp(`[?&]lab-depth=${DEFAULT_LAB_STATE.depth}(&|#|$)`));
  await expect(page).toHaveURL(/[?&]lab-steps=20(&|#|$)/);
  await expect(page).not.toHaveURL(/script|tpu|0x10|maybe/);
  expect(errors).toEqual([]);
});

test('a diverging run stops, marks the chart, explains the likely cause and offers a reset to the defaults', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, 'lab-depth=12&lab-steps=60&lab-optimizer=momentum&lab-lr=1&lab-bn=0&lab-backend=wasm&lab-autorun=1');
  const figure = lab(page);
  await expect(figure).toHaveAttribute('data-lab-state', 'diverged', UNTIL_STATE);
  await expect(figure.locator('[data-panel="loss"] .series__stop')).not.toHaveCount(0);
  await expect(figure.locator('.lab-results tr[data-status="diverged"]')).not.toHaveCount(0);
  // Only the nets that diverged stopped: every other net trained all 60 steps.
  const rows = await figure.locator('.lab-results tr[data-model]').evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-status'), Number(tr.getAttribute('data-steps'))] as const));
  for (const [status, steps] of rows) expect(status === 'diverged' ? steps < 60 : steps === 60, `${status} at ${steps}`).toBe(true);
  await expect(figure.locator('.lab-note')).toContainText('learning rate');
  await figure.getByRole('button', { name: 'Reset to the default settings', exact: true }).click();
  await expect(figure).toHaveAttribute('data-lab-state', 'idle');
  await expect(page).toHaveURL(new RegExp(`lab-lr=${DEFAULT_LAB_STATE.lr}(&|$)`));
  await expect(figure.getByLabel('Optimiser')).toHaveValue(DEFAULT_LAB_STATE.optimizer);
  expect(errors).toEqual([]);
});

test('the gradient-health panel shows every net’s norm at each unit boundary, with a reading per net and raw values for automation', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, `${SHORT}&lab-backend=wasm&lab-autorun=1`);
  await finishedRun(page);
  const panel = lab(page).locator('[data-panel="gradients"]');
  await expect(panel.locator('svg[role="img"] [data-series]')).toHaveCount(3);
  const readings = panel.locator('.lab-readings li');
  await expect(readings).toHaveCount(3);
  await expect(readings.first()).toContainText(/at step 60: first\/last ratio/);
  const rows = await panel.locator('tr[data-model][data-layer]').evaluateAll((trs) =>
    trs.map((tr) => ({ model: tr.getAttribute('data-model'), step: Number(tr.getAttribute('data-step')), layer: Number(tr.getAttribute('data-layer')), norm: Number(tr.getAttribute('data-grad-norm')) })),
  );
  // depth 12 → 6 units → boundaries 0…6 for the deep nets; the 8-layer net has 4 units → 0…4.
  const byModel = (id: string) => rows.filter((r) => r.model === id);
  expect(byModel('plain-8').map((r) => r.layer)).toEqual([0, 1, 2, 3, 4]);
  expect(byModel('plain-12').map((r) => r.layer)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  expect(byModel('residual-12')).toHaveLength(7);
  for (const r of rows) {
    expect(r.step).toBe(60);
    expect(r.norm).toBeGreaterThan(0);
  }
  expect(errors).toEqual([]);
});

test('the recorded run replays into the charts and the results table', async ({ page }) => {
  const errors = collectErrors(page);
  await open(page, '');
  await lab(page).getByRole('button', { name: 'Replay recorded run', exact: true }).click();
  await expect(lab(page)).toHaveAttribute('data-lab-state', 'replayed', UNTIL_STATE);
  const losses = await resultRows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-train-loss'))));
  expect(losses).toEqual(recorded.models.map((m) => m.final!.trainLoss));
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const [path, primary] of [
    ['/chapters/degradation-problem/', 'loss'],
    ['/chapters/not-overfitting/', 'accuracy'],
    ['/chapters/shallow-resnets/', 'loss-early'],
  ] as const) {
    test(`${path} shows the recorded run: charts, decision boundaries and the results table, ${primary} first`, async ({ page }) => {
      await page.goto(path);
      const figure = lab(page);
      await expect(figure.locator('.lab-panel').first()).toHaveAttribute('data-panel', primary);
      // The other panels sit in the lab's closed disclosure, and both layouts of each drawing ship
      // (src/viz/layout.ts): open it, then count the pictures that show.
      await expect(figure.locator('.lab-panel--primary svg[role="img"]:visible').first()).toBeVisible();
      await figure.locator('details.lab-more > summary').click();
      await expect(figure.locator('.figure__art svg[role="img"]:visible')).toHaveCount(primary === 'loss-early' ? 9 : 8);
      await expect(figure.locator('[data-panel="gradients"] tr[data-model][data-layer][data-grad-norm]')).not.toHaveCount(0);
      await expect(figure.locator('[data-panel="gradients"] .lab-readings li')).toHaveCount(3);
      await expect(figure.locator('.boundary__cell').first()).toBeAttached();
      const losses = await resultRows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-train-loss'))));
      expect(losses).toEqual(recorded.models.map((m) => m.final!.trainLoss));
      await expect(figure.locator('.figure__table tr[data-model][data-step]')).not.toHaveCount(0);
      await expect(figure.locator('.lab-controls')).toHaveCount(0);
    });
  }
});

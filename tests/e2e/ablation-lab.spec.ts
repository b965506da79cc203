import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../support/errors';
import { UNTIL_STATE } from '../support/waits';

const PAGE = '/chapters/shortcut-variants/';
const FIG = '#fig-shortcut-ablation';


const rows = (page: Page) => page.locator(`${FIG} .figure__table tr[data-variant]`);

test('a short run from the URL trains every variant to completion on WASM and refills the table', async ({ page }) => {
  const errors = collectErrors(page);
  const wasm: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) wasm.push(r.url());
  });
  await page.goto(`${PAGE}?abl-autorun=1&abl-seeds=1&abl-steps=40&abl-guess=identity`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  await expect(figure.getByLabel('Predict first: which variant will end with the lowest training loss?')).toHaveValue('identity');
  await expect(figure).toHaveAttribute('data-trained', 'done', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText(/Done in .* Your prediction, identity, finished rank \d+ of 9/);
  await expect(figure.locator('.figure__table caption')).toContainText('Live run: 1 seed(s), 40 steps (wasm)');
  await expect(rows(page)).toHaveCount(9);
  // The paper's numbers ride along: "fail" for the dropout shortcut, a number for identity.
  await expect(rows(page).filter({ has: page.locator('th', { hasText: 'dropout' }) })).toHaveAttribute('data-paper-error', 'fail');
  const identity = await page.locator(`${FIG} tr[data-variant=identity]`).getAttribute('data-paper-error');
  expect(Number(identity)).toBeGreaterThan(0);
  const losses = await rows(page).evaluateAll((trs) => trs.map((tr) => Number(tr.getAttribute('data-lab-loss'))));
  expect(losses.every((l) => Number.isFinite(l) && l > 0)).toBe(true);
  expect(wasm.length).toBeGreaterThan(0);
  expect(wasm.every((u) => u.startsWith('http://127.0.0.1'))).toBe(true);
  expect(errors).toEqual([]);
});

test('the progress line counts steps inside a variant, the live region speaks only at tenths, and a run out of sight stops after a slice until it is back', async ({ page }) => {
  const errors = collectErrors(page);
  // One seed, 400 steps per variant, 9 variants: a run far longer than this test.
  await page.goto(`${PAGE}?abl-autorun=1&abl-seeds=1`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  const line = figure.locator('.abl__progress');
  await expect(line).toHaveText(/^Training identity: step \d+ of 400 \(variant 1 of 9\)/, UNTIL_STATE);
  // Every line shown and every live-region text from here on, in order.
  type Log = { line: string[]; status: string[] };
  await figure.evaluate((f) => {
    const log: Log = ((window as unknown as { ablLog: Log }).ablLog = { line: [], status: [] });
    const watch = (el: Element, into: string[]) => new MutationObserver(() => into.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    watch(f.querySelector('.abl__progress')!, log.line);
    watch(f.querySelector('.figure__status')!, log.status);
  });
  const logged = () => page.evaluate(() => (window as unknown as { ablLog: Log }).ablLog);
  /** Steps of the whole run (3,600) a line says are done: earlier variants' 400 each, then this one's. */
  const doneIn = (t: string) => {
    const m = /step (\d+) of 400 \(variant (\d+) of 9/.exec(t);
    return m ? (Number(m[2]) - 1) * 400 + Number(m[1]) : -1;
  };
  const identitySteps = async () => (await logged()).line.flatMap((t) => /^Training identity: step (\d+) of 400/.exec(t)?.[1] ?? []).map(Number);
  // The step grows within the variant, through steps between the recorded points (every 20).
  await expect.poll(async () => new Set(await identitySteps()).size, UNTIL_STATE).toBeGreaterThanOrEqual(3);
  const steps = await identitySteps();
  expect(steps.every((s, i) => i === 0 || s > steps[i - 1]!)).toBe(true);
  expect(steps.some((s) => s % 20 !== 0)).toBe(true);
  await expect(line).toContainText(/left\.$/);

  // Out of sight: the worker stops after its slice and says where; the line stays there.
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(figure).toHaveAttribute('data-paused-at', /^\d+$/, UNTIL_STATE);
  await expect(line).toContainText(`step ${await figure.getAttribute('data-paused-at')} of 400`);
  await expect(line).toContainText('Paused while the figure is out of sight.');
  const pausedAt = doneIn((await line.textContent())!);
  // Back in sight, it goes on from there.
  await figure.scrollIntoViewIfNeeded();
  await expect(line).not.toContainText('Paused', UNTIL_STATE);
  await expect(figure).not.toHaveAttribute('data-paused-at', /.*/);
  expect(doneIn((await line.textContent())!)).toBeGreaterThan(pausedAt);
  // The live region heard at most one line per tenth of the run trained so far.
  const { line: lines, status } = await logged();
  const done = Math.max(...lines.map(doneIn));
  expect(status.filter((t) => t.startsWith('Training ')).length).toBeLessThanOrEqual(Math.floor((10 * done) / 3600));
  await figure.getByRole('button', { name: 'Stop' }).click();
  await expect(figure).toHaveAttribute('data-trained', 'stopped');
  expect(errors).toEqual([]);
});

test('a training worker that cannot load ends the run with a message, keeps the recorded run and re-arms Train', async ({ page }) => {
  // As when the worker's hashed file is gone after a redeploy, or blocked.
  await page.route(/ablation-worker[^/]*\.js/, (route) => route.abort());
  await page.goto(`${PAGE}?abl-seeds=1&abl-steps=40`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  await figure.getByRole('button', { name: 'Train all variants' }).click();
  await expect(figure).toHaveAttribute('data-trained', 'error', UNTIL_STATE);
  await expect(figure.locator('.figure__status')).toContainText('Training could not run here: the training worker failed to load');
  await expect(figure.getByRole('button', { name: 'Train all variants' })).toBeEnabled();
  await expect(rows(page)).toHaveCount(9);
  await expect(figure.locator('.figure__table caption')).toContainText('recorded toy run');
});

test('a bad link value is clamped with a visible note', async ({ page }) => {
  await page.goto(`${PAGE}?abl-seeds=99`);
  const figure = page.locator(FIG);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.abl__note')).toContainText('abl-seeds 99 → 3');
  await expect(figure.locator('select[name=abl-seeds]')).toHaveValue('3');
  // The corrected link is rewritten: 3 seeds is the default, so the parameter goes.
  await expect(page).not.toHaveURL(/abl-seeds/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the recorded table and chart are in the page', async ({ page }) => {
    await page.goto(PAGE);
    const figure = page.locator(FIG);
    // Both layouts ship (src/viz/layout.ts); the one the column fits shows.
    await expect(figure.locator('.abl__chart svg[role=img]:visible')).toHaveCount(1);
    await expect(figure.locator('.figure__table tr[data-variant]')).toHaveCount(9);
    await expect(figure.locator('tr[data-variant=dropout]')).toHaveAttribute('data-paper-error', 'fail');
    await expect(figure.locator('.figure__table caption')).toContainText('recorded toy run');
    const notes = figure.locator('.figure__notes');
    await expect(notes).toContainText('Seeds 1, 2, 3');
    await expect(notes).toContainText('SGD with momentum 0.9, weight decay 0.0001');
    await expect(notes).toContainText('in the opposite order: shortcut-only gating at b = −6');
  });
});

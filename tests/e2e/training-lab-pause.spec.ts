import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../support/errors';
import { UNTIL_STATE } from '../support/waits';

// Pause, Step and Reset on the training lab's slowest setting, where one chunk of steps (one point
// on the curves) takes many seconds: the workers train in slices and stop after the one under way.
const CHAPTER = '/chapters/degradation-problem/';
const lab = (page: Page) => page.locator('#fig-training-lab');
const resultRows = (page: Page) => lab(page).locator('.lab-results tr[data-model]');

async function open(page: Page, query: string): Promise<void> {
  await page.goto(`${CHAPTER}?${query}#fig-training-lab`);
  await expect(lab(page)).toHaveAttribute('data-hydrated', 'ready');
}

test('Pause takes effect inside a chunk: at depth 64 and width 32 the workers stop after a slice, not at the chunk’s end, and Step trains on to that end', async ({ page }) => {
  const errors = collectErrors(page);
  // 2,000 steps record a point every 33: a chunk of these nets takes many seconds, a slice about one step.
  await open(page, 'lab-depth=64&lab-width=32&lab-steps=2000&lab-backend=wasm');
  const figure = lab(page);
  const shown = figure.locator('.lab-progress__text');
  const recordedSteps = () => resultRows(page).evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-steps')));
  await figure.getByRole('button', { name: 'Train', exact: true }).click();
  // The count moves inside the first chunk, before its points.
  await expect(shown).toHaveText(/^Step ([1-9]|[12]\d|3[0-2]) of 2000$/, UNTIL_STATE);
  await figure.getByRole('button', { name: 'Pause', exact: true }).click();
  await expect(figure).toHaveAttribute('data-lab-state', 'paused');
  // Every worker has confirmed it stopped, at the step it had reached: short of the first chunk's end.
  await expect(figure).toHaveAttribute('data-lab-paused-at', /^\d+$/, UNTIL_STATE);
  const at = Number(await figure.getAttribute('data-lab-paused-at'));
  expect(at).toBeGreaterThanOrEqual(1);
  expect(at).toBeLessThan(33);
  await expect(shown).toHaveText(`Step ${at} of 2000`);
  expect(await recordedSteps()).toEqual(['0', '0', '0']);
  // Step finishes the chunk: its points arrive at the same mark as ever.
  await figure.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(figure).toHaveAttribute('data-lab-paused-at', '33', UNTIL_STATE);
  await expect(shown).toHaveText('Step 33 of 2000');
  // The table is redrawn on the next animation frame after the points arrive.
  await expect.poll(recordedSteps, UNTIL_STATE).toEqual(['33', '33', '33']);
  // Reset while it trains on frees every tensor.
  await figure.getByRole('button', { name: 'Resume', exact: true }).click();
  await expect(shown).toHaveText(/^Step (3[4-9]|[4-9]\d|\d{3,4}) of 2000$/, UNTIL_STATE);
  await figure.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect(figure).toHaveAttribute('data-lab-state', 'idle');
  await expect(figure).toHaveAttribute('data-tensors', (await figure.getAttribute('data-tensors-baseline'))!, UNTIL_STATE);
  expect(errors).toEqual([]);
});

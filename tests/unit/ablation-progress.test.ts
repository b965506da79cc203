import { describe, expect, test } from 'vitest';
import { ablationProgressLine, ablationSecondsLeft, announceAblation, totalSteps } from '~lib/ablation/progress';
import { activationAblation, shortcutAblation } from '~lib/ablation/setup';
import { defaultAblationState, liveSetup } from '~lib/ablation/state';
import { timeLeft } from '~lib/run-progress';

const oneSeed = liveSetup(shortcutAblation, { ...defaultAblationState(shortcutAblation), seeds: 1 });

describe('the ablation lab’s progress line', () => {
  test('names the variant, its step, which variant and seed of how many, and the time left at the pace so far', () => {
    // 9 variants × 3 seeds × 400 steps; after 1,200 steps in 60 s, 9,600 steps are left at 50 ms each.
    const where = { variantId: 'scale-f1', seed: 1, step: 120, done: 1200 / totalSteps(shortcutAblation), ms: 60_000 };
    expect(ablationSecondsLeft(shortcutAblation, where)).toBeCloseTo(480);
    expect(ablationProgressLine(shortcutAblation, where)).toBe('Training λ=0.5, F×1: step 120 of 400 (variant 2 of 9, seed 1 of 3), about 8 minutes left.');
  });

  test('leaves out the seed when the run has one, and the estimate until a step has been timed', () => {
    const line = ablationProgressLine(oneSeed, { variantId: 'identity', seed: 1, step: 0, done: 0, ms: 0 });
    expect(line).toBe('Training identity: step 0 of 400 (variant 1 of 9).');
    const placements = liveSetup(activationAblation, { ...defaultAblationState(activationAblation), seeds: 1, steps: 100 });
    expect(ablationProgressLine(placements, { variantId: 'bn-after-add', seed: 1, step: 37, done: 137 / 500, ms: 2740 })).toBe(
      'Training BN after add: step 37 of 100 (variant 2 of 5), a few seconds left.',
    );
  });

  test('reaches the live region once per tenth of the run, never more often, and not at the end (the end has its own sentence)', () => {
    const total = totalSteps(oneSeed);
    const said: number[] = [];
    let previous = { done: 0 };
    // Slices of 7 steps, the way a worker reports them, across every variant.
    for (let steps = 7; steps < total + 7; steps += 7) {
      const where = { done: Math.min(steps, total) / total };
      if (announceAblation(oneSeed, previous, where)) said.push(Math.min(steps, total));
      previous = where;
    }
    expect(said).toHaveLength(9);
    said.forEach((s, i) => expect(Math.floor((10 * s) / total)).toBe(i + 1));
  });
});

describe('time left in words', () => {
  test('seconds under ten are a few, under ninety are rounded to tens, longer runs to minutes', () => {
    expect(timeLeft(4)).toBe('a few seconds left');
    expect(timeLeft(44)).toBe('about 40 s left');
    expect(timeLeft(480)).toBe('about 8 minutes left');
    expect(timeLeft(Number.NaN)).toBe('time left unknown');
  });
});

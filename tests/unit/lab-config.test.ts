import { describe, expect, test } from 'vitest';
import {
  DIVERGENCE_FACTOR,
  isDiverged,
  labConfigOf,
  lowestLoss,
  predictionVerdict,
  recordEveryFor,
} from '~lib/training-lab/lab-config';
import { shouldAnnounce } from '~lib/run-progress';
import { DEFAULT_LAB_STATE } from '~lib/training-lab/lab-state';
import { degradationLab } from '~lib/nets/lab';

describe('labConfigOf', () => {
  test('the default state trains exactly the core’s degradation lab', () => {
    expect(labConfigOf(DEFAULT_LAB_STATE)).toEqual(degradationLab);
  });

  test('depth moves only the two deep nets, width all three, and the ids follow', () => {
    const config = labConfigOf({ ...DEFAULT_LAB_STATE, depth: 20, width: 8 });
    const shallow = degradationLab.models[0]!;
    expect(config.models.map((m) => m.id)).toEqual([shallow.id, 'plain-20', 'residual-20']);
    expect(config.models.map((m) => m.spec.depth)).toEqual([shallow.spec.depth, 20, 20]);
    expect(config.models.every((m) => m.spec.width === 8)).toBe(true);
    expect(config.models[2]!.spec.shortcut).toBe(degradationLab.models[2]!.spec.shortcut);
  });

  test('the learning-rate drops keep their share of the run when the steps change', () => {
    const base = degradationLab.optimizer.decaySteps ?? [];
    const config = labConfigOf({ ...DEFAULT_LAB_STATE, steps: degradationLab.steps * 2 });
    expect(config.optimizer.decaySteps).toEqual(base.map((s) => s * 2));
  });

  test('optimiser, learning rate and seed come from the state; momentum gets its coefficient', () => {
    const config = labConfigOf({ ...DEFAULT_LAB_STATE, optimizer: 'momentum', lr: 0.01, seed: 9 });
    expect(config.optimizer).toMatchObject({ kind: 'momentum', learningRate: 0.01, momentum: 0.9 });
    expect(config.seed).toBe(9);
  });

  test('curves get about sixty points whatever the run length', () => {
    expect(recordEveryFor(600)).toBe(10);
    expect(recordEveryFor(60)).toBe(1);
    expect(recordEveryFor(2000)).toBe(33);
  });
});

describe('run judgements', () => {
  test('a loss is diverged when NaN, infinite or beyond DIVERGENCE_FACTOR times its start', () => {
    expect(isDiverged(Number.NaN, 0.7)).toBe(true);
    expect(isDiverged(Number.POSITIVE_INFINITY, 0.7)).toBe(true);
    expect(isDiverged(DIVERGENCE_FACTOR * 2 + 0.1, 2)).toBe(true);
    expect(isDiverged(DIVERGENCE_FACTOR * 2 - 0.1, 2)).toBe(false);
    expect(isDiverged(0.9, 0.7)).toBe(false);
  });

  test('progress is announced once per tenth of the run and once at the end', () => {
    const announced: number[] = [];
    let previous = 0;
    for (let step = 10; step <= 600; step += 10) {
      if (shouldAnnounce(previous, step, 600)) announced.push(step);
      previous = step;
    }
    expect(announced).toEqual([60, 120, 180, 240, 300, 360, 420, 480, 540, 600]);
    expect(shouldAnnounce(600, 600, 600)).toBe(false);
  });

  test('the verdict names the net with the lowest final training loss and says whether the reader was right', () => {
    const finals = [
      { id: 'plain-8', trainLoss: 0.02 },
      { id: 'plain-50', trainLoss: 0.3 },
      { id: 'residual-50', trainLoss: 0.01 },
    ];
    expect(lowestLoss(finals)).toBe('residual-50');
    expect(predictionVerdict('residual-50', finals)).toMatch(/^You predicted residual-50: right/);
    expect(predictionVerdict('plain-50', finals)).toMatch(/^You predicted plain-50, but residual-50/);
    expect(lowestLoss([{ id: 'a', trainLoss: Number.NaN }])).toBeNull();
  });
});

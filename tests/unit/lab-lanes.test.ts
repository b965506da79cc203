import { describe, expect, test } from 'vitest';
import {
  addTimes,
  createStepMerge,
  laneCount,
  MAX_LAB_WORKERS,
  mergeFinish,
  poolTiming,
  runStep,
  splitLab,
  workerCap,
  type NetTimes,
} from '~lib/training-lab/lab-lanes';
import type { LabConfig } from '~lib/nets/lab';
import { makeSpec } from '~lib/nets/spec';

const net = (id: string, depth: number, residual = false) => ({
  id,
  spec: makeSpec({ depth, width: 8, shortcut: residual ? 'identity' : 'none', batchNorm: true }),
});
const config: LabConfig = {
  seed: 4,
  data: { n: 40, noise: 0.05, turns: 1.5, testFraction: 0.25 },
  models: [net('plain-8', 8), net('plain-30', 30), net('residual-30', 30, true)],
  optimizer: { kind: 'momentum', learningRate: 0.01, momentum: 0.9 },
  steps: 50,
  batchSize: null,
  recordEvery: 5,
};
const ids = (c: LabConfig) => c.models.map((m) => m.id);

describe('workerCap and laneCount', () => {
  test('the URL’s lab-workers wins over the cores; without either there is one worker; never more than the maximum', () => {
    expect(workerCap(1, 8)).toBe(1);
    expect(workerCap(null, 4)).toBe(4);
    expect(workerCap(null, undefined)).toBe(1);
    expect(workerCap(null, 0)).toBe(1);
    expect(workerCap(null, 256)).toBe(MAX_LAB_WORKERS);
  });

  test('a run gets one lane per net, capped, and at least one', () => {
    expect(laneCount(3, 8)).toBe(3);
    expect(laneCount(3, 2)).toBe(2);
    expect(laneCount(3, 1)).toBe(1);
    expect(laneCount(3, 0)).toBe(1);
    expect(laneCount(0, 4)).toBe(1);
  });
});

describe('splitLab', () => {
  test('with a lane per net, each lane is the run with one net, everything else unchanged, the heaviest net first', () => {
    const lanes = splitLab(config, 3);
    expect(lanes.map(ids)).toEqual([['plain-30'], ['residual-30'], ['plain-8']]);
    for (const lane of lanes) expect(lane).toEqual({ ...config, models: config.models.filter((m) => m.id === lane.models[0]!.id) });
  });

  test('with fewer lanes than nets, the two heavy nets go to different lanes and the light one joins the first, in the run’s order', () => {
    expect(splitLab(config, 2).map(ids)).toEqual([['plain-8', 'plain-30'], ['residual-30']]);
  });

  test('one lane (or a cap of zero) is the whole run, and more lanes than nets leave none empty', () => {
    expect(splitLab(config, 1)).toEqual([config]);
    expect(splitLab(config, 0)).toEqual([config]);
    expect(splitLab(config, 7).map(ids)).toEqual([['plain-30'], ['residual-30'], ['plain-8']]);
  });

  test('every net is in exactly one lane', () => {
    const many: LabConfig = { ...config, models: [net('a', 4), net('b', 40), net('c', 12), net('d', 40), net('e', 20)] };
    for (const k of [1, 2, 3, 4, 5]) {
      const lanes = splitLab(many, k);
      expect(lanes).toHaveLength(k);
      expect(lanes.flatMap(ids).sort()).toEqual(ids(many).sort());
      for (const lane of lanes) expect(lane.models.length).toBeGreaterThan(0);
    }
  });
});

describe('runStep', () => {
  test('is the slowest lane still training, and the last to stop once all have finished', () => {
    expect(runStep([{ step: 30, done: false }, { step: 10, done: false }])).toBe(10);
    expect(runStep([{ step: 50, done: true }, { step: 10, done: false }])).toBe(10);
    expect(runStep([{ step: 20, done: true }, { step: 40, done: false }])).toBe(40);
    expect(runStep([{ step: 20, done: true }, { step: 50, done: true }])).toBe(50);
    expect(runStep([])).toBe(0);
  });
});

describe('poolTiming', () => {
  test('is unknown until every lane has timed a chunk', () => {
    const times = addTimes({}, [{ modelId: 'plain-8', ms: 10, steps: 5 }]);
    expect(poolTiming(times, [['plain-8'], ['plain-30']])).toBeNull();
    expect(poolTiming({}, [])).toBeNull();
  });

  test('gives the mean per net step, as one worker did, and the wall time of a step as the slowest lane’s', () => {
    const times: NetTimes = {};
    addTimes(times, [
      { modelId: 'plain-8', ms: 10, steps: 5 },
      { modelId: 'plain-30', ms: 40, steps: 5 },
    ]);
    addTimes(times, [{ modelId: 'residual-30', ms: 45, steps: 5 }]);
    addTimes(times, [{ modelId: 'plain-8', ms: 10, steps: 5 }]);
    expect(times['plain-8']).toEqual({ ms: 20, steps: 10 });
    const t = poolTiming(times, [['plain-8', 'plain-30'], ['residual-30']])!;
    expect(t.msPerStep).toBeCloseTo(105 / 20);
    // Lane 1: 2 + 8 ms per step; lane 2: 9 ms per step.
    expect(t.msPerRunStep).toBeCloseTo(10);
    expect(poolTiming(times, [['plain-8', 'plain-30', 'residual-30']])!.msPerRunStep).toBeCloseTo(19);
  });
});

describe('mergeFinish', () => {
  test('puts the finals in the run’s net order, the divergences in the order they happened, and ends where the last lane stopped', () => {
    const order = ['plain-8', 'plain-30', 'residual-30'];
    const merged = mergeFinish(order, [
      { step: 50, finals: [{ modelId: 'residual-30', final: 3 }], diverged: [] },
      {
        step: 20,
        finals: [
          { modelId: 'plain-8', final: 1 },
          { modelId: 'plain-30', final: 2 },
        ],
        diverged: [
          { modelId: 'plain-30', step: 10, loss: Number.NaN },
          { modelId: 'plain-8', step: 20, loss: 99 },
        ],
      },
    ]);
    expect(merged.step).toBe(50);
    expect(merged.finals.map((f) => f.final)).toEqual([1, 2, 3]);
    expect(merged.diverged.map((d) => d.modelId)).toEqual(['plain-30', 'plain-8']);
    expect(mergeFinish(order, [{ step: 20, finals: [], diverged: [{ modelId: 'residual-30', step: 20, loss: 9 }, { modelId: 'plain-8', step: 20, loss: 9 }] }]).diverged.map((d) => d.modelId)).toEqual(['plain-8', 'residual-30']);
  });
});

describe('createStepMerge', () => {
  test('one lane passes every report straight through', () => {
    const merge = createStepMerge<string>(1);
    expect(merge.add(0, 0, ['a0'])).toEqual([{ step: 0, items: ['a0'] }]);
    expect(merge.reached(0, 10)).toEqual([]);
    expect(merge.add(0, 10, ['a10'])).toEqual([{ step: 10, items: ['a10'] }]);
  });

  test('a step is reported once every lane has reported it, in step order, whichever lane is ahead', () => {
    const merge = createStepMerge<string>(2);
    merge.reached(0, 0);
    expect(merge.add(0, 0, ['a0'])).toEqual([]);
    merge.reached(0, 10);
    expect(merge.add(0, 10, ['a10'])).toEqual([]);
    merge.reached(1, 0);
    expect(merge.add(1, 0, ['b0'])).toEqual([{ step: 0, items: ['a0', 'b0'] }]);
    expect(merge.reached(1, 10)).toEqual([]);
    expect(merge.add(1, 10, ['b10'])).toEqual([{ step: 10, items: ['a10', 'b10'] }]);
  });

  test('a lane whose nets stopped early reports where it stopped; its items join the next step every lane still training reports', () => {
    const merge = createStepMerge<string>(2);
    merge.add(0, 0, ['a0']);
    merge.add(1, 0, ['b0']);
    // Lane 0 stops at 13 and reports there; lane 1 never reports 13, it goes on to 20.
    merge.reached(0, 13);
    expect(merge.add(0, 13, ['a13'])).toEqual([]);
    expect(merge.finished(0)).toEqual([]);
    expect(merge.reached(1, 13)).toEqual([]);
    expect(merge.reached(1, 16)).toEqual([]);
    expect(merge.add(1, 20, ['b20'])).toEqual([{ step: 20, items: ['a13', 'b20'] }]);
    expect(merge.add(1, 30, ['b30'])).toEqual([{ step: 30, items: ['b30'] }]);
  });

  test('when every lane has finished, nothing is held back', () => {
    const merge = createStepMerge<string>(2);
    merge.add(0, 7, ['a7']);
    merge.reached(1, 9);
    expect(merge.finished(0)).toEqual([]);
    expect(merge.finished(1)).toEqual([{ step: 7, items: ['a7'] }]);
    const early = createStepMerge<string>(2);
    early.add(0, 7, ['a7']);
    early.reached(1, 9);
    early.add(1, 9, ['b9']);
    expect(early.finished(0)).toEqual([{ step: 9, items: ['a7', 'b9'] }]);
  });
});

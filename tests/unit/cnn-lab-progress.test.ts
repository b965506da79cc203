import { describe, expect, it } from 'vitest';
import { cnnRecordSteps, GRADIENT_IMAGES } from '~lib/cnn-lab/record';
import { announceCnn, cnnProgressLine, cnnSecondsLeft, cnnShareDone, cnnTotalWork, cnnWorkDone, estimateCnnMs, partialRecord, type CnnMeasurement } from '~lib/cnn-lab/progress';
import { cnnLab, type CnnLabSetup } from '~lib/cnn-lab/setup';
import { summariseCnnLab } from '~lib/cnn-lab/summary';

/** A small synthetic set-up: the shallow pair and ResNet-20, two seeds, 100 steps, measured every 50. */
const setup: CnnLabSetup = {
  ...cnnLab,
  nets: [
    { id: 'plain-8', n: 1, residual: false },
    { id: 'resnet-8', n: 1, residual: true },
    { id: 'resnet-20', n: 3, residual: true },
  ],
  steps: 100,
  recordEvery: 50,
  seeds: [1, 2],
};

describe('the CNN lab’s progress', () => {
  it('counts work as steps times layers, so a deep net’s step weighs more than a shallow one’s', () => {
    // (8 + 8 + 20) layers × 2 seeds × 100 steps.
    expect(cnnTotalWork(setup)).toBe(7200);
    expect(cnnWorkDone(setup, { netId: 'plain-8', seed: 1, step: 0 })).toBe(0);
    expect(cnnWorkDone(setup, { netId: 'plain-8', seed: 2, step: 50 })).toBe(8 * 150);
    expect(cnnWorkDone(setup, { netId: 'resnet-20', seed: 1, step: 30 })).toBe(3200 + 20 * 30);
    expect(cnnShareDone(setup, { netId: 'resnet-20', seed: 2, step: 100 })).toBe(1);
    expect(cnnShareDone(setup, { netId: 'no-such-net', seed: 1, step: 10 })).toBe(0);
  });

  it('names the net as P1 does, its step, which net and seed, and the time left at the pace so far', () => {
    // 3,200 + 600 = 3,800 units in 38 s: 10 ms each, 3,400 left.
    const where = { netId: 'resnet-20', seed: 1, step: 30, ms: 38_000 };
    expect(cnnSecondsLeft(setup, where)).toBeCloseTo(34);
    expect(cnnProgressLine(setup, where)).toBe('Training ResNet-20: step 30 of 100 (net 3 of 3, seed 1 of 2), about 30 s left.');
    const one = { ...setup, seeds: [1] };
    expect(cnnProgressLine(one, { netId: 'plain-8', seed: 1, step: 0, ms: 0 })).toBe('Training plain-8: step 0 of 100 (net 1 of 3).');
  });

  it('reaches the live region once per tenth of the work, never more often, and not at the end', () => {
    const said: number[] = [];
    let previous = null;
    for (const net of setup.nets) {
      for (const seed of setup.seeds) {
        for (let step = 0; step <= setup.steps; step += 7) {
          const where = { netId: net.id, seed, step: Math.min(step, setup.steps) };
          if (announceCnn(setup, previous, where)) said.push(cnnWorkDone(setup, where));
          previous = where;
        }
      }
    }
    expect(said).toHaveLength(9);
    said.forEach((w, i) => expect(Math.floor((10 * w) / cnnTotalWork(setup))).toBe(i + 1));
  });

  it('estimates a run from one timed step of its deepest net, with its error measurements', () => {
    // One seed of plain-8 and ResNet-20 for 100 steps, measured 3 times over 192 images (three
    // batches, a third of a step each) plus the gradient norms (GRADIENT_IMAGES, a step per batch).
    const small = { ...setup, nets: [setup.nets[0]!, setup.nets[2]!], seeds: [1], batch: 64 };
    expect(cnnRecordSteps(small)).toEqual([0, 50, 100]);
    const perRun = 100 + 3 * (1 + GRADIENT_IMAGES / 64);
    expect(estimateCnnMs(small, 20, 192)).toBeCloseTo((8 / 20) * 20 * perRun + 20 * perRun);
    // Twice the seeds, twice the time.
    expect(estimateCnnMs({ ...small, seeds: [1, 2] }, 20, 192)).toBeCloseTo(2 * estimateCnnMs(small, 20, 192));
  });
});

describe('partialRecord', () => {
  const m = (netId: string, seed: number, step: number, trainError: number): CnnMeasurement => ({ netId, seed, step, trainError, testError: trainError + 0.01, trainLoss: 2 * trainError });

  it('puts each measurement at its step and NaN everywhere else, for every net and seed of the set-up', () => {
    const record = partialRecord(setup, [m('plain-8', 1, 0, 0.9), m('plain-8', 1, 50, 0.2), m('plain-8', 2, 0, 0.88)], 'wasm');
    expect(record.steps).toEqual([0, 50, 100]);
    expect(record.backend).toBe('wasm');
    expect(record.nets.map((n) => n.id)).toEqual(['plain-8', 'resnet-8', 'resnet-20']);
    const plain = record.nets[0]!;
    expect(plain.runs.map((r) => r.seed)).toEqual([1, 2]);
    expect(plain.runs[0]!.trainError).toEqual([0.9, 0.2, Number.NaN]);
    expect(plain.runs[0]!.testError[1]).toBeCloseTo(0.21);
    expect(plain.runs[0]!.trainLoss[1]).toBeCloseTo(0.4);
    expect(plain.runs[1]!.trainError).toEqual([0.88, Number.NaN, Number.NaN]);
    expect(record.nets[2]!.runs.every((r) => r.trainError.every(Number.isNaN))).toBe(true);
    // Parameters come from the architecture description: the residual net of the same depth has the same (option A adds none).
    expect(record.nets[0]!.params).toBeGreaterThan(0);
    expect(record.nets[1]!.params).toBe(record.nets[0]!.params);
    expect(record.nets[2]!.params).toBeGreaterThan(record.nets[0]!.params);
  });

  it('ignores measurements of nets, seeds or steps the set-up does not have', () => {
    const record = partialRecord(setup, [m('plain-56', 1, 0, 0.5), m('plain-8', 9, 0, 0.5), m('plain-8', 1, 25, 0.5)], 'cpu');
    expect(record.nets.every((n) => n.runs.every((r) => r.trainError.every(Number.isNaN)))).toBe(true);
  });

  it('summarises as a finished run does once every point is in', () => {
    const all = setup.nets.flatMap((net) => setup.seeds.flatMap((seed) => [0, 50, 100].map((step) => m(net.id, seed, step, 0.5 - step / 1000 - seed / 100))));
    const summary = summariseCnnLab(setup, partialRecord(setup, all, 'webgl'));
    expect(summary.backend).toBe('webgl');
    expect(summary.rows.map((r) => r.label)).toEqual(['plain-8', 'ResNet-8', 'ResNet-20']);
    expect(summary.rows[0]!.finalTrainError).toBeCloseTo(0.4 - 0.015);
    // Mid-run: the net not started yet has NaN curves, not a crash.
    const half = summariseCnnLab(setup, partialRecord(setup, all.slice(0, 4), 'webgl'));
    expect(Number.isNaN(half.rows[2]!.finalTrainError)).toBe(true);
  });
});

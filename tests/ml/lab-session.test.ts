import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { splitLab } from '~lib/training-lab/lab-lanes';
import type { LabConfig } from '~lib/nets/lab';
import { makeSpec } from '~lib/nets/spec';
import type { LabPoint } from '~lib/training-lab/lab-record';
import { createLabSession } from '~ml/training-lab/lab-session';
import { runLab } from '~ml/training-lab/run-lab';
import { useTestBackend } from './helpers';

useTestBackend();

const small: LabConfig = {
  seed: 2,
  data: { n: 120, noise: 0.05, turns: 1.5, testFraction: 0.25 },
  models: [
    { id: 'plain-4', spec: makeSpec({ depth: 4, width: 8, shortcut: 'none', batchNorm: false }) },
    { id: 'plain-10', spec: makeSpec({ depth: 10, width: 8, shortcut: 'none', batchNorm: false }) },
    { id: 'residual-10', spec: makeSpec({ depth: 10, width: 8, shortcut: 'identity', batchNorm: false, zeroInitBranch: true }) },
  ],
  optimizer: { kind: 'adam', learningRate: 1e-2, decaySteps: [12], decayFactor: 0.1 },
  steps: 24,
  batchSize: null,
  recordEvery: 5,
};

/** P1's setting on the small nets: batch norm after every layer, SGD with momentum, minibatches. */
const p1: LabConfig = {
  ...small,
  models: small.models.map((m) => ({ ...m, spec: { ...m.spec, batchNorm: true } })),
  optimizer: { kind: 'momentum', learningRate: 0.05, momentum: 0.9, decaySteps: [12], decayFactor: 0.1 },
  batchSize: 32,
};

async function runToEnd(config: LabConfig) {
  const session = createLabSession(config);
  const points: LabPoint[] = [...(await session.start())];
  while (!session.finished) points.push(...(await session.advance()));
  const finals = await session.finals();
  return { session, points, finals };
}

describe('createLabSession', () => {
  it('runLab, which drives this session to the end, gathers exactly its points at the same steps and its final metrics', async () => {
    const record = await runLab(small);
    const { session, points, finals } = await runToEnd(small);
    session.dispose();
    for (const m of record.models) {
      const mine = points.filter((p) => p.modelId === m.id);
      expect(mine.map((p) => p.step)).toEqual(m.curves.step);
      expect(mine.map((p) => p.trainLoss)).toEqual(m.curves.trainLoss);
      expect(mine.map((p) => p.testAcc)).toEqual(m.curves.testAcc);
      expect(finals.find((f) => f.modelId === m.id)?.final).toEqual(m.final);
    }
    expect(session.step).toBe(small.steps);
    expect(session.msPerStep).toBeGreaterThan(0);
  });

  it('trains each net alone, as the worker pool does (one net per worker, or the nets of a lane), exactly as the whole run trains it', async () => {
    for (const config of [small, p1]) {
      const whole = await runToEnd(config);
      whole.session.dispose();
      for (const lanes of [splitLab(config, config.models.length), splitLab(config, 2)]) {
        expect(lanes.flatMap((l) => l.models.map((m) => m.id)).sort()).toEqual(config.models.map((m) => m.id).sort());
        for (const lane of lanes) {
          const alone = await runToEnd(lane);
          alone.session.dispose();
          const ids = lane.models.map((m) => m.id);
          expect(alone.points).toEqual(whole.points.filter((p) => ids.includes(p.modelId)));
          expect(alone.finals).toEqual(whole.finals.filter((f) => ids.includes(f.modelId)));
          expect(alone.session.step).toBe(whole.session.step);
        }
      }
      // Not a vacuous comparison: the nets did train.
      for (const m of config.models) {
        const losses = whole.points.filter((p) => p.modelId === m.id).map((p) => p.trainLoss);
        expect(losses.at(-1)).not.toBe(losses[0]);
      }
    }
  });

  it('trained in slices of a time budget, as the worker trains it, gives exactly the points, chunk timings and finals of whole chunks; its progress moves inside a chunk', async () => {
    for (const config of [small, p1]) {
      const whole = await runToEnd(config);
      whole.session.dispose();
      const session = createLabSession(config);
      const points: LabPoint[] = [...(await session.start())];
      const inside: number[] = [];
      while (!session.finished) {
        const mark = session.step;
        // A zero budget is the finest slicing: one step of one net per call, the net furthest behind first.
        const got = await session.work(0);
        if (got === null) {
          expect(session.step).toBe(mark);
          expect(session.progress).toBeGreaterThanOrEqual(mark);
          expect(session.progress).toBeLessThan(mark + config.recordEvery);
          inside.push(session.progress);
        } else {
          points.push(...got);
          expect(session.lastChunk.map((t) => [t.modelId, t.steps])).toEqual(config.models.map((m) => [m.id, session.step - mark]));
          expect(session.progress).toBe(session.step);
        }
      }
      expect(points).toEqual(whole.points);
      expect(await session.finals()).toEqual(whole.finals);
      session.dispose();
      // Not vacuous: the progress was seen between the marks.
      expect(inside.some((s) => s % config.recordEvery !== 0)).toBe(true);
    }
  });

  it('stops every net whose loss explodes, says which and where, and frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const wild: LabConfig = { ...small, optimizer: { kind: 'sgd', learningRate: 50 }, steps: 200 };
    const { session, points } = await runToEnd(wild);
    expect(session.diverged.map((d) => d.modelId).sort()).toEqual(wild.models.map((m) => m.id).sort());
    expect(session.step).toBeLessThan(wild.steps);
    for (const d of session.diverged) {
      const at = points.find((p) => p.modelId === d.modelId && p.step === d.step);
      expect(at && (!Number.isFinite(at.trainLoss) || at.trainLoss > 1)).toBe(true);
    }
    expect(await session.advance()).toEqual([]);
    session.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });

  it('stops only the net that diverges: the others train to the last step', async () => {
    // At SGD's learning rate 1 on these data (seed 2, WASM), the deep linear net without BN
    // explodes within 40 steps and the two ReLU nets train on.
    const mixed: LabConfig = {
      ...small,
      models: [
        { id: 'bn-4', spec: makeSpec({ depth: 4, width: 8, shortcut: 'none', batchNorm: true }) },
        { id: 'linear-10', spec: makeSpec({ depth: 10, width: 8, shortcut: 'none', batchNorm: false, activation: 'linear' }) },
        { id: 'nobn-10', spec: makeSpec({ depth: 10, width: 8, shortcut: 'none', batchNorm: false }) },
      ],
      optimizer: { kind: 'sgd', learningRate: 1 },
      steps: 40,
    };
    const { session, points } = await runToEnd(mixed);
    session.dispose();
    expect(session.diverged.map((d) => d.modelId)).toEqual(['linear-10']);
    expect(session.step).toBe(mixed.steps);
    for (const id of ['bn-4', 'nobn-10']) expect(points.filter((p) => p.modelId === id).at(-1)?.step).toBe(mixed.steps);
    expect(points.filter((p) => p.modelId === 'linear-10').at(-1)!.step).toBeLessThan(mixed.steps);
  });

  it('measures the gradient norm at every unit boundary of every net still training', async () => {
    const session = createLabSession(small);
    await session.start();
    const before = tf.memory().numTensors;
    const gradients = await session.gradients();
    expect(tf.memory().numTensors).toBe(before);
    session.dispose();
    expect(gradients.map((g) => g.modelId)).toEqual(small.models.map((m) => m.id));
    gradients.forEach((g, i) => {
      expect(g.norms).toHaveLength(small.models[i]!.spec.depth / 2 + 1);
      for (const n of g.norms) expect(n).toBeGreaterThan(0);
    });
  });

  it('keeps the tensor count flat from chunk to chunk (grids and finals included) and returns to the baseline after dispose', async () => {
    const before = tf.memory().numTensors;
    const session = createLabSession({ ...small, steps: 60 });
    await session.start();
    await session.advance();
    const afterFirst = tf.memory().numTensors;
    while (!session.finished) {
      await session.advance();
      await session.grids({ resolution: 6 });
      expect(tf.memory().numTensors).toBe(afterFirst);
    }
    await session.finals();
    expect(tf.memory().numTensors).toBe(afterFirst);
    session.dispose();
    session.dispose();
    expect(tf.memory().numTensors).toBe(before);
    await expect(session.advance()).rejects.toThrow(/disposed/);
  });

  it('measures decision grids of the requested resolution for every net', async () => {
    const session = createLabSession(small);
    const grids = await session.grids({ resolution: 5 });
    session.dispose();
    expect(grids.map((g) => g.modelId)).toEqual(small.models.map((m) => m.id));
    for (const g of grids) expect(g.probs).toHaveLength(25);
  });
});

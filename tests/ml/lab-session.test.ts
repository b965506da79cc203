import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { LabConfig } from '~lib/nets/lab';
import { makeSpec } from '~lib/nets/spec';
import { createLabSession, type SessionPoint } from '~ml/lab-session';
import { runLab } from '~ml/run-lab';
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

async function runToEnd(config: LabConfig) {
  const session = createLabSession(config);
  const points: SessionPoint[] = [...(await session.start())];
  while (!session.finished) points.push(...(await session.advance()));
  const finals = await session.finals();
  return { session, points, finals };
}

describe('createLabSession', () => {
  it('trains exactly what runLab trains: the same points at the same steps and the same final metrics', async () => {
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

  it('stops after the chunk in which a loss explodes, says which net and where, and frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const wild: LabConfig = { ...small, optimizer: { kind: 'sgd', learningRate: 50 }, steps: 200 };
    const { session, points } = await runToEnd(wild);
    expect(session.diverged).not.toBeNull();
    expect(session.step).toBeLessThan(wild.steps);
    const at = points.find((p) => p.modelId === session.diverged!.modelId && p.step === session.diverged!.step);
    expect(at && (!Number.isFinite(at.trainLoss) || at.trainLoss > 1)).toBe(true);
    expect(await session.advance()).toEqual([]);
    session.dispose();
    expect(tf.memory().numTensors).toBe(before);
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

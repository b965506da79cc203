import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import type { LabConfig } from '~lib/nets/lab';
import { makeSpec } from '~lib/nets/spec';
import { createRng } from '~lib/random';
import { buildModel } from '~ml/build-model';
import { decisionGrid } from '~ml/evaluate';
import { runLab } from '~ml/training-lab/run-lab';
import { useTestBackend } from './helpers';

useTestBackend();

const small: LabConfig = {
  seed: 4,
  data: { n: 120, noise: 0.05, turns: 1.5, testFraction: 0.25 },
  models: [
    { id: 'plain-4', spec: makeSpec({ depth: 4, width: 8, shortcut: 'none', batchNorm: true }) },
    { id: 'dropout-6', spec: makeSpec({ depth: 6, width: 8, shortcut: 'dropout', dropP: 0.2, batchNorm: true }) },
  ],
  optimizer: { kind: 'adam', learningRate: 1e-2 },
  steps: 30,
  batchSize: 32,
  recordEvery: 10,
};

describe('runLab', () => {
  it('gives identical records for the same seed on one backend', async () => {
    const a = await runLab(small);
    const b = await runLab(small);
    expect(a).toEqual(b);
  });

  it('gives a different run for a different seed', async () => {
    const a = await runLab(small);
    const b = await runLab({ ...small, seed: 5 });
    expect(a.models[0]?.final).not.toEqual(b.models[0]?.final);
  });

  it('records plain numbers at step 0, every recordEvery steps and at the end, and frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const chunks: number[] = [];
    const rec = await runLab({ ...small, steps: 25 }, { onChunk: (step) => chunks.push(step) });
    expect(tf.memory().numTensors).toBe(before);
    for (const m of rec.models) {
      expect(m.curves.step).toEqual([0, 10, 20, 25]);
      expect(m.curves.trainLoss).toHaveLength(4);
      expect(m.curves.testAcc.every((a) => a >= 0 && a <= 1)).toBe(true);
      expect(m.params).toBeGreaterThan(0);
      expect(m.final).not.toBeNull();
      expect(m.grid).not.toBeNull();
    }
    expect(rec.step).toBe(25);
    expect(chunks).toEqual([10, 20, 25]);
    expect(JSON.parse(JSON.stringify(rec))).toEqual(rec);
  });

  it('stops early when aborted and reports the steps taken', async () => {
    const controller = new AbortController();
    const rec = await runLab(small, { onChunk: (step) => step >= 10 && controller.abort(), signal: controller.signal });
    expect(rec.step).toBe(10);
  });
});

describe('decisionGrid', () => {
  it('returns resolution² probabilities, top row first, the same for the same seed', async () => {
    const grid = async () => {
      const model = buildModel(makeSpec({ depth: 4, width: 8 }), createRng(2));
      const g = await decisionGrid(model, { resolution: 5, extent: [-1, 1, -1, 1] });
      model.dispose();
      return g;
    };
    const g = await grid();
    expect(g).toHaveLength(25);
    expect(g.every((p) => p >= 0 && p <= 1)).toBe(true);
    expect(await grid()).toEqual(g);
  });
});

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { labNet } from '~lib/nets/lab';
import { createRng, deriveSeed } from '~lib/random';
import { segment } from '~lib/later-work/shattering';
import { recordedShattering } from '~lib/recorded/shattering';
import { buildModel } from '~ml/build-model';
import { loadPair } from '~ml/later-work/load-pair';
import { gradientAlong, measureShattering } from '~ml/later-work/shattering';
import { useTestBackend } from './helpers';

useTestBackend();

describe('the gradient along the segment', () => {
  it('equals the finite-difference slope of logit 1 − logit 0 along the segment (inference mode, so points are independent)', async () => {
    const model = buildModel(labNet(8, true).spec, createRng(deriveSeed(3, 'init')));
    try {
      // An even count keeps the points off the origin, where every pre-activation of this bias-free net is 0 (a kink).
      const n = 8;
      const g = await gradientAlong(model, 3, n, false);
      const { points, direction } = segment(3, n);
      const h = 1e-2;
      const margin = (shift: number) =>
        tf.tidy(() => {
          const x = tf.add(tf.tensor2d(points, [n, 2]), tf.mul(tf.tensor2d([direction], [1, 2]), shift));
          const z = model.forward(x as tf.Tensor2D, { training: false });
          return Array.from(tf.sub(tf.slice(z, [0, 1], [n, 1]), tf.slice(z, [0, 0], [n, 1])).dataSync());
        });
      const [up, down] = [margin(h), margin(-h)];
      for (let i = 0; i < n; i++) expect(g[i]).toBeCloseTo((up[i]! - down[i]!) / (2 * h), 1);
    } finally {
      model.dispose();
    }
  });
});

describe('the recorded measurement (src/lib/recorded/shattering.json)', () => {
  it('reproduces: the same seeds give the same correlations at 2, 14 and 56 layers, and on the recorded trained pair', async () => {
    const record = recordedShattering();
    const loaded = await loadPair(null);
    try {
      const again = await measureShattering(
        { firstSeed: record.firstSeed, seeds: record.seeds, depths: [2, 14, 56], points: record.points },
        {},
        {
          built: loaded.built,
          source: 'recorded',
          step: loaded.pair.step,
        },
      );
      for (const row of again.init) {
        const was = record.init.find((r) => r.kind === row.kind && r.depth === row.depth)!;
        row.correlation.forEach((c, i) => expect(c).toBeCloseTo(was.correlation[i]!, 2));
      }
      expect(again.trained!.plain).toBeCloseTo(record.trained!.plain, 2);
      expect(again.trained!.residual).toBeCloseTo(record.trained!.residual, 2);
    } finally {
      loaded.built.dispose();
    }
  });

  it('stops between two nets when its signal aborts, and frees every tensor it made', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    let heard = 0;
    const run = measureShattering(
      { firstSeed: 1, seeds: 5, depths: [2, 8], points: 64 },
      {
        signal: controller.signal,
        onProgress: (done) => {
          heard = done;
          if (done === 3) controller.abort();
        },
      },
    );
    await expect(run).rejects.toThrow('cancelled');
    expect(heard).toBe(3);
    expect(tf.memory().numTensors).toBe(before);
  });
});

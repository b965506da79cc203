import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { ablationSetups, shortcutAblation, type AblationSetup } from '~lib/ablation/setup';
import { seedsWhereBetter } from '~lib/ablation/summary';
import { recordedAblation } from '~lib/recorded/ablation';
import { runAblation } from '~ml/run-ablation';
import { useTestBackend } from './helpers';

useTestBackend();

/** The canonical set-up reduced to the given variants and seeds (nothing else changes). */
const subset = (setup: AblationSetup, ids: string[], seeds: number[]): AblationSetup => ({
  ...setup,
  seeds,
  variants: setup.variants.filter((v) => ids.includes(v.id)),
});

describe('the recorded ablations', () => {
  it('reproduce: re-running identity, λ = 0.5 and dropout on seed 1 gives the recorded curves', async () => {
    const ids = ['identity', 'scale-f1', 'dropout'];
    const again = await runAblation(subset(shortcutAblation, ids, [1]));
    const recorded = recordedAblation('shortcuts');
    for (const id of ids) {
      const want = recorded.variants.find((v) => v.id === id)!.runs.find((r) => r.seed === 1)!;
      const got = again.variants.find((v) => v.id === id)!.runs[0]!;
      got.trainLoss.forEach((l, i) => expect(Math.abs(l - want.trainLoss[i]!), `${id} step ${again.steps[i]}`).toBeLessThanOrEqual(1e-4 + 1e-3 * want.trainLoss[i]!));
      expect(got.final.testAcc).toBeCloseTo(want.final.testAcc, 5);
    }
  }, 300_000);

  it('show identity beating constant scaling λ = 0.5 (F unscaled) on every seed, as P2 Table 1 does', () => {
    const record = recordedAblation('shortcuts');
    expect(seedsWhereBetter(record, 'identity', 'scale-f1')).toEqual(shortcutAblation.seeds);
  });

  it('show identity beating the dropout shortcut on every seed, as P2 Table 1 does', () => {
    const record = recordedAblation('shortcuts');
    expect(seedsWhereBetter(record, 'identity', 'dropout')).toEqual(shortcutAblation.seeds);
  });
});

describe('runAblation', () => {
  for (const kind of ['shortcuts', 'activations'] as const) {
    it(`trains every ${kind} variant a few steps to finite losses without leaking tensors`, async () => {
      const short: AblationSetup = { ...ablationSetups[kind], steps: 4, recordEvery: 2, seeds: [7, 8] };
      const before = tf.memory().numTensors;
      const record = await runAblation(short);
      expect(tf.memory().numTensors).toBe(before);
      expect(record.steps).toEqual([0, 2, 4]);
      for (const v of record.variants) {
        expect(v.runs.map((r) => r.seed)).toEqual([7, 8]);
        for (const r of v.runs) expect(r.trainLoss.every(Number.isFinite), `${v.id}: ${r.trainLoss}`).toBe(true);
      }
    });
  }

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const run = runAblation(shortcutAblation, { signal: controller.signal, onProgress: (p) => (p.step >= 20 ? controller.abort() : undefined) });
    await expect(run).rejects.toThrow(/stopped/);
  });
});

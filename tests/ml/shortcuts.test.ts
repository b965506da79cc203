import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { makeSpec, type MlpSpec } from '~lib/nets/spec';
import { createRng } from '~lib/random';
import { buildModel, dropShortcut } from '~ml/build-model';
import { readAndDispose, tinySpirals, useTestBackend } from './helpers';

useTestBackend();

const data = tinySpirals(32);

/** Inference-mode logits of a freshly built net (seed 8). */
async function logits(o: Partial<MlpSpec>): Promise<number[]> {
  const model = buildModel(makeSpec({ depth: 6, width: 8, batchNorm: false, ...o }), createRng(8));
  const out = tf.tidy(() => model.forward(tf.tensor2d(data.x, [data.n, 2]), { training: false }));
  model.dispose();
  return Array.from(await readAndDispose(out));
}

const close = (a: number[], b: number[], tol: number) => {
  expect(a.length).toBe(b.length);
  a.forEach((v, i) => expect(Math.abs(v - (b[i] as number))).toBeLessThanOrEqual(tol * (1 + Math.abs(b[i] as number))));
};

describe('constant scaling shortcut (P2 Fig. 2b)', () => {
  it('with λ = 0 is exactly the plain net of the same seed', async () => {
    expect(await logits({ shortcut: 'scaling', lambda: 0 })).toEqual(await logits({ shortcut: 'none' }));
  });

  it('with λ = 1 and a (1 − λ)-scaled branch is exactly the zero-initialised identity net', async () => {
    expect(await logits({ shortcut: 'scaling', lambda: 1, scaleBranch: true })).toEqual(
      await logits({ shortcut: 'identity', zeroInitBranch: true }),
    );
  });

  it('scales a linear net with zero-initialised branches by λ per unit: logits_λ = λ^units · logits_1', async () => {
    const o = { shortcut: 'scaling', placement: 'fullPreact', activation: 'linear', zeroInitBranch: true } as const;
    const one = await logits({ ...o, lambda: 1 });
    const scaled = await logits({ ...o, lambda: 0.8 });
    close(scaled, one.map((v) => v * 0.8 ** 3), 1e-5);
  });
});

describe('dropout shortcut (P2 Fig. 2f)', () => {
  it('at inference multiplies the shortcut by 1 − p, i.e. equals constant scaling with λ = 1 − p', async () => {
    expect(await logits({ shortcut: 'dropout', dropP: 0.25 })).toEqual(await logits({ shortcut: 'scaling', lambda: 0.75 }));
  });

  it('in training keeps each element with probability 1 − p without rescaling (not inverted dropout)', async () => {
    const p = 0.3;
    const x = tf.fill([200, 50], 2) as tf.Tensor2D;
    const out = Array.from(await readAndDispose(tf.tidy(() => dropShortcut(x, p, { training: true, rng: createRng(1) }))));
    x.dispose();
    expect(new Set(out)).toEqual(new Set([0, 2]));
    const kept = out.filter((v) => v === 2).length / out.length;
    expect(Math.abs(kept - (1 - p))).toBeLessThan(0.02);
  });

  it('draws its masks from the rng it is given, so a seed repeats them', async () => {
    const x = tf.ones([10, 10]) as tf.Tensor2D;
    const mask = (seed: number) => readAndDispose(tf.tidy(() => dropShortcut(x, 0.5, { training: true, rng: createRng(seed) })));
    expect(await mask(3)).toEqual(await mask(3));
    expect(await mask(3)).not.toEqual(await mask(4));
    expect(() => tf.tidy(() => dropShortcut(x, 0.5, { training: true }))).toThrow(/rng/);
    x.dispose();
  });
});

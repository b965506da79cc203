import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '~lib/random';
import { useBackend } from '~ml/backend';
import { conv2dSame, optionAShortcut, subsample2, tfConv2dSame as reference } from '~ml/conv';
import { TEST_BACKEND, useTestBackend } from './helpers';

useTestBackend();
afterAll(async () => {
  await useBackend(TEST_BACKEND);
});

const random = (shape: number[], seed: number) => {
  const rng = createRng(seed);
  return tf.tensor(Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => rng.normal(0, 1)), shape);
};
const maxAbsDiff = (a: ArrayLike<number>, b: ArrayLike<number>) => Array.from(a).reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);

const CASES = [
  { k: 3, stride: 1, x: [2, 6, 6, 3], o: 4 },
  { k: 1, stride: 1, x: [2, 6, 6, 3], o: 5 },
  { k: 3, stride: 2, x: [2, 8, 8, 4], o: 6 },
  { k: 1, stride: 2, x: [3, 4, 4, 2], o: 3 },
] as const;

describe('conv2dSame: a convolution from pad, slice, concat and matMul', () => {
  for (const { k, stride, x: xs, o } of CASES) {
    const label = `${k}×${k}, stride ${stride}, input ${xs.join('×')} → ${o} channels`;

    it(`equals tf.conv2d forward (${label})`, async () => {
      const x = random([...xs], 1) as tf.Tensor4D;
      const w = random([k, k, xs[3], o], 2) as tf.Tensor4D;
      const ours = conv2dSame(x, w, stride);
      const theirs = reference(x, w, stride);
      expect(ours.shape).toEqual(theirs.shape);
      expect(maxAbsDiff(await ours.data(), await theirs.data())).toBeLessThan(1e-4);
      tf.dispose([x, w, ours, theirs]);
    });

    it(`has tf.conv2d's gradients, and trains on ${TEST_BACKEND}, where tf.conv2d cannot (${label})`, async () => {
      // Reference gradients from the cpu backend, which has Conv2DBackpropFilter and Conv2DBackpropInput.
      const gradsOf = (conv: typeof conv2dSame | typeof reference) =>
        tf.tidy(() => {
          const x = random([...xs], 1) as tf.Tensor4D;
          const w = random([k, k, xs[3], o], 2) as tf.Tensor4D;
          const outShape = conv(x, w, stride).shape;
          const r = random(outShape, 3);
          const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => conv(a as tf.Tensor4D, b as tf.Tensor4D, stride).mul(r).sum())([x, w]);
          return [gx!.dataSync().slice(), gw!.dataSync().slice()];
        });
      await useBackend('cpu');
      const [refX, refW] = gradsOf(reference);
      await useBackend(TEST_BACKEND);
      const [ourX, ourW] = gradsOf(conv2dSame);
      expect(maxAbsDiff(ourX!, refX!)).toBeLessThan(1e-3);
      expect(maxAbsDiff(ourW!, refW!)).toBeLessThan(1e-3);
    });
  }

  it('matches central finite differences on the kernel and the input', () => {
    // sum(conv(x, w) · r) is linear in each of x and w, so a central difference is exact up to rounding.
    const x = random([1, 4, 4, 2], 4) as tf.Tensor4D;
    const w = random([3, 3, 2, 3], 5) as tf.Tensor4D;
    const r = random([1, 4, 4, 3], 6);
    const loss = (a: tf.Tensor4D, b: tf.Tensor4D) => tf.tidy(() => conv2dSame(a, b).mul(r).sum().dataSync()[0] as number);
    const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => conv2dSame(a as tf.Tensor4D, b as tf.Tensor4D).mul(r).sum())([x, w]);
    const h = 0.05;
    const nudge = (t: tf.Tensor4D, i: number, by: number) => {
      const v = t.dataSync().slice();
      v[i]! += by;
      return tf.tensor4d(v, t.shape);
    };
    for (const [t, g, other, isKernel] of [
      [w, gw!, x, true],
      [x, gx!, w, false],
    ] as const) {
      const grad = g.dataSync();
      for (const i of [0, 7, 13, t.size - 1]) {
        const plus = nudge(t, i, h);
        const minus = nudge(t, i, -h);
        const fd = isKernel ? (loss(other, plus) - loss(other, minus)) / (2 * h) : (loss(plus, other) - loss(minus, other)) / (2 * h);
        expect(Math.abs(fd - (grad[i] as number))).toBeLessThan(2e-3 + 1e-3 * Math.abs(fd));
        tf.dispose([plus, minus]);
      }
    }
    tf.dispose([x, w, r, gx!, gw!]);
  });

  it('refuses kernels and maps it cannot convolve, with the reason', () => {
    const x = tf.zeros([1, 3, 3, 2]) as tf.Tensor4D;
    expect(() => conv2dSame(x, tf.zeros([2, 2, 2, 1]) as tf.Tensor4D)).toThrow(/odd square kernel/);
    expect(() => conv2dSame(x, tf.zeros([3, 3, 4, 1]) as tf.Tensor4D)).toThrow(/4 input channels/);
    expect(() => conv2dSame(x, tf.zeros([3, 3, 2, 1]) as tf.Tensor4D, 2)).toThrow(/even map/);
    x.dispose();
  });
});

describe('option A shortcut (P1 Sec. 3.3): subsample by 2, pad channels with zeros', () => {
  it('keeps rows and columns 0, 2, 4, … and adds zero channels', async () => {
    const x = tf.tensor4d(
      Array.from({ length: 4 * 4 * 2 }, (_, i) => i),
      [1, 4, 4, 2],
    );
    const s = subsample2(x);
    expect(s.shape).toEqual([1, 2, 2, 2]);
    // Rows 0 and 2, columns 0 and 2: flat index (row·4 + col)·2 + channel.
    expect(Array.from(await s.data())).toEqual([0, 1, 4, 5, 16, 17, 20, 21]);
    const a = optionAShortcut(x, 4);
    expect(a.shape).toEqual([1, 2, 2, 4]);
    expect(Array.from(await a.data())).toEqual([0, 1, 0, 0, 4, 5, 0, 0, 16, 17, 0, 0, 20, 21, 0, 0]);
    expect(() => optionAShortcut(x, 1)).toThrow(/cannot shrink/);
    tf.dispose([x, s, a]);
  });
});

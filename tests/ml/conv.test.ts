import * as tf from '@tensorflow/tfjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createRng } from '~lib/random';
import { useBackend } from '~ml/backend';
import { conv, createWindowMatrices, fromMaps, kernelFromHwio, kernelToHwio, optionAShortcut, tfConv, toMaps, windowMatrix, type WindowMatrices } from '~ml/conv';
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

// Maps are channels-first [C, N, H, W]; kernels [O, C·k·k].
const CASES = [
  { k: 3, stride: 1, x: [3, 2, 6, 6], o: 4 },
  { k: 1, stride: 1, x: [3, 2, 6, 6], o: 5 },
  { k: 3, stride: 2, x: [4, 2, 8, 8], o: 6 },
  { k: 1, stride: 2, x: [2, 3, 4, 4], o: 3 },
] as const;

type Convolve = (x: tf.Tensor4D, w: tf.Tensor2D, k: number, stride: 1 | 2) => tf.Tensor4D;
const ours =
  (windows: WindowMatrices): Convolve =>
  (x, w, k, stride) =>
    conv(x, w, k, stride, windows);

describe('conv: a convolution from two matrix products and a transpose, on channels-first maps', () => {
  const windows = createWindowMatrices();
  afterAll(() => windows.dispose());

  for (const { k, stride, x: xs, o } of CASES) {
    const label = `${k}×${k}, stride ${stride}, input ${xs.join('×')} → ${o} channels`;

    it(`equals tf.conv2d forward (${label})`, async () => {
      const x = random([...xs], 1) as tf.Tensor4D;
      const w = random([o, xs[0] * k * k], 2) as tf.Tensor2D;
      const a = ours(windows)(x, w, k, stride);
      const b = tfConv(x, w, k, stride);
      expect(a.shape).toEqual(b.shape);
      expect(maxAbsDiff(await a.data(), await b.data())).toBeLessThan(1e-4);
      tf.dispose([x, w, a, b]);
    });

    it(`has tf.conv2d's gradients, and trains on ${TEST_BACKEND}, where tf.conv2d cannot (${label})`, async () => {
      // Reference gradients from the cpu backend, which has Conv2DBackpropFilter and Conv2DBackpropInput.
      const gradsOf = (convolve: Convolve) =>
        tf.tidy(() => {
          const x = random([...xs], 1) as tf.Tensor4D;
          const w = random([o, xs[0] * k * k], 2) as tf.Tensor2D;
          const r = random(convolve(x, w, k, stride).shape, 3);
          const [gx, gw] = tf.grads((a: tf.Tensor, b: tf.Tensor) => convolve(a as tf.Tensor4D, b as tf.Tensor2D, k, stride).mul(r).sum())([x, w]);
          return [gx!.dataSync().slice(), gw!.dataSync().slice()];
        });
      await useBackend('cpu');
      const [refX, refW] = gradsOf(tfConv);
      await useBackend(TEST_BACKEND);
      const local = createWindowMatrices();
      const [ourX, ourW] = gradsOf(ours(local));
      local.dispose();
      expect(maxAbsDiff(ourX!, refX!)).toBeLessThan(1e-3);
      expect(maxAbsDiff(ourW!, refW!)).toBeLessThan(1e-3);
    });
  }

  it('matches central finite differences on the kernel and the input', () => {
    // sum(conv(x, w) · r) is linear in each of x and w, so a central difference is exact up to rounding.
    const x = random([2, 1, 4, 4], 4) as tf.Tensor4D;
    const w = random([3, 18], 5) as tf.Tensor2D;
    const r = random([3, 1, 4, 4], 6);
    const f = (a: tf.Tensor, b: tf.Tensor) => conv(a as tf.Tensor4D, b as tf.Tensor2D, 3, 1, windows).mul(r).sum();
    const loss = (a: tf.Tensor, b: tf.Tensor) => tf.tidy(() => f(a, b).dataSync()[0] as number);
    const [gx, gw] = tf.grads(f)([x, w]);
    const h = 0.05;
    const nudge = (t: tf.Tensor, i: number, by: number) => {
      const v = t.dataSync().slice();
      v[i]! += by;
      return tf.tensor(v, t.shape);
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
    const x = tf.zeros([2, 1, 3, 3]) as tf.Tensor4D;
    expect(() => windowMatrix(3, 3, 2, 1)).toThrow(/odd kernel/);
    expect(() => conv(x, tf.zeros([1, 36]) as tf.Tensor2D, 3, 1, windows)).toThrow(/4 input channels/);
    expect(() => conv(x, tf.zeros([1, 18]) as tf.Tensor2D, 3, 2, windows)).toThrow(/even map/);
    x.dispose();
  });

  it('frees what a forward and backward pass make, and its window matrices with the net', () => {
    const local = createWindowMatrices();
    const x = random([2, 3, 8, 8], 7) as tf.Tensor4D;
    const w = random([4, 18], 8) as tf.Tensor2D;
    const f = (a: tf.Tensor, b: tf.Tensor) => conv(a as tf.Tensor4D, b as tf.Tensor2D, 3, 2, local).sum();
    tf.dispose(tf.grads(f)([x, w])); // the first pass makes the window matrix and its transpose
    const before = tf.memory().numTensors;
    tf.dispose(tf.grads(f)([x, w]));
    expect(tf.memory().numTensors).toBe(before);
    local.dispose();
    expect(tf.memory().numTensors).toBe(before - 2);
    tf.dispose([x, w]);
  });
});

describe('layouts: images and tf.conv2d kernels to the lab’s and back', () => {
  it('round-trips NHWC images through CNHW maps and [k, k, C, O] kernels through [O, C·k·k]', async () => {
    const images = random([2, 3, 3, 4], 10) as tf.Tensor4D;
    const kernel = random([3, 3, 4, 5], 11) as tf.Tensor4D;
    const maps = toMaps(images);
    expect(maps.shape).toEqual([4, 2, 3, 3]);
    // Channel 1 of image 0 at row 2, column 1.
    expect((await maps.array())[1]![0]![2]![1]).toBeCloseTo((await images.array())[0]![2]![1]![1]!, 6);
    expect(maxAbsDiff(await fromMaps(maps).data(), await images.data())).toBe(0);
    const lab = kernelFromHwio(kernel);
    expect(lab.shape).toEqual([5, 36]);
    expect(maxAbsDiff(await kernelToHwio(lab, 3).data(), await kernel.data())).toBe(0);
    tf.dispose([images, kernel, maps, lab]);
  });
});

describe('option A shortcut (P1 Sec. 3.3): subsample by 2, pad channels with zeros', () => {
  it('keeps rows and columns 0, 2, 4, … and adds zero channels', async () => {
    const windows = createWindowMatrices();
    // One image, 2 channels of a 4×4 map: value = channel·100 + row·4 + column.
    const x = tf.tensor4d(
      Array.from({ length: 2 * 16 }, (_, i) => Math.floor(i / 16) * 100 + (i % 16)),
      [2, 1, 4, 4],
    );
    const a = optionAShortcut(x, 4, windows);
    expect(a.shape).toEqual([4, 1, 2, 2]);
    // Rows 0 and 2, columns 0 and 2 of each channel, then two channels of zeros.
    expect(Array.from(await a.data())).toEqual([0, 2, 8, 10, 100, 102, 108, 110, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(() => optionAShortcut(x, 1, windows)).toThrow(/cannot shrink/);
    tf.dispose([x, a]);
    windows.dispose();
  });

  it('samples the same pixels as the stride-2 convolution beside it', async () => {
    const windows = createWindowMatrices();
    const x = random([3, 2, 8, 8], 9) as tf.Tensor4D;
    // A 1×1 identity kernel at stride 2 is exactly the subsampling.
    const identity = tf.eye(3) as tf.Tensor2D;
    const a = optionAShortcut(x, 3, windows);
    const b = conv(x, identity, 1, 2, windows);
    expect(maxAbsDiff(await a.data(), await b.data())).toBe(0);
    tf.dispose([x, identity, a, b]);
    windows.dispose();
  });
});

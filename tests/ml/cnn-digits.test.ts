import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { cifarResNet } from '~lib/arch/cifar';
import { decodeDigits, DIGITS_MAX_VALUE, splitDigits, type DigitSet } from '~lib/data/digits';
import { createRng } from '~lib/random';
import { buildCnn } from '~ml/cnn';
import { crossEntropy } from '~ml/layers';
import { useTestBackend } from './helpers';

useTestBackend();

// The CNN lab's pieces together (issue 16): the shipped digits, the split every reader gets, a
// 6n+2 net from the architecture description, and the trainable convolution. Not a result of the
// lab's: a check that the pieces fit and learn from real images.
const file = readFileSync(new URL('../../public/data/digits-8x8.bin', import.meta.url));
const { train, test } = splitDigits(decodeDigits(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)));

const images = (set: DigitSet, idx: readonly number[]) =>
  tf.tensor4d(
    idx.flatMap((i) => Array.from(set.pixels.subarray(i * 64, i * 64 + 64), (p) => p / DIGITS_MAX_VALUE)),
    [idx.length, 8, 8, 1],
  );
const labels = (set: DigitSet, idx: readonly number[]) =>
  tf.tensor1d(
    idx.map((i) => set.labels[i]!),
    'int32',
  );

describe('a ResNet-8 at the CNN lab’s scale on the shipped 8×8 digits', () => {
  it('learns them: after 120 steps of SGD on the training images, test error is far below chance (90 %)', async () => {
    const net = cifarResNet(1, { option: 'A', scale: { input: { height: 8, width: 8, channels: 1 }, widths: [8, 16, 32], classes: 10, dataset: 'digits' } });
    const model = buildCnn(net, createRng(7));
    const rng = createRng(8);
    const sgd = tf.train.momentum(0.05, 0.9);
    for (let step = 0; step < 120; step++) {
      const idx = Array.from({ length: 32 }, () => rng.int(train.count));
      tf.tidy(() => {
        const x = images(train, idx);
        const y = labels(train, idx);
        sgd.minimize(() => crossEntropy(model.forward(x, { training: true }), y), false, model.trainable);
      });
    }
    const all = Array.from({ length: test.count }, (_, i) => i);
    const predicted = tf.tidy(() => model.forward(images(test, all), { training: false }).argMax(1));
    const guesses = await predicted.data();
    const wrong = all.filter((i) => guesses[i] !== test.labels[i]).length;
    expect(test.count).toBe(360);
    expect(wrong / test.count).toBeLessThan(0.3);
    predicted.dispose();
    sgd.dispose();
    model.dispose();
  });
});

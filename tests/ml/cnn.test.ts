import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { cifarResNet } from '~lib/arch/cifar';
import { parameterCount } from '~lib/arch/cost';
import { weightedDepth } from '~lib/arch/structure';
import type { Network } from '~lib/arch/types';
import { createRng } from '~lib/random';
import { buildCnn } from '~ml/cnn';
import { convolutionFor } from '~ml/run-cnn-lab';
import { crossEntropy } from '~ml/layers';
import { useTestBackend } from './helpers';

useTestBackend();

/** The CNN lab's scale: 8×8 grey images, widths 8/16/32, 10 classes. */
const toy = (n: number, option: 'A' | 'plain'): Network =>
  cifarResNet(n, { option, scale: { input: { height: 8, width: 8, channels: 1 }, widths: [8, 16, 32], classes: 10, dataset: 'digits' } });

const batch = (size: number, seed: number) => {
  const rng = createRng(seed);
  const x = tf.tensor4d(Array.from({ length: size * 64 }, () => rng.uniform(0, 1)), [size, 8, 8, 1]);
  const y = tf.tensor1d(Array.from({ length: size }, (_, i) => i % 10), 'int32');
  return { x, y };
};

const countOf = (vars: tf.Variable[]) => vars.reduce((sum, v) => sum + v.size, 0);

describe('buildCnn: P1 Sec. 4.2’s 6n+2 nets at the CNN lab’s scale', () => {
  for (const n of [1, 3]) {
    for (const option of ['plain', 'A'] as const) {
      const net = toy(n, option);
      it(`${net.label} (${option === 'A' ? 'option A shortcuts' : 'no shortcuts'}) has ${6 * n + 2} weighted layers, the parameters the cost model counts, and 10 logits per image`, () => {
        expect(weightedDepth(net)).toBe(6 * n + 2);
        const model = buildCnn(net, createRng(1));
        // Learned parameters: convs, BN γ and β, the classifier; running statistics are not learned.
        expect(countOf(model.trainable)).toBe(parameterCount(net));
        const { x, y } = batch(4, 2);
        const logits = tf.tidy(() => model.forward(x, { training: false }));
        expect(logits.shape).toEqual([4, 10]);
        expect(Array.from(logits.dataSync()).every(Number.isFinite)).toBe(true);
        tf.dispose([x, y, logits]);
        model.dispose();
      });
    }
  }

  it('option A adds no parameters: plain and residual nets of one depth have the same count (P1 Table 6)', () => {
    expect(parameterCount(toy(3, 'A'))).toBe(parameterCount(toy(3, 'plain')));
  });

  it(`trains on the test backend: SGD lowers the loss of a fixed batch`, async () => {
    const model = buildCnn(toy(3, 'A'), createRng(3));
    const { x, y } = batch(20, 4);
    const loss = () => crossEntropy(model.forward(x, { training: true, updateStats: false }), y);
    const before = (await tf.tidy(loss).data())[0]!;
    const sgd = tf.train.sgd(0.05);
    for (let step = 0; step < 15; step++) tf.tidy(() => void sgd.minimize(loss, false, model.trainable));
    const after = (await tf.tidy(loss).data())[0]!;
    expect(after).toBeLessThan(before * 0.8);
    tf.dispose([x, y]);
    sgd.dispose();
    model.dispose();
  });

  it('evaluation uses the running statistics, which training moves', async () => {
    const model = buildCnn(toy(1, 'A'), createRng(5));
    const { x, y } = batch(8, 6);
    const evalLogits = async () => Array.from(await tf.tidy(() => model.forward(x, { training: false })).data());
    const first = await evalLogits();
    tf.tidy(() => model.forward(tf.mul(x, 3) as tf.Tensor4D, { training: true }));
    expect(await evalLogits()).not.toEqual(first);
    tf.dispose([x, y]);
    model.dispose();
  });

  it('gives the same logits with tf.conv2d as with our convolution (the lab uses tf.conv2d on WebGPU, where the bench measured it faster)', async () => {
    expect([convolutionFor('webgpu'), convolutionFor('webgl'), convolutionFor('wasm'), convolutionFor('cpu')]).toEqual(['tfjs', 'ours', 'ours', 'ours']);
    const ours = buildCnn(toy(1, 'A'), createRng(9));
    const theirs = buildCnn(toy(1, 'A'), createRng(9), 'tfjs');
    const { x, y } = batch(6, 10);
    const [a, b] = tf.tidy(() => [ours.forward(x, { training: true, updateStats: false }), theirs.forward(x, { training: true, updateStats: false })]);
    const diff = Math.max(...Array.from(tf.tidy(() => tf.abs(tf.sub(a!, b!))).dataSync()));
    expect(diff).toBeLessThan(1e-4);
    tf.dispose([a!, b!, x, y]);
    ours.dispose();
    theirs.dispose();
  });

  it('refuses what the CNN lab does not build, saying what', () => {
    const gated: Network = JSON.parse(JSON.stringify(toy(1, 'A')));
    const unit = gated.stages[1]!.layers[0] as { shortcut: string };
    unit.shortcut = 'exclusiveGate';
    expect(() => buildCnn(gated, createRng(1))).toThrow(/does not build the “exclusiveGate” shortcut/);
  });
});

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { makeSpec, type MlpSpec } from '~lib/nets/spec';
import { shortcutKeys } from '~lib/arch/shortcuts';
import { createRng } from '~lib/random';
import { buildModel, type MlpModel } from '~ml/build-model';
import { crossEntropy } from '~ml/layers';
import { readAndDispose, tinySpirals, useTestBackend } from './helpers';

useTestBackend();

const data = tinySpirals(16);
const x = () => tf.tensor2d(data.x, [data.n, 2]);
const y = () => tf.tensor1d(data.y);

/** Move BN running statistics away from (0, 1) so eval mode is not the identity. */
function warmStats(model: MlpModel): void {
  tf.tidy(() => {
    for (let i = 0; i < 5; i++) model.forward(tf.mul(x(), 1 + i / 2), { training: true, updateStats: true });
  });
}

/**
 * Compare analytic gradients with central differences (h = 1e-3, float32) on every entry of
 * every trainable variable: |fd − an| ≤ 5e-4 + 2e-2·|an|. ReLU has kinks; an entry whose two
 * one-sided differences disagree has a kink within ±h and is skipped. With a few hundred ReLU
 * evaluations some pre-activation often lies within the shift of zero, so up to a quarter may be.
 */
async function checkGradients(spec: MlpSpec, training: boolean): Promise<void> {
  const model = buildModel(spec, createRng(3));
  // Jitter every parameter: zero biases put pre-activations exactly on ReLU's kink (a unit fed
  // only by dead units sees exactly 0) and zero-initialised layers hide whole paths.
  const jitter = createRng(4);
  for (const v of model.trainable) {
    const values = ((await v.data()) as Float32Array).map((a) => a + jitter.normal(0, 0.1));
    v.assign(tf.tidy(() => tf.tensor(values, v.shape)));
  }
  if (spec.batchNorm) warmStats(model);
  const lossOf = () => crossEntropy(model.forward(x(), { training, updateStats: false }), y());
  const lossAt = async () => (await readAndDispose(tf.tidy(lossOf)))[0] as number;
  const analytic = await Promise.all(
    tf.tidy(() => {
      const { grads } = tf.variableGrads(lossOf, model.trainable);
      return model.trainable.map((v) => tf.keep(grads[v.name] as tf.Tensor));
    }).map(readAndDispose),
  );
  const f0 = await lossAt();
  const h = 1e-3;
  let checked = 0;
  let kinks = 0;
  for (const [k, v] of model.trainable.entries()) {
    const base = (await v.data()) as Float32Array;
    for (let i = 0; i < v.size; i++) {
      const at = async (delta: number) => {
        const shifted = base.slice();
        shifted[i] = (shifted[i] as number) + delta;
        v.assign(tf.tidy(() => tf.tensor(shifted, v.shape)));
        return lossAt();
      };
      const [up, down] = [await at(h), await at(-h)];
      v.assign(tf.tidy(() => tf.tensor(base, v.shape)));
      const fd = (up - down) / (2 * h);
      // A kink at distance δ < h makes the one-sided slopes differ by about twice the error it puts
      // into the central difference; skip every entry where that could exceed half the tolerance.
      if (Math.abs((up - f0) / h - (f0 - down) / h) > 5e-4 + 2e-2 * Math.abs(fd)) {
        kinks++;
        continue;
      }
      const an = analytic[k]?.[i] as number;
      expect(Math.abs(fd - an), `variable ${k} entry ${i}: fd ${fd} vs analytic ${an}`).toBeLessThanOrEqual(5e-4 + 2e-2 * Math.abs(an));
      checked++;
    }
  }
  model.dispose();
  expect(kinks, `${kinks} of ${checked + kinks} entries sat within ±h of a kink`).toBeLessThanOrEqual(0.25 * (checked + kinks));
}

const tiny = (o: Partial<MlpSpec>) => makeSpec({ depth: 4, width: 5, ...o });

describe('analytic gradients match finite differences on a tiny net', () => {
  for (const shortcut of ['none', 'identity'] as const) {
    for (const batchNorm of [false, true]) {
      const name = `${shortcut === 'none' ? 'plain' : 'residual'}, ${batchNorm ? 'BN in eval mode' : 'no BN'}`;
      it(name, async () => {
        await checkGradients(tiny({ shortcut, batchNorm }), false);
      });
    }
  }

  it('residual with BN in training mode (gradients through the batch statistics)', async () => {
    await checkGradients(tiny({ shortcut: 'identity', batchNorm: true }), true);
  });

  it('full pre-activation residual with BN in eval mode', async () => {
    await checkGradients(tiny({ shortcut: 'identity', batchNorm: true, placement: 'fullPreact' }), false);
  });

  for (const shortcut of shortcutKeys.filter((k) => k !== 'none' && k !== 'identity')) {
    it(`the ${shortcut} shortcut, eval mode`, async () => {
      await checkGradients(tiny({ shortcut, batchNorm: false, lambda: 0.7, scaleBranch: true, gateBias: -1, dropP: 0.3 }), false);
    });
  }
});

import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { makeSpec, type MlpSpec } from '~lib/nets/spec';
import { shortcutKeys } from '~lib/nets/shortcuts';
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
 * Compare analytic gradients with central differences (h = 1e-2, float32) on a few entries of
 * every trainable variable; tolerance |fd − an| ≤ 2e-3 + 3e-2·|an|.
 */
async function checkGradients(spec: MlpSpec, training: boolean): Promise<number> {
  const model = buildModel(spec, createRng(3));
  if (spec.batchNorm) warmStats(model);
  const lossOf = () => crossEntropy(model.forward(x(), { training, updateStats: false }), y());
  const analytic = await Promise.all(
    tf.tidy(() => {
      const { grads } = tf.variableGrads(lossOf, model.trainable);
      return model.trainable.map((v) => tf.keep(grads[v.name] as tf.Tensor));
    }).map(readAndDispose),
  );
  const h = 1e-2;
  const pick = createRng(9);
  let checked = 0;
  for (const [k, v] of model.trainable.entries()) {
    const base = (await v.data()) as Float32Array;
    for (let trial = 0; trial < 3; trial++) {
      const i = pick.int(v.size);
      const at = async (delta: number) => {
        const shifted = base.slice();
        shifted[i] = (shifted[i] as number) + delta;
        v.assign(tf.tensor(shifted, v.shape));
        return (await readAndDispose(tf.tidy(lossOf)))[0] as number;
      };
      const fd = ((await at(h)) - (await at(-h))) / (2 * h);
      v.assign(tf.tensor(base, v.shape));
      const an = analytic[k]?.[i] as number;
      expect(Math.abs(fd - an), `variable ${k} entry ${i}: fd ${fd} vs analytic ${an}`).toBeLessThanOrEqual(2e-3 + 3e-2 * Math.abs(an));
      checked++;
    }
  }
  model.dispose();
  return checked;
}

const tiny = (o: Partial<MlpSpec>) => makeSpec({ depth: 4, width: 5, ...o });

describe('analytic gradients match finite differences on a tiny net', () => {
  for (const shortcut of ['none', 'identity'] as const) {
    for (const batchNorm of [false, true]) {
      const name = `${shortcut === 'none' ? 'plain' : 'residual'}, ${batchNorm ? 'BN in eval mode' : 'no BN'}`;
      it(name, async () => {
        expect(await checkGradients(tiny({ shortcut, batchNorm }), false)).toBeGreaterThan(0);
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

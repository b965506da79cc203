/**
 * P1 Fig. 7's "layer responses" in a lab net: the standard deviation of each unit's branch output
 * F(x_l), taken before the addition and the ReLU after it. MlpModel.forward does not expose inner
 * tensors, so this replays its forward pass with the model's own variables, for the family the
 * figure needs (no BN, P1's original unit, plain or identity shortcuts); tests/ml checks that the
 * replay's logits equal the model's, so a change in the builder cannot go unnoticed.
 */
import * as tf from '@tensorflow/tfjs';
import type { PointSet } from '~lib/data/spirals';
import { planOf } from '~lib/nets/spec';
import type { MlpModel } from './build-model';

/** What the replay returns: one std per unit, and the logits as a check on the replay. */
export interface BranchResponses {
  /** std of F(x_l) over all points and features, l = 0 … L−1. */
  std: number[];
  /** Inference-mode logits (n × classes), row-major. */
  logits: Float32Array;
}

/** Throws unless `model` is a net this replay follows exactly. */
function assertReplayable(model: MlpModel): void {
  const { spec } = model;
  const plan = planOf(spec);
  const ok =
    !spec.batchNorm &&
    spec.placement === 'original' &&
    (spec.shortcut === 'none' || spec.shortcut === 'identity') &&
    plan.stem.join() === 'act' &&
    plan.unit.branch.join() === 'weight,act,weight' &&
    plan.unit.afterAdd.join() === 'act' &&
    plan.preHead.length === 0;
  if (!ok) throw new Error('branch responses are defined for BN-free original units with none/identity shortcuts only');
}

/** std of every unit's branch output F(x_l) on `set`, in inference mode. */
export async function branchResponses(model: MlpModel, set: PointSet): Promise<BranchResponses> {
  assertReplayable(model);
  const units = planOf(model.spec).units;
  const v = model.trainable;
  // Build order: stem W, b; per unit W1, b1, W2, b2; head W, b.
  if (v.length !== 2 + 4 * units + 2) throw new Error(`unexpected variable count ${v.length}`);
  const dense = (x: tf.Tensor2D, i: number) => tf.add(tf.matMul(x, v[i] as tf.Tensor2D), v[i + 1] as tf.Tensor1D) as tf.Tensor2D;
  const out = tf.tidy(() => {
    let h = tf.relu(dense(tf.tensor2d(set.x, [set.n, 2]), 0));
    const stds: tf.Scalar[] = [];
    for (let u = 0; u < units; u++) {
      const f = dense(tf.relu(dense(h, 2 + 4 * u)), 4 + 4 * u);
      stds.push(tf.sqrt(tf.moments(f).variance) as tf.Scalar);
      h = tf.relu(model.spec.shortcut === 'identity' ? tf.add(h, f) : f);
    }
    return { std: tf.stack(stds), logits: dense(h, 2 + 4 * units) };
  });
  try {
    return { std: Array.from(await out.std.data()), logits: new Float32Array(await out.logits.data()) };
  } finally {
    out.std.dispose();
    out.logits.dispose();
  }
}

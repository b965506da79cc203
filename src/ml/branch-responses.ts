/**
 * P1 Fig. 7's "layer responses" in a lab net, tapped from the model's own forward pass
 * (`ForwardOptions.onBranch`), so any lab net can be measured and nothing is replayed.
 *
 * What is measured, per unit l: the standard deviation, over all points and all features, of the
 * branch output F(x_l) in inference mode (BN with its running averages). P1 Fig. 7 takes each 3×3
 * layer's output after BN and before the ReLU or the addition. In the lab's units (P1's
 * post-activation unit, weight → BN → ReLU → weight → BN) the branch output is exactly that for
 * the unit's second weight layer:
 *   - residual unit: the second layer after its BN, before the addition x_l + F(x_l) and the ReLU
 *     that follows it;
 *   - plain unit: the same second layer after its BN, before its ReLU (a plain unit has no
 *     addition; its output is ReLU of this tensor).
 * The first weight layer of each unit (after its BN, before its ReLU) is not measured, so each
 * net gives one value per unit, half as many as P1 plots per layer.
 */
import * as tf from '@tensorflow/tfjs';
import type { PointSet } from '~lib/data/spirals';
import type { MlpModel } from './build-model';

/** std of every unit's branch output F(x_l) on `set`, l = 0 … L−1, in inference mode. */
export async function branchResponses(model: MlpModel, set: PointSet): Promise<number[]> {
  const stds = tf.tidy(() => {
    const per: tf.Scalar[] = [];
    model.forward(tf.tensor2d(set.x, [set.n, 2]), {
      training: false,
      onBranch: (_, f) => per.push(tf.sqrt(tf.moments(f).variance) as tf.Scalar),
    });
    return tf.stack(per);
  });
  try {
    return Array.from(await stds.data());
  } finally {
    stds.dispose();
  }
}

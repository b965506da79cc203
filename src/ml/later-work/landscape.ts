/**
 * The loss-landscape slice on a built lab net: the training loss at θ + α·d + β·δ, where θ are
 * the trained weights and d, δ filter-normalised random directions (src/lib/later-work/
 * landscape-directions.ts). The kernels are the rank-2 variables among `model.trainable`; only
 * they move (biases and batch norm parameters have direction 0). The loss is the cross-entropy
 * on the training points with batch norm using the batch's own statistics: in this full-batch lab
 * that is exactly the objective the optimiser minimised. `withSlice` always puts θ back.
 */
import * as tf from '@tensorflow/tfjs';
import type { PointSet } from '~lib/data/spirals';
import { drawDirection } from '~lib/later-work/landscape-directions';
import { createRng, deriveSeed } from '~lib/random';
import type { MlpModel } from '../build-model';
import { crossEntropy } from '../layers';

/** The training loss at θ + α·d + β·δ (β is ignored by a 1-D slice's callers: pass 0). */
export type LossAt = (alpha: number, beta: number) => Promise<number>;

/** The two directions of a seed, as plain arrays in `model.trainable` order (zeros for non-kernels). */
export async function directionsOf(model: MlpModel, seed: number): Promise<{ d: Float32Array[]; delta: Float32Array[] }> {
  const vars = await Promise.all(model.trainable.map(async (v) => ({ theta: new Float32Array(await v.data()), shape: v.shape, filter: v.shape.length === 2 })));
  return {
    d: drawDirection(createRng(deriveSeed(seed, 'landscape-d')), vars),
    delta: drawDirection(createRng(deriveSeed(seed, 'landscape-delta')), vars),
  };
}

/**
 * Run `body` with a function that evaluates the training loss of `model` on `set` at any point of
 * the slice spanned by `seed`'s directions; afterwards (also on error or abort) the kernels hold θ
 * again and every tensor made here is freed.
 */
export async function withSlice<T>(model: MlpModel, set: PointSet, seed: number, body: (lossAt: LossAt) => Promise<T>): Promise<T> {
  const { d, delta } = await directionsOf(model, seed);
  const kernels = model.trainable.map((v, i) => ({ v, i })).filter(({ v }) => v.shape.length === 2);
  const theta = kernels.map(({ v }) => tf.keep(v.clone()));
  const dir = kernels.map(({ v, i }) => tf.keep(tf.tensor(d[i]!, v.shape)));
  const dirB = kernels.map(({ v, i }) => tf.keep(tf.tensor(delta[i]!, v.shape)));
  const x = tf.tensor2d(set.x, [set.n, 2]);
  const y = tf.tensor1d(set.y);
  const restore = () => tf.tidy(() => kernels.forEach(({ v }, k) => v.assign(theta[k]!)));
  const lossAt: LossAt = async (alpha, beta) => {
    const loss = tf.tidy(() => {
      kernels.forEach(({ v }, k) => v.assign(tf.add(theta[k]!, tf.add(tf.mul(dir[k]!, alpha), tf.mul(dirB[k]!, beta)))));
      const logits = model.forward(x, { training: false, batchStats: true, updateStats: false });
      return crossEntropy(logits, y);
    });
    try {
      return (await loss.data())[0] as number;
    } finally {
      loss.dispose();
    }
  };
  try {
    return await body(lossAt);
  } finally {
    restore();
    for (const t of [...theta, ...dir, ...dirB, x, y]) t.dispose();
  }
}

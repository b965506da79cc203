/**
 * ‖∂E/∂x_l‖ for every unit boundary l = 0 … L: x_0 is the first unit's input (the stem's
 * output), x_L the last unit's output. Zero "probe" tensors are added at each boundary and E is
 * differentiated with respect to them, which is exactly ∂E/∂x_l. P2 eq. (5):
 * ∂E/∂x_l = ∂E/∂x_L · (1 + ∂/∂x_l Σ F), or with λ shortcuts the direct term ∏λ_i (eq. 8).
 */
import * as tf from '@tensorflow/tfjs';
import type { PointSet } from '~lib/data/spirals';
import { createRng, deriveSeed } from '~lib/random';
import type { MlpSpec } from '~lib/nets/spec';
import { buildModel, type MlpModel } from './build-model';
import { crossEntropy } from './layers';

/** Options for a gradient-norm measurement. */
export interface GradientNormOptions {
  /** BN with batch statistics and random dropout masks (default true, as during training). */
  training?: boolean;
  /** Seed for dropout masks in training mode (default 0). */
  maskSeed?: number;
}

/**
 * Frobenius norms ‖∂E/∂x_l‖ over the whole set, l = 0 … L, with E the mean cross-entropy on
 * `set`. BN running statistics are not moved.
 */
export async function gradientNormsOf(model: MlpModel, set: PointSet, options: GradientNormOptions = {}): Promise<number[]> {
  const training = options.training ?? true;
  const rng = createRng(deriveSeed(options.maskSeed ?? 0, 'gradient-norm masks'));
  const units = Math.floor(model.spec.depth / 2);
  const norms = tf.tidy(() => {
    const x = tf.tensor2d(set.x, [set.n, 2]);
    const y = tf.tensor1d(set.y);
    const probes = Array.from({ length: units + 1 }, () => tf.zeros([set.n, model.spec.width]) as tf.Tensor2D);
    const lossOf = (...ps: tf.Tensor[]) =>
      crossEntropy(model.forward(x, { training, updateStats: false, rng, probes: ps as tf.Tensor2D[] }), y);
    const grads = tf.grads(lossOf)(probes);
    return tf.stack(grads.map((g) => tf.norm(g)));
  });
  try {
    return Array.from(await norms.data());
  } finally {
    norms.dispose();
  }
}

/** Build `spec` from `seed` (the lab's init stream), measure ‖∂E/∂x_l‖ at init, and dispose it. */
export async function gradientNormsAtInit(
  spec: MlpSpec,
  set: PointSet,
  seed: number,
  options: GradientNormOptions = {},
): Promise<number[]> {
  const model = buildModel(spec, createRng(deriveSeed(seed, 'init')));
  try {
    return await gradientNormsOf(model, set, options);
  } finally {
    model.dispose();
  }
}

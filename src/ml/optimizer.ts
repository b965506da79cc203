/**
 * SGD, momentum and Adam over all of a model's variables at once. tf.train's optimisers issue
 * ~15 ops per variable, which on these tiny nets costs more than the forward and backward
 * passes together (a 50-layer net has ~100 variables). Here the gradients are concatenated into
 * one vector, the update is a dozen ops on it, and the result is split back: the same
 * arithmetic, far fewer kernel launches.
 */
import * as tf from '@tensorflow/tfjs';
import { learningRateAt, type OptimizerSpec } from '~lib/nets/lab';

/** Adam's moment decay rates and ε (Kingma & Ba's defaults; tfjs uses ε = 1e-7 for float32). */
export const ADAM = { beta1: 0.9, beta2: 0.999, epsilon: 1e-7 } as const;

/** An optimiser that updates a fixed list of variables in one go. */
export interface FlatOptimizer {
  /** Update `variables` with `grads` (same order and shapes); the learning rate follows the schedule. Call inside tf.tidy. */
  apply(variables: readonly tf.Variable[], grads: readonly tf.Tensor[]): void;
  /** Release the optimiser's state (momentum / moment vectors). */
  dispose(): void;
}

// Vectors (biases, γ, β: most of the variables) go in as they are: a reshape is a kernel launch too.
const flatten = (ts: readonly tf.Tensor[]): tf.Tensor1D => tf.concat(ts.map((t) => (t.rank === 1 ? t : tf.reshape(t, [-1])))) as tf.Tensor1D;

function assignAll(variables: readonly tf.Variable[], flat: tf.Tensor1D): void {
  const parts = tf.split(flat, variables.map((v) => v.size));
  variables.forEach((v, i) => v.assign(v.rank === 1 ? (parts[i] as tf.Tensor) : tf.reshape(parts[i] as tf.Tensor, v.shape)));
}

/** A flat optimiser for an optimiser description (created lazily on the first step). */
export function makeOptimizer(spec: OptimizerSpec): FlatOptimizer {
  let m: tf.Variable | null = null; // momentum buffer, or Adam's first moment
  let v: tf.Variable | null = null; // Adam's second moment
  let t = 0;
  const state = (size: number) => tf.variable(tf.zeros([size]), false);

  return {
    apply(variables, grads) {
      const p = flatten(variables);
      // Weight decay as P1 trains (SGD on loss + wd/2·‖θ‖²): the gradient gains wd·θ.
      const g = spec.weightDecay ? tf.add(flatten(grads), tf.mul(p, spec.weightDecay)) : flatten(grads);
      const lr = learningRateAt(spec, t);
      t += 1;
      let next: tf.Tensor1D;
      if (spec.kind === 'sgd') {
        next = tf.sub(p, tf.mul(g, lr));
      } else if (spec.kind === 'momentum') {
        // tfjs/Keras form: a ← μ·a + g, θ ← θ − η·a.
        m ??= state(g.size);
        const a = tf.add(tf.mul(m, spec.momentum ?? 0.9), g);
        m.assign(a);
        next = tf.sub(p, tf.mul(a, lr));
      } else {
        // Kingma & Ba, Algorithm 1, with bias-corrected moments.
        const { beta1, beta2, epsilon } = ADAM;
        m ??= state(g.size);
        v ??= state(g.size);
        const m1 = tf.add(tf.mul(m, beta1), tf.mul(g, 1 - beta1));
        const v1 = tf.add(tf.mul(v, beta2), tf.mul(tf.square(g), 1 - beta2));
        m.assign(m1);
        v.assign(v1);
        const mHat = tf.div(m1, 1 - beta1 ** t);
        const vHat = tf.div(v1, 1 - beta2 ** t);
        next = tf.sub(p, tf.mul(tf.div(mHat, tf.add(tf.sqrt(vHat), epsilon)), lr));
      }
      assignAll(variables, next);
    },
    dispose() {
      m?.dispose();
      v?.dispose();
      m = v = null;
    },
  };
}

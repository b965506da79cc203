/**
 * The three building blocks of a lab net as plain functions over tf.Variables: an affine map,
 * batch norm and the activation. Weights are drawn from the lib's seeded RNG in JS and uploaded,
 * so a seed gives the same net on every backend.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '~lib/random';
import type { ActivationKey } from '~lib/nets/spec';

/** An affine map x·W + b (b may be absent, e.g. for a 1×1 projection shortcut). */
export interface Dense {
  w: tf.Variable;
  b: tf.Variable | null;
}

/** Batch norm: learned γ, β and the running mean and variance used at inference. */
export interface BatchNorm {
  gamma: tf.Variable;
  beta: tf.Variable;
  runningMean: tf.Variable;
  runningVar: tf.Variable;
}

/** Running-statistics momentum: new = m·old + (1 − m)·batch. */
export const BN_MOMENTUM = 0.9;
/** Added to the variance before the square root. */
export const BN_EPSILON = 1e-5;

/** A dense layer with W ~ N(0, std²) drawn from `rng`, bias `biasInit` (or none when null). */
export function makeDense(rng: Rng, fanIn: number, fanOut: number, std: number, biasInit: number | null = 0): Dense {
  const values = new Float32Array(fanIn * fanOut);
  // Always draw, even for a zero-initialised layer, so that zeroing one layer leaves the others'
  // weights unchanged for the same seed (nets that differ only there stay comparable).
  for (let i = 0; i < values.length; i++) values[i] = rng.normal() * std;
  const w = tf.variable(tf.tensor2d(values, [fanIn, fanOut]), true);
  const b = biasInit === null ? null : tf.variable(tf.fill([fanOut], biasInit), true);
  return { w, b };
}

/** Batch norm over `dim` features, with γ starting at `gammaInit` (0 for a zero-initialised branch). */
export function makeBatchNorm(dim: number, gammaInit = 1): BatchNorm {
  return {
    gamma: tf.variable(tf.fill([dim], gammaInit), true),
    beta: tf.variable(tf.zeros([dim]), true),
    runningMean: tf.variable(tf.zeros([dim]), false),
    runningVar: tf.variable(tf.ones([dim]), false),
  };
}

/** act(x·W + b) as one fused kernel (fewer ops per step, which is what costs on small nets). */
export function dense(layer: Dense, x: tf.Tensor2D, act: ActivationKey = 'linear'): tf.Tensor2D {
  return tf.fused.matMul({
    a: x,
    b: layer.w as tf.Tensor2D,
    bias: layer.b ?? undefined,
    activation: act === 'relu' ? 'relu' : 'linear',
  }) as tf.Tensor2D;
}

/**
 * Batch norm. Training: normalise with the batch's mean and (biased) variance and, when
 * `updateStats`, move the running averages towards them. Inference: use the running averages.
 * x is [rows, features]; with `channelsFirst` (the CNN lab's maps, src/ml/conv.ts) it is
 * [channels, positions] and each row is normalised over its positions.
 */
export function batchNorm(layer: BatchNorm, x: tf.Tensor2D, training: boolean, updateStats: boolean, channelsFirst = false): tf.Tensor2D {
  const axis = channelsFirst ? 1 : 0;
  if (training) return batchNormTrain(x, layer.gamma, layer.beta, updateStats ? layer : null, axis);
  const asAxis = (v: tf.Tensor) => (channelsFirst ? tf.reshape(v, [-1, 1]) : v);
  const scale = asAxis(tf.mul(layer.gamma, tf.rsqrt(tf.add(layer.runningVar, BN_EPSILON))));
  return tf.add(tf.mul(tf.sub(x, asAxis(layer.runningMean)), scale), asAxis(layer.beta));
}

/**
 * Batch norm with the batch's own statistics as one differentiable op. Its gradient is the
 * closed form (Ioffe & Szegedy 2015, Sec. 3) rather than tfjs tracing a dozen elementwise ops:
 * the same derivative in about a quarter of the kernel launches, which is most of a step's cost
 * on these small nets. With `stats`, the running averages move towards the batch's (a side
 * effect of the forward pass only). `axis` is the one reduced over (0: features in columns).
 */
function batchNormTrain(x: tf.Tensor2D, gamma: tf.Variable, beta: tf.Variable, stats: BatchNorm | null, axis: 0 | 1): tf.Tensor2D {
  const column = (v: tf.Tensor) => (axis === 1 ? tf.reshape(v, [-1, 1]) : v);
  const op = tf.customGrad((xIn, g, b, save) => {
    const [x2, gamma1, beta1] = [xIn as tf.Tensor2D, g as tf.Tensor1D, b as tf.Tensor1D];
    const mean = tf.mean(x2, axis, true);
    const centred = tf.sub(x2, mean);
    const variance = tf.mean(tf.square(centred), axis, true);
    const rstd = tf.rsqrt(tf.add(variance, BN_EPSILON));
    const xHat = tf.mul(centred, rstd);
    if (stats) {
      // Variable.assign shares the new tensor's data, so the enclosing tidy may dispose it safely.
      stats.runningMean.assign(tf.add(tf.mul(stats.runningMean, BN_MOMENTUM), tf.mul(tf.reshape(mean, [-1]), 1 - BN_MOMENTUM)));
      stats.runningVar.assign(tf.add(tf.mul(stats.runningVar, BN_MOMENTUM), tf.mul(tf.reshape(variance, [-1]), 1 - BN_MOMENTUM)));
    }
    const gammaCol = column(gamma1);
    (save as tf.GradSaveFunc)([xHat, rstd, gammaCol]);
    return {
      value: tf.add(tf.mul(xHat, gammaCol), column(beta1)),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [xh, rs, gm] = saved as [tf.Tensor2D, tf.Tensor, tf.Tensor];
        const n = xh.shape[axis];
        const dBeta = tf.sum(dy, axis, true);
        const dGamma = tf.sum(tf.mul(dy, xh), axis, true);
        // ∂E/∂x = γ/σ · (dy − mean(dy) − x̂ · mean(dy · x̂)), the means taken over the batch.
        const centredDy = tf.sub(tf.sub(dy, tf.div(dBeta, n)), tf.mul(xh, tf.div(dGamma, n)));
        return [tf.mul(centredDy, tf.mul(gm, rs)), tf.reshape(dGamma, [-1]), tf.reshape(dBeta, [-1])];
      },
    };
  });
  return op(x, gamma, beta) as tf.Tensor2D;
}

/** The activation function behind every `act` op. */
export function activate(kind: ActivationKey, x: tf.Tensor2D): tf.Tensor2D {
  return kind === 'relu' ? tf.relu(x) : x;
}

/** Mean softmax cross-entropy of `logits` (n × classes) against integer labels given as floats. */
export function crossEntropy(logits: tf.Tensor2D, labels: tf.Tensor1D): tf.Scalar {
  const oneHot = tf.oneHot(tf.cast(labels, 'int32'), logits.shape[1]);
  return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1)));
}

/**
 * MlpSpec → a tfjs model: tf.Variables plus a hand-written functional forward pass. Gates,
 * dropout shortcuts and batch norm are a few tf ops each, which is simpler to read (and to
 * probe for gradients) than tf.layers. The layout comes from `planOf(spec)`, the same plan the
 * parameter count reads.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '~lib/random';
import type { Op } from '~lib/arch/placements';
import { weightHasBias } from '~lib/arch/block';
import { initSchemes, planOf, type MlpSpec } from '~lib/nets/spec';
import { activate, batchNorm, dense, makeBatchNorm, makeDense, type BatchNorm, type Dense } from './layers';
import type { BuiltNet } from './built-net';

/** A built layer for each op of a sequence: Dense for `weight`, BatchNorm for `bn`, null for `act`. */
type Built = Dense | BatchNorm | null;

interface Unit {
  branch: Built[];
  afterAdd: Built[];
  /** W_g, b_g of the gating kinds, or W_s of the projection kind. */
  shortcut: Dense | null;
}

/** How to run the forward pass. */
export interface ForwardOptions {
  /** Training mode: batch statistics for BN, random masks for the dropout shortcut. */
  training: boolean;
  /** Move BN running averages (default: same as `training`). */
  updateStats?: boolean;
  /** BN normalises with the batch's own statistics (default: same as `training`). */
  batchStats?: boolean;
  /** Source of dropout masks in training mode (required for the dropout shortcut). */
  rng?: Rng;
  /**
   * Tensors (n × width) added to x_0 … x_L, the inputs of the units and the last unit's output.
   * Pass zeros and differentiate with respect to them to get ∂E/∂x_l.
   */
  probes?: tf.Tensor2D[];
  /**
   * Called once per unit l = 0 … L−1 with the branch output F(x_l) (n × width): the last op of the
   * unit's branch, before the shortcut is combined with it and before the ops after the addition.
   * Runs inside the forward pass, so tensors it creates belong to the caller's tf.tidy; `f` itself
   * must not be disposed or kept.
   */
  onBranch?: (unit: number, f: tf.Tensor2D) => void;
  /**
   * Units l to delete at test time (Veit et al.'s lesion study): the unit's output is its input,
   * x_{l+1} = x_l. For a residual unit that drops F and keeps the shortcut (its ReLU after the
   * addition leaves x_l ≥ 0 unchanged); for a plain unit it puts the identity in its place.
   */
  lesioned?: ReadonlySet<number>;
}

/** A built lab net: its forward pass takes points (n × inputDim). */
export interface MlpModel extends BuiltNet<tf.Tensor2D, ForwardOptions> {
  /** The description it was built from. */
  readonly spec: MlpSpec;
}

/** Build the net described by `spec`, drawing every initial weight from `rng`. */
export function buildModel(spec: MlpSpec, rng: Rng): MlpModel {
  if (spec.depth < 2 || spec.depth % 2 !== 0) throw new RangeError(`depth must be even and ≥ 2, got ${spec.depth}`);
  const plan = planOf(spec);
  const w = spec.width;
  const std = (fanIn: number, fanOut: number) => initSchemes[spec.init].std(fanIn, fanOut);

  const buildOps = (ops: readonly Op[], zeroAt: number | null = null): Built[] =>
    ops.map((op, i) => {
      if (op === 'act') return null;
      const zero = i === zeroAt;
      return op === 'bn' ? makeBatchNorm(w, zero ? 0 : 1) : makeDense(rng, w, w, zero ? 0 : std(w, w), weightHasBias(ops[i + 1]) ? 0 : null);
    });

  // Build inside tidy so the initial-value tensors are freed; only the variables survive.
  let built: { stemLayer: Dense; stemOps: Built[]; units: Unit[]; preHead: Built[]; head: Dense } | undefined;
  tf.tidy(() => {
    const stemLayer = makeDense(rng, spec.inputDim, w, std(spec.inputDim, w), weightHasBias(plan.stem[0]) ? 0 : null);
    const stemOps = buildOps(plan.stem);
    const units: Unit[] = [];
    for (let u = 0; u < plan.units; u++) {
      const branch = buildOps(plan.unit.branch, plan.unit.zeroInitAt);
      const afterAdd = buildOps(plan.unit.afterAdd);
      let shortcut: Dense | null = null;
      if (spec.shortcut === 'exclusiveGate' || spec.shortcut === 'shortcutGate') {
        shortcut = makeDense(rng, w, w, std(w, w), spec.gateBias);
      } else if (spec.shortcut === 'projection') {
        // No ReLU follows W_s, so keep the variance (std 1/√fan-in) rather than He's factor 2.
        shortcut = makeDense(rng, w, w, Math.sqrt(1 / w), null);
      }
      units.push({ branch, afterAdd, shortcut });
    }
    const preHead = buildOps(plan.preHead);
    const head = makeDense(rng, w, spec.classes, std(w, spec.classes));
    built = { stemLayer, stemOps, units, preHead, head };
  });
  if (!built) throw new Error('model construction failed');
  const { stemLayer, stemOps, units, preHead, head } = built;

  const variables: tf.Variable[] = [];
  const trainable: tf.Variable[] = [];
  const collect = (layer: Built) => {
    if (layer === null) return;
    if ('w' in layer) {
      trainable.push(layer.w);
      if (layer.b) trainable.push(layer.b);
    } else {
      trainable.push(layer.gamma, layer.beta);
      variables.push(layer.runningMean, layer.runningVar);
    }
  };
  [stemLayer, ...stemOps].forEach(collect);
  for (const unit of units) [...unit.branch, ...unit.afterAdd, unit.shortcut].forEach(collect);
  [...preHead, head].forEach(collect);
  variables.unshift(...trainable);

  const run = (layers: Built[], x: tf.Tensor2D, o: ForwardOptions): tf.Tensor2D => {
    let h = x;
    for (let i = 0; i < layers.length; i++) {
      const layer = layers[i] as Built;
      if (layer === null) h = activate(spec.activation, h);
      else if (!('w' in layer)) h = batchNorm(layer, h, o.batchStats ?? o.training, o.updateStats ?? o.training);
      else if (i + 1 < layers.length && layers[i + 1] === null) {
        h = dense(layer, h, spec.activation); // weight then act: one fused kernel
        i += 1;
      } else h = dense(layer, h);
    }
    return h;
  };

  const combine = (unit: Unit, x: tf.Tensor2D, f: tf.Tensor2D, o: ForwardOptions): tf.Tensor2D => {
    switch (spec.shortcut) {
      case 'none':
        return f;
      case 'identity':
        return tf.add(x, f);
      case 'scaling':
        // P2 eq. (8): x_{l+1} = λ x_l + F(x_l), optionally with F scaled by (1 − λ).
        return tf.add(tf.mul(x, spec.lambda), spec.scaleBranch ? tf.mul(f, 1 - spec.lambda) : f);
      case 'exclusiveGate': {
        const g = tf.sigmoid(dense(unit.shortcut as Dense, x));
        return tf.add(tf.mul(tf.sub(1, g), x), tf.mul(g, f));
      }
      case 'shortcutGate': {
        const g = tf.sigmoid(dense(unit.shortcut as Dense, x));
        return tf.add(tf.mul(tf.sub(1, g), x), f);
      }
      case 'projection':
        return tf.add(dense(unit.shortcut as Dense, x), f);
      case 'dropout':
        return tf.add(dropShortcut(x, spec.dropP, o), f);
    }
  };

  return {
    spec,
    trainable,
    variables,
    forward(x, o) {
      const probe = (h: tf.Tensor2D, l: number): tf.Tensor2D => {
        const p = o.probes?.[l];
        return p ? tf.add(h, p) : h;
      };
      let h = run(stemOps, dense(stemLayer, x), o);
      units.forEach((unit, l) => {
        if (o.lesioned?.has(l)) return;
        const xl = probe(h, l);
        const f = run(unit.branch, xl, o);
        o.onBranch?.(l, f);
        h = run(unit.afterAdd, combine(unit, xl, f, o), o);
      });
      h = probe(h, units.length);
      return dense(head, run(preHead, h, o));
    },
    dispose() {
      for (const v of variables) v.dispose();
    },
  };
}

/**
 * The dropout shortcut, as P2 reads it (a shortcut scaled by λ = 1 − p in expectation): in
 * training each element is kept with probability 1 − p and NOT rescaled; at inference the
 * shortcut is multiplied by 1 − p. (Inverted dropout would hide exactly the scaling P2 studies.)
 */
export function dropShortcut(x: tf.Tensor2D, p: number, o: ForwardOptions): tf.Tensor2D {
  if (!o.training) return tf.mul(x, 1 - p);
  if (!o.rng) throw new Error('the dropout shortcut needs options.rng in training mode');
  const [n, d] = x.shape;
  const mask = new Float32Array(n * d);
  for (let i = 0; i < mask.length; i++) mask[i] = o.rng.uniform() < p ? 0 : 1;
  return tf.mul(x, tf.tensor2d(mask, [n, d]));
}

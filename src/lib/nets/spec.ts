/**
 * The lab's nets: a multilayer perceptron on 2-D points, plain or residual, as the knobs a reader sets
 * (`MlpSpec`). Each spec is a network of the one architecture description (src/lib/arch), whose
 * units are dense: `networkOfSpec` gives it, and the parameter count, the block diagrams and the tfjs
 * builder (through `planOf`) all follow the same unit expansion as the papers' CNNs.
 *
 * How depth counts: `depth` is the number of hidden width × width weight layers. The net is
 *   stem (inputDim → width) · depth/2 units of two weight layers each · head (width → classes),
 * so a "plain-50" and a "residual-50" have the same 50 hidden weight layers (52 in all) and,
 * with identity shortcuts, the same parameters (P1 §3.3). A unit is P1's basic block; in a
 * plain net it is the same two layers without the addition. Depth is therefore always even.
 */
import { afterOf, unitOps, weightHasBias } from '../arch/block';
import { fc, conv } from '../arch/layers';
import { parameterCount as countParameters } from '../arch/cost';
import { activationPlacements, withBatchNorm, type Op, type PlacementKey } from '../arch/placements';
import { shortcutKinds, type SameShapeShortcutKey } from '../arch/shortcuts';
import type { Layer, Network, ResidualBlock } from '../arch/types';

/** Weight initialisation schemes, by key: the standard deviation of N(0, std²) for a fan-in/out. */
export const initSchemes = {
  he: { label: 'He normal, std √(2/fan-in)', std: (fanIn: number) => Math.sqrt(2 / fanIn) },
  xavier: {
    label: 'Glorot normal, std √(2/(fan-in + fan-out))',
    std: (fanIn: number, fanOut: number) => Math.sqrt(2 / (fanIn + fanOut)),
  },
} as const satisfies Record<string, { label: string; std: (fanIn: number, fanOut: number) => number }>;

/** A key of {@link initSchemes}. */
export type InitKey = keyof typeof initSchemes;

/** Activation functions the `act` op can stand for; `linear` makes the whole net linear. */
export const activations = {
  relu: { label: 'ReLU' },
  linear: { label: 'identity (linear net)' },
} as const satisfies Record<string, { label: string }>;

/** A key of {@link activations}. */
export type ActivationKey = keyof typeof activations;

/** The architecture description of one lab net. */
export interface MlpSpec {
  /** Hidden width × width weight layers (even; see the file comment for how depth counts). */
  depth: number;
  /** Units per hidden layer. */
  width: number;
  /** Shortcut kind (P2 Fig. 2); `none` is a plain net. */
  shortcut: SameShapeShortcutKey;
  /** Shortcut scale λ for the `scaling` kind (P2 eq. 8). */
  lambda: number;
  /** For `scaling`: also scale the branch by (1 − λ) (P2 Fig. 2b, second variant). */
  scaleBranch: boolean;
  /** Initial gate bias b_g for the gating kinds (P2 Table 1 tries 0 … −6). */
  gateBias: number;
  /** Drop probability p for the `dropout` shortcut. */
  dropP: number;
  /** Where BN and the activation sit (P2 Fig. 4). */
  placement: PlacementKey;
  /** Batch norm on or off; when off, every `bn` op is dropped. */
  batchNorm: boolean;
  /** The activation function behind every `act` op. */
  activation: ActivationKey;
  /** Weight initialisation scheme for the stem, branch and head layers. */
  init: InitKey;
  /** Start each residual branch's last affine op at zero, so every unit begins as its shortcut. */
  zeroInitBranch: boolean;
  /** Input features (2 for the spirals). */
  inputDim: number;
  /** Output classes (2 for the spirals). */
  classes: number;
}

/** Defaults for every field: a residual-20 of width 16, P1's post-activation unit with BN. */
export const defaultSpec: MlpSpec = {
  depth: 20,
  width: 16,
  shortcut: 'identity',
  lambda: 1,
  scaleBranch: false,
  gateBias: 0,
  dropP: 0.5,
  placement: 'original',
  batchNorm: true,
  activation: 'relu',
  init: 'he',
  zeroInitBranch: false,
  inputDim: 2,
  classes: 2,
};

/** A full spec from defaults plus overrides (no validation; see `validateSpec`). */
export function makeSpec(overrides: Partial<MlpSpec> = {}): MlpSpec {
  return { ...defaultSpec, ...overrides };
}

/** One unit as it will be built: branch ops, the shortcut, the ops after the addition. */
export interface UnitPlan {
  /** Branch ops in order, with `bn` dropped when batch norm is off. */
  branch: Op[];
  /** Ops after the addition. */
  afterAdd: Op[];
  /** Index into `branch` of the op that starts at zero, or null. */
  zeroInitAt: number | null;
}

/** The net expanded into ops: stem, units, pre-head ops, head. */
export interface NetPlan {
  /** Ops after the stem's weight layer. */
  stem: Op[];
  /** Number of units (depth / 2); all units share one layout. */
  units: number;
  /** The layout every unit follows. */
  unit: UnitPlan;
  /** Ops before the head's weight layer. */
  preHead: Op[];
}

/** The spec's unit as a block of the architecture description: dense, basic, width in and out. */
export function blockOfSpec(spec: MlpSpec): ResidualBlock {
  const { lambda, scaleBranch, gateBias, dropP } = spec;
  return {
    kind: 'block',
    layer: 'dense',
    unit: 'basic',
    inChannels: spec.width,
    width: spec.width,
    outChannels: spec.width,
    stride: 1,
    shortcut: spec.shortcut,
    shortcutParams: { lambda, scaleBranch, gateBias, dropP },
    placement: spec.placement,
    sharedPreActivation: false,
    batchNorm: spec.batchNorm,
  };
}

/** Expand a spec into the op layout the builder follows: the unit's ops come from `unitOps`. */
export function planOf(spec: MlpSpec): NetPlan {
  const p = activationPlacements[spec.placement];
  const ops = unitOps(blockOfSpec(spec));
  const branch = [...ops.pre, ...ops.branch];
  let zeroInitAt: number | null = null;
  if (spec.zeroInitBranch && spec.shortcut !== 'none') {
    // The last affine op: zeroing a weight that feeds a BN would divide by √ε, so zero γ there.
    for (let i = branch.length - 1; i >= 0; i--) {
      if (branch[i] !== 'act') {
        zeroInitAt = i;
        break;
      }
    }
  }
  return {
    stem: withBatchNorm(p.stem, spec.batchNorm),
    units: Math.floor(spec.depth / 2),
    unit: { branch, afterAdd: ops.afterAdd, zeroInitAt },
    preHead: withBatchNorm(p.preHead, spec.batchNorm),
  };
}

/** The whole lab net as a network of the architecture description: dense stem, units, head. */
export function networkOfSpec(spec: MlpSpec): Network {
  const plan = planOf(spec);
  const unit = blockOfSpec(spec);
  const w = spec.width;
  const stem = conv(1, spec.inputDim, w, { bias: weightHasBias(plan.stem[0]), after: afterOf(plan.stem) });
  const preHead: Layer[] = plan.preHead.length === 0 ? [] : plan.preHead.includes('bn') ? [{ kind: 'bn-relu', channels: w }] : [{ kind: 'relu' }];
  return {
    label: describeSpec(spec),
    dataset: 'spirals',
    input: { height: 1, width: 1, channels: spec.inputDim },
    option: null,
    stages: [
      { name: 'stem', layers: [stem] },
      { name: 'units', layers: Array.from({ length: plan.units }, () => unit) },
      { name: 'head', layers: [...preHead, fc(w, spec.classes)] },
    ],
  };
}

/** Learned parameters (weights, biases, BN γ and β, shortcut weights); BN running stats excluded. */
export function parameterCount(spec: MlpSpec): number {
  return countParameters(networkOfSpec(spec));
}

/** A short human label, e.g. "residual-50, width 16" or "plain-8, width 16". */
export function describeSpec(spec: MlpSpec): string {
  const kind = spec.shortcut === 'none' ? 'plain' : 'residual';
  const extras: string[] = [];
  if (spec.shortcut !== 'none' && spec.shortcut !== 'identity') {
    extras.push(shortcutKinds[spec.shortcut].label + (spec.shortcut === 'scaling' ? ` λ=${spec.lambda}` : ''));
  }
  if (spec.placement !== 'original') extras.push(activationPlacements[spec.placement].label);
  if (!spec.batchNorm) extras.push('no BN');
  if (spec.activation === 'linear') extras.push('linear');
  return [`${kind}-${spec.depth}, width ${spec.width}`, ...extras].join(', ');
}

/**
 * Where batch norm and the activation sit in a unit: the five panels of P2 Fig. 4, as data.
 * Each entry lists the ops of a two-layer residual branch (a bottleneck's third layer repeats the
 * BN→ReLU between weight layers; see `branchOps`), the ops after the addition, and what the
 * stem and the head need so that the whole net stays well formed (P2 §4.1: with pre-activation
 * the stem's output feeds the first unit directly and an extra BN→ReLU precedes the classifier).
 */

/** One step of a unit: a weight layer (affine map or conv), a batch norm, or the activation function. */
export type Op = 'weight' | 'bn' | 'act';

/** One activation placement of P2 Fig. 4. */
export interface ActivationPlacement {
  /** Short label for legends and controls. */
  label: string;
  /** The P2 Fig. 4 panel it reproduces. */
  panel: 'a' | 'b' | 'c' | 'd' | 'e';
  /** Ops of the residual branch F, in order; always two weight layers. */
  branch: readonly Op[];
  /** Ops applied after the addition (f in P2's notation). */
  afterAdd: readonly Op[];
  /** Ops after the stem's weight layer, before the first unit. */
  stem: readonly Op[];
  /** Ops after the last unit, before the classifier's weight layer. */
  preHead: readonly Op[];
}

/** P2 Fig. 4 placements; `original` is P1's post-activation unit. */
export const activationPlacements = {
  original: {
    label: 'original (post-activation)',
    panel: 'a',
    branch: ['weight', 'bn', 'act', 'weight', 'bn'],
    afterAdd: ['act'],
    stem: ['bn', 'act'],
    preHead: [],
  },
  bnAfterAdd: {
    label: 'BN after addition',
    panel: 'b',
    branch: ['weight', 'bn', 'act', 'weight'],
    afterAdd: ['bn', 'act'],
    stem: ['bn', 'act'],
    preHead: [],
  },
  actBeforeAdd: {
    label: 'ReLU before addition',
    panel: 'c',
    branch: ['weight', 'bn', 'act', 'weight', 'bn', 'act'],
    afterAdd: [],
    stem: ['bn', 'act'],
    preHead: [],
  },
  actPreact: {
    label: 'ReLU-only pre-activation',
    panel: 'd',
    branch: ['act', 'weight', 'bn', 'act', 'weight', 'bn'],
    afterAdd: [],
    stem: ['bn'],
    preHead: ['act'],
  },
  fullPreact: {
    label: 'full pre-activation',
    panel: 'e',
    branch: ['bn', 'act', 'weight', 'bn', 'act', 'weight'],
    afterAdd: [],
    stem: [],
    preHead: ['bn', 'act'],
  },
} as const satisfies Record<string, ActivationPlacement>;

/** A key of {@link activationPlacements}. */
export type PlacementKey = keyof typeof activationPlacements;

/** All placement keys in registry order. */
export const placementKeys = Object.keys(activationPlacements) as PlacementKey[];

/** True when `key` names a registered activation placement. */
export function isPlacementKey(key: unknown): key is PlacementKey {
  return typeof key === 'string' && Object.hasOwn(activationPlacements, key);
}

/** The ops of a placement's residual branch for `weights` weight layers, with every `bn` dropped when BN is off. */
export function branchOps(key: PlacementKey, weights: number, batchNorm = true): Op[] {
  const ops: readonly Op[] = activationPlacements[key].branch;
  const first = ops.indexOf('weight');
  const last = ops.lastIndexOf('weight');
  const between = ops.slice(first + 1, last);
  const out: Op[] = [...ops.slice(0, first), 'weight'];
  for (let i = 1; i < weights; i++) out.push(...between, 'weight');
  out.push(...ops.slice(last + 1));
  return withBatchNorm(out, batchNorm);
}

/** `ops` as given, or without its `bn` entries when batch norm is off. */
export function withBatchNorm(ops: readonly Op[], batchNorm: boolean): Op[] {
  return ops.filter((op) => batchNorm || op !== 'bn');
}

/**
 * The one unit expansion: a residual unit (conv or dense, basic or bottleneck, any shortcut kind, any
 * placement of P2 Fig. 4) expanded into its ops and its weight layers, and the rules that pick a CNN
 * unit's shortcut and pre-activation sharing. The cost model, the block diagrams and the tfjs builder
 * all go through `unitOps` / `layersOfBlock`.
 */
import { branchOps, withBatchNorm, activationPlacements, type Op } from './placements';
import { shortcutKinds } from './shortcuts';
import type { After, ConvLayer, LayerKind, ResidualBlock, Shortcut, ShortcutOption } from './types';

/** A unit's ops, in order: before the branch's first weight layer, the branch itself, after the addition. */
export interface UnitOps {
  /** Activations before the first weight layer (P2 Fig. 4d/e), [] for the other placements. */
  pre: Op[];
  /** Whether `pre` runs before the split, so the shortcut reads its output too. */
  preShared: boolean;
  /** The branch from its first weight layer to the addition. */
  branch: Op[];
  /** f of P2 eq. (2): the ops after the addition. */
  afterAdd: Op[];
}

/** A unit's two paths, as layers. */
export interface BlockLayers extends UnitOps {
  /** The branch's weight layers F, in order, each with what follows it. */
  convs: readonly ConvLayer[];
  /** The shortcut's own weight layer: W_s of P1 eq. (2), or a gate's W_g with its bias b_g; else null. */
  shortcutLayer: ConvLayer | null;
}

/**
 * How the papers' convs and the lab's dense layers differ. P1's convs carry no bias (BN's shift replaces
 * it) and a post-activation projection has its own BN (P1's released models; P2's code has none on a
 * pre-activation one). The lab's dense layers carry a bias unless a BN follows at once, and W_s is bare.
 */
const CONVENTIONS: Record<LayerKind, { bias: (next: Op | undefined) => boolean; projectionBn: boolean }> = {
  conv: { bias: () => false, projectionBn: true },
  dense: { bias: (next) => weightHasBias(next), projectionBn: false },
};

/**
 * Whether a dense layer carries a bias: not when a BN follows it at once, since BN subtracts the batch
 * mean (which removes any bias) and its β is the shift, as in P1's conv layers before BN.
 */
export function weightHasBias(next: Op | undefined): boolean {
  return next !== 'bn';
}

/** The kernel sides of a unit's weight layers: 3-3 (basic) or 1-3-1 (bottleneck); a dense unit's are all 1. */
function kernelsOf(block: ResidualBlock): number[] {
  const kernels = block.unit === 'basic' ? [3, 3] : [1, 3, 1];
  return block.layer === 'dense' ? kernels.map(() => 1) : kernels;
}

/** A unit's ops: the placement's pattern, stretched to the body's weight layers, BN dropped when off. */
export function unitOps(block: ResidualBlock): UnitOps {
  const ops = branchOps(block.placement, kernelsOf(block).length, block.batchNorm);
  const first = ops.indexOf('weight');
  const pre = ops.slice(0, first);
  return {
    pre,
    preShared: block.sharedPreActivation && pre.length > 0,
    branch: ops.slice(first),
    afterAdd: withBatchNorm(activationPlacements[block.placement].afterAdd, block.batchNorm),
  };
}

/** The BN / ReLU a run of ops after a weight layer amounts to. */
export function afterOf(ops: readonly Op[]): After {
  const bn = ops.includes('bn');
  const act = ops.includes('act');
  return bn && act ? 'bn-relu' : bn ? 'bn' : act ? 'relu' : 'none';
}

/**
 * The unit's layers. The stride sits on the first weight layer: for bottlenecks that is the first 1×1,
 * as in P1's released Caffe models and P2's code (torchvision's "v1.5" moves it to the 3×3, which costs
 * ResNet-50 4.1 G instead of P1's 3.8 G).
 */
export function layersOfBlock(block: ResidualBlock): BlockLayers {
  const ops = unitOps(block);
  const kernels = kernelsOf(block);
  const rule = CONVENTIONS[block.layer];
  const weightAt = ops.branch.flatMap((op, i) => (op === 'weight' ? [i] : []));
  const convs = weightAt.map((at, i) => {
    const next = weightAt[i + 1] ?? ops.branch.length;
    const kernel = kernels[i] as number;
    const cin = i === 0 ? block.inChannels : block.width;
    const cout = i === kernels.length - 1 ? block.outChannels : block.width;
    return layerOf(kernel, cin, cout, i === 0 ? block.stride : 1, rule.bias(ops.branch[at + 1]), afterOf(ops.branch.slice(at + 1, next)));
  });
  const weights = shortcutKinds[block.shortcut].weights;
  let shortcutLayer: ConvLayer | null = null;
  if (weights === 'projection') {
    const bn = rule.projectionBn && ops.branch[ops.branch.length - 1] === 'bn';
    shortcutLayer = layerOf(1, block.inChannels, block.outChannels, block.stride, false, bn ? 'bn' : 'none');
  } else if (weights === 'gate') {
    shortcutLayer = layerOf(1, block.inChannels, block.outChannels, block.stride, true, 'none');
  }
  return { ...ops, convs, shortcutLayer };
}

/** Whether a unit changes the map's size or channel count, so an identity shortcut cannot be added as is. */
export function changesDimensions(inChannels: number, outChannels: number, stride: number): boolean {
  return inChannels !== outChannels || stride !== 1;
}

/** The shortcut a P1 Sec. 3.3 option gives a unit: A pads, B projects where dimensions change; C always projects. */
export function shortcutFor(option: ShortcutOption, dimensionsChange: boolean): Shortcut {
  switch (option) {
    case 'plain':
      return 'none';
    case 'A':
      return dimensionsChange ? 'zeroPad' : 'identity';
    case 'B':
      return dimensionsChange ? 'projection' : 'identity';
    case 'C':
      return 'projection';
  }
}

/**
 * Whether a pre-activation unit's BN→ReLU is shared with the shortcut: for the network's first unit
 * (P2 appendix: "right after conv1, before splitting into two paths") and for every unit whose shortcut
 * is not the identity (P2's released code: "common BN, ReLU" for units that increase dimensions).
 */
export function sharesPreActivation(shortcut: Shortcut, firstUnitOfNetwork: boolean): boolean {
  return firstUnitOfNetwork || (shortcut !== 'identity' && shortcut !== 'none');
}

function layerOf(kernel: number, inChannels: number, outChannels: number, stride: number, bias: boolean, after: After): ConvLayer {
  return { kind: 'conv', kernel, stride, padding: (kernel - 1) / 2, inChannels, outChannels, bias, after };
}

/**
 * The papers' CNNs as data: a network is a list of named stages, a stage is a list of layers, and a
 * residual unit is one layer-like entry described by its parameters (P1 Fig. 2 / Fig. 5, P2 Fig. 4).
 * The block diagram draws these objects and the cost model counts them (the tfjs builder reads the
 * lab nets' own description, src/lib/nets, for now).
 * Batch norm and ReLU are not separate entries: each weight layer says what follows it (`after`),
 * and a unit's `order` says where its activations sit.
 */
import type { BlockKind } from '../papers/p1-architecture';

/** Height × width × channels of a feature map; a vector of n features is 1 × 1 × n. */
export interface Shape {
  /** Rows of the map. */
  height: number;
  /** Columns of the map. */
  width: number;
  /** Channels (filters) of the map. */
  channels: number;
}

/** What follows a weight layer before the next one: batch norm and/or ReLU, or nothing. */
export type After = 'bn-relu' | 'bn' | 'relu' | 'none';

/** A 2-D convolution, kernel × kernel, applied with the given stride and zero padding. */
export interface ConvLayer {
  /** Discriminant. */
  kind: 'conv';
  /** Kernel side (1, 3 or 7 in these papers). */
  kernel: number;
  /** Step between output positions. */
  stride: number;
  /** Zero padding added on each side. */
  padding: number;
  /** Channels read. */
  inChannels: number;
  /** Channels (filters) written. */
  outChannels: number;
  /** Whether the conv has a learned bias: VGG's do; ResNets' do not (BN's shift replaces it). */
  bias: boolean;
  /** What follows the conv. */
  after: After;
}

/** Max pooling over kernel × kernel windows. */
export interface MaxPoolLayer {
  /** Discriminant. */
  kind: 'max-pool';
  /** Window side. */
  kernel: number;
  /** Step between windows. */
  stride: number;
  /** Padding on each side (padded cells never win the max). */
  padding: number;
}

/** Global average pooling: each channel's map becomes one number. */
export interface GlobalAvgPoolLayer {
  /** Discriminant. */
  kind: 'global-avg-pool';
}

/** A fully connected layer on the flattened input; it always has a bias. */
export interface FcLayer {
  /** Discriminant. */
  kind: 'fc';
  /** Inputs read: height × width × channels of the map it flattens. */
  inFeatures: number;
  /** Outputs written. */
  outFeatures: number;
  /** ReLU after the hidden FC layers of VGG; none before the softmax. */
  after: 'relu' | 'none';
}

/** A stand-alone BN → ReLU: the extra activation after P2's last pre-activation unit. */
export interface BnReluLayer {
  /** Discriminant. */
  kind: 'bn-relu';
  /** Channels normalised. */
  channels: number;
}

/** Residual function of a unit: two 3×3 convs (P1 "basic") or 1×1-3×3-1×1 (P1 "bottleneck"). */
export type UnitKind = BlockKind;

/** What a unit's shortcut does: identity, P1 option A's zero-padded identity, a 1×1 projection, or none (plain). */
export type Shortcut = 'identity' | 'zero-pad' | 'projection' | 'none';

/**
 * Where a unit's activations sit. `post`: P1's unit, conv→BN→ReLU inside and ReLU after the addition
 * (P2 Fig. 4a). `pre`: P2's full pre-activation, BN→ReLU before each conv on the branch only and
 * nothing after the addition (Fig. 4e). `pre-shared`: the same, but the first BN→ReLU comes before the
 * split, so the shortcut reads the activated input too (P2 appendix for the first unit; the released
 * code does this for every unit that changes dimensions).
 */
export type ActivationOrder = 'post' | 'pre' | 'pre-shared';

/** One residual unit ("building block"), or a plain pair/triple of layers when `shortcut` is 'none'. */
export interface ResidualBlock {
  /** Discriminant. */
  kind: 'block';
  /** Basic or bottleneck residual function. */
  unit: UnitKind;
  /** Channels entering the unit. */
  inChannels: number;
  /** Filters of the 3×3 conv(s): equal to `outChannels` for basic units, a quarter of it for bottlenecks. */
  width: number;
  /** Channels leaving the unit. */
  outChannels: number;
  /** 2 on the first unit of a stage that halves the map (conv3_1, conv4_1, conv5_1), else 1. */
  stride: number;
  /** The shortcut kind. */
  shortcut: Shortcut;
  /** Activation placement. */
  order: ActivationOrder;
}

/** Any entry of a stage. */
export type Layer = ConvLayer | MaxPoolLayer | GlobalAvgPoolLayer | FcLayer | BnReluLayer | ResidualBlock;

/** A named run of layers: P1 Table 1's rows (conv1, conv2_x … conv5_x, then the classifier 'fc'). */
export interface Stage {
  /** Row name, e.g. 'conv3_x'. */
  name: string;
  /** Its layers, in order. */
  layers: readonly Layer[];
}

/** P1 Sec. 3.3 options: A zero-pads, B projects where dimensions change, C projects everywhere; 'plain': none. */
export type ShortcutOption = 'A' | 'B' | 'C' | 'plain';

/** The dataset a network is laid out for. */
export type Dataset = 'imagenet' | 'cifar10';

/** A whole network: input, stages, and the choices it was built with. */
export interface Network {
  /** Display name, e.g. 'ResNet-34'. */
  label: string;
  /** ImageNet (224×224, 1000 classes) or CIFAR-10 (32×32, 10 classes). */
  dataset: Dataset;
  /** Input image shape. */
  input: Shape;
  /** Shortcut option of its residual units, or null for VGG. */
  option: ShortcutOption | null;
  /** Stages, stem first, classifier last. */
  stages: readonly Stage[];
}

/**
 * The one architecture description: the papers' CNNs and the lab's nets as data. A network is a list
 * of named stages, a stage is a list of layers, and a residual unit is one layer-like entry described
 * by its parameters (P1 Fig. 2 / Fig. 5, P2 Fig. 2 / Fig. 4). A dense layer is a 1×1 conv on a 1×1 map,
 * so the lab's MLPs are networks of the same kind (src/lib/nets/spec.ts builds them).
 * The cost model counts these objects, the block diagrams draw them (src/lib/diagrams), and the tfjs
 * builder follows the same unit expansion (`unitOps`, `layersOfBlock` in block.ts).
 * Batch norm and ReLU are not separate entries: each weight layer says what follows it (`after`),
 * and a unit's `placement` says where its activations sit.
 */
import type { BlockKind } from '../papers/p1-architecture';
import type { PlacementKey } from './placements';
import type { ShortcutKey } from './shortcuts';

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

/** A stand-alone ReLU: the extra activation before the classifier of a ReLU-only pre-activation net (P2 Fig. 4d). */
export interface ReluLayer {
  /** Discriminant. */
  kind: 'relu';
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

/** What a unit's shortcut does: a key of the shortcut registry (shortcuts.ts); 'none' is a plain unit. */
export type Shortcut = ShortcutKey;

/** The numbers some shortcut kinds read (P2 Fig. 2): λ, whether F is scaled by 1 − λ, b_g, the drop rate. */
export interface ShortcutParams {
  /** Shortcut scale λ of `scaling` (P2 eq. 8). */
  lambda: number;
  /** For `scaling`: also scale the branch by (1 − λ). */
  scaleBranch: boolean;
  /** Initial gate bias b_g of the gating kinds. */
  gateBias: number;
  /** Drop probability p of the `dropout` kind. */
  dropP: number;
}

/**
 * What a unit's weight layers are: the papers' convs (3×3, or 1×1-3×3-1×1 in a bottleneck; no bias,
 * BN after a post-activation projection) or the lab's dense layers (1×1 on a 1×1 map; a bias wherever
 * no BN follows at once; a bare projection W_s). The conventions live in block.ts.
 */
export type LayerKind = 'conv' | 'dense';

/** One residual unit ("building block"), or a plain pair/triple of layers when `shortcut` is 'none'. */
export interface ResidualBlock {
  /** Discriminant. */
  kind: 'block';
  /** Convs (the papers' CNNs) or dense layers (the lab's nets). */
  layer: LayerKind;
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
  /** The numbers the shortcut kind reads; absent for kinds that read none (identity, zero-pad, projection, none). */
  shortcutParams?: ShortcutParams;
  /** Where BN and the activation sit (P2 Fig. 4): 'original' is P1's unit, 'fullPreact' P2's. */
  placement: PlacementKey;
  /**
   * Whether the BN→ReLU before the first weight layer comes before the split, so the shortcut reads the
   * activated input too (P2 appendix for the first unit; P2's released code for every unit whose shortcut
   * is not the identity). Only meaningful for placements that start the branch with activations.
   */
  sharedPreActivation: boolean;
  /** Batch norm on (every CNN of the papers) or off (a lab ablation): when off, every BN is dropped. */
  batchNorm: boolean;
}

/** Any entry of a stage. */
export type Layer = ConvLayer | MaxPoolLayer | GlobalAvgPoolLayer | FcLayer | BnReluLayer | ReluLayer | ResidualBlock;

/** A named run of layers: P1 Table 1's rows (conv1, conv2_x … conv5_x, then the classifier 'fc'). */
export interface Stage {
  /** Row name, e.g. 'conv3_x'. */
  name: string;
  /** Its layers, in order. */
  layers: readonly Layer[];
}

/** P1 Sec. 3.3 options: A zero-pads, B projects where dimensions change, C projects everywhere; 'plain': none. */
export type ShortcutOption = 'A' | 'B' | 'C' | 'plain';

/** The dataset a network is laid out for: the papers' two, or the lab's 2-D spirals. */
export type Dataset = 'imagenet' | 'cifar10' | 'digits' | 'spirals';

/** A whole network: input, stages, and the choices it was built with. */
export interface Network {
  /** Display name, e.g. 'ResNet-34'. */
  label: string;
  /** ImageNet (224×224, 1000 classes), CIFAR-10 (32×32, 10 classes), the CNN lab's 8×8 digits (10 classes) or the spirals (2 features, 2 classes). */
  dataset: Dataset;
  /** Input image shape. */
  input: Shape;
  /** Shortcut option of its residual units, or null for VGG. */
  option: ShortcutOption | null;
  /** Stages, stem first, classifier last. */
  stages: readonly Stage[];
}

/**
 * A residual unit expanded into its convolutions, and the rules that pick a unit's shortcut and
 * activation order. Everything that counts or draws a unit goes through `layersOfBlock`.
 */
import type { ActivationOrder, After, ConvLayer, ResidualBlock, Shortcut, ShortcutOption } from './types';

/** A residual unit's two paths, as plain layers. */
export interface BlockLayers {
  /** BN→ReLU before the convs: none (post-activation), on the branch only, or shared with the shortcut. */
  preActivation: 'none' | 'branch' | 'shared';
  /** The residual function F, in order. */
  branch: readonly ConvLayer[];
  /** The 1×1 projection W_s of P1 eq. (2), or null for identity, zero-pad and plain units. */
  projection: ConvLayer | null;
  /** f of P2 eq. (2): ReLU for P1's unit (and after a plain pair), nothing for pre-activation. */
  afterAdd: 'relu' | 'none';
}

/**
 * The convs of a unit. The stride sits on the first conv: for bottlenecks that is the first 1×1, as in
 * P1's released Caffe models and P2's code (torchvision's "v1.5" moves it to the 3×3, which costs
 * ResNet-50 4.1 G instead of P1's 3.8 G). Post-activation convs are followed by BN (+ ReLU but the
 * last); pre-activation convs are followed by the next conv's BN→ReLU, the last by nothing. A
 * post-activation projection has its own BN (P1's models); a pre-activation one has none (P2's code).
 */
export function layersOfBlock(block: ResidualBlock): BlockLayers {
  const { unit, inChannels, width, outChannels, stride, order } = block;
  const post = order === 'post';
  const shapes: readonly [number, number, number, number][] =
    unit === 'basic'
      ? [
          [3, inChannels, width, stride],
          [3, width, outChannels, 1],
        ]
      : [
          [1, inChannels, width, stride],
          [3, width, width, 1],
          [1, width, outChannels, 1],
        ];
  const lastAfter: After = post ? 'bn' : 'none';
  const branch = shapes.map(([kernel, cin, cout, s], i) =>
    convOf(kernel, cin, cout, s, i < shapes.length - 1 ? 'bn-relu' : lastAfter),
  );
  const projection =
    block.shortcut === 'projection' ? convOf(1, inChannels, outChannels, stride, post ? 'bn' : 'none') : null;
  return {
    preActivation: post ? 'none' : order === 'pre' ? 'branch' : 'shared',
    branch,
    projection,
    afterAdd: post ? 'relu' : 'none',
  };
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
      return dimensionsChange ? 'zero-pad' : 'identity';
    case 'B':
      return dimensionsChange ? 'projection' : 'identity';
    case 'C':
      return 'projection';
  }
}

/**
 * A pre-activation unit's order: its BN→ReLU is shared with the shortcut for the network's first unit
 * (P2 appendix: "right after conv1, before splitting into two paths") and for every unit whose shortcut
 * is not the identity (P2's released code: "common BN, ReLU" for units that increase dimensions).
 */
export function preActivationOrder(shortcut: Shortcut, firstUnitOfNetwork: boolean): ActivationOrder {
  return firstUnitOfNetwork || (shortcut !== 'identity' && shortcut !== 'none') ? 'pre-shared' : 'pre';
}

function convOf(kernel: number, inChannels: number, outChannels: number, stride: number, after: After): ConvLayer {
  return { kind: 'conv', kernel, stride, padding: (kernel - 1) / 2, inChannels, outChannels, bias: false, after };
}

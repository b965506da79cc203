/**
 * Small constructors the builders share, so a network reads like the paper's table.
 */
import { changesDimensions, sharesPreActivation, shortcutFor } from './block';
import type {
  After,
  ConvLayer,
  FcLayer,
  GlobalAvgPoolLayer,
  MaxPoolLayer,
  ResidualBlock,
  ShortcutOption,
  Stage,
  UnitKind,
} from './types';

/** A k×k conv with "same" padding unless told otherwise; no bias and BN→ReLU after, unless told otherwise. */
export function conv(
  kernel: number,
  inChannels: number,
  outChannels: number,
  options: { stride?: number; padding?: number; bias?: boolean; after?: After } = {},
): ConvLayer {
  const { stride = 1, padding = Math.floor(kernel / 2), bias = false, after = 'bn-relu' } = options;
  return { kind: 'conv', kernel, stride, padding, inChannels, outChannels, bias, after };
}

/** A max-pooling layer. */
export function maxPool(kernel: number, stride: number, padding = 0): MaxPoolLayer {
  return { kind: 'max-pool', kernel, stride, padding };
}

/** The global average pooling layer. */
export const globalAvgPool: GlobalAvgPoolLayer = { kind: 'global-avg-pool' };

/** A fully connected layer. */
export function fc(inFeatures: number, outFeatures: number, after: 'relu' | 'none' = 'none'): FcLayer {
  return { kind: 'fc', inFeatures, outFeatures, after };
}

/** How to build one stage of residual (or plain) units. */
export interface ResidualStageSpec {
  /** Stage name, e.g. 'conv3_x'. */
  name: string;
  /** Basic or bottleneck units. */
  unit: UnitKind;
  /** Channels entering the stage. */
  inChannels: number;
  /** 3×3 filters of each unit (a bottleneck's inner width). */
  width: number;
  /** Channels leaving each unit. */
  outChannels: number;
  /** How many units. */
  units: number;
  /** Stride of the first unit (2 where the map halves). */
  stride: number;
  /** P1 shortcut option. */
  option: ShortcutOption;
  /** P1's post-activation or P2's pre-activation units. */
  activation: 'post' | 'pre';
  /** Whether the stage's first unit is the network's first unit (it follows conv1 directly). */
  firstInNetwork?: boolean;
}

/** A stage of units: the first takes the stage's stride and input channels, the rest keep the shape. */
export function residualStage(spec: ResidualStageSpec): Stage {
  const layers: ResidualBlock[] = [];
  for (let i = 0; i < spec.units; i++) {
    const inChannels = i === 0 ? spec.inChannels : spec.outChannels;
    const stride = i === 0 ? spec.stride : 1;
    const shortcut = shortcutFor(spec.option, changesDimensions(inChannels, spec.outChannels, stride));
    const first = i === 0 && spec.firstInNetwork === true;
    layers.push({
      kind: 'block',
      layer: 'conv',
      unit: spec.unit,
      inChannels,
      width: spec.width,
      outChannels: spec.outChannels,
      stride,
      shortcut,
      placement: spec.activation === 'post' ? 'original' : 'fullPreact',
      sharedPreActivation: spec.activation === 'pre' && sharesPreActivation(shortcut, first),
      batchNorm: true,
    });
  }
  return { name: spec.name, layers };
}

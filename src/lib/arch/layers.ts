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

/** How to build a ResNet's residual stages (conv2_x, conv3_x, …). */
export interface ResidualStagesSpec {
  /** Channels entering conv2_x (the stem's filters). */
  inChannels: number;
  /** Basic or bottleneck units. */
  unit: UnitKind;
  /** 3×3 filters of each stage's units. */
  widths: readonly number[];
  /** Units in each stage. */
  units: readonly number[];
  /** P1 shortcut option. */
  option: ShortcutOption;
  /** P1's post-activation or P2's pre-activation units. */
  activation: 'post' | 'pre';
}

/**
 * The residual stages: stage i has `widths[i]` 3×3 filters and `units[i]` units, writes 4× its width
 * for bottlenecks, keeps the map in conv2_x and halves it at the start of every later stage (P1
 * Sec. 3.3, Table 1). The first unit of conv2_x is the network's first unit.
 */
export function residualStages(spec: ResidualStagesSpec): { stages: Stage[]; outChannels: number } {
  const expansion = spec.unit === 'basic' ? 1 : 4;
  let channels = spec.inChannels;
  const stages = spec.widths.map((width, i) => {
    const stage = residualStage({
      name: `conv${i + 2}_x`,
      unit: spec.unit,
      inChannels: channels,
      width,
      outChannels: width * expansion,
      units: spec.units[i] ?? 0,
      stride: i === 0 ? 1 : 2,
      option: spec.option,
      activation: spec.activation,
      firstInNetwork: i === 0,
    });
    channels = width * expansion;
    return stage;
  });
  return { stages, outChannels: channels };
}

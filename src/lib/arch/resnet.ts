/**
 * P1 Table 1: the ImageNet plain and residual networks. A 7×7/2 conv1, a 3×3/2 max-pool opening
 * conv2_x, four stages at 56, 28, 14 and 7 whose first unit halves the map (except conv2_x), then
 * global average pooling and one 1000-way FC layer.
 */
import { conv, fc, globalAvgPool, maxPool, residualStages } from './layers';
import { P1_ARCHITECTURES, p1Architecture, type P1Depth } from '../papers/p1-architecture';
import type { Network, ShortcutOption, Stage, UnitKind } from './types';

/**
 * ResNet-200 (P2 Table 5): ResNet-152 with 16 more bottleneck units, all in conv3_x (28×28). The
 * other depths are P1 Table 1's, read from its one description (src/lib/papers/p1-architecture.ts).
 */
function resnet200(): StageUnits {
  const r152 = p1Architecture(152);
  const [a, b, c, d] = r152.blocksPerStage;
  return { unit: r152.block, units: [a, b + 16, c, d] };
}

/** An ImageNet ResNet depth this module builds: P1 Table 1's five, and P2's 200. */
export type ImageNetDepth = P1Depth | 200;

type StageUnits = { unit: UnitKind; units: readonly number[] };

function p1Units(): Record<P1Depth, StageUnits> {
  const out = {} as Record<P1Depth, StageUnits>;
  for (const a of P1_ARCHITECTURES) out[a.depth] = { unit: a.block, units: a.blocksPerStage };
  return out;
}

/** Unit kind and units per stage (conv2_x … conv5_x) for each depth. */
export const RESNET_UNITS: Readonly<Record<ImageNetDepth, StageUnits>> = { ...p1Units(), 200: resnet200() };

/** P1's option for a depth when none is given: A for 18/34 (Table 2), B for 50 and deeper (Table 3). */
export function defaultOption(depth: ImageNetDepth): ShortcutOption {
  return RESNET_UNITS[depth].unit === 'basic' ? 'A' : 'B';
}

/** A P1 Table 1 network; `option` 'plain' drops every shortcut and gives the plain net of the same depth. */
export function imagenetResNet(depth: ImageNetDepth, option: ShortcutOption = defaultOption(depth)): Network {
  const { unit, units } = RESNET_UNITS[depth];
  const body = residualStages({ inChannels: 64, unit, widths: units.map((_, i) => 64 * 2 ** i), units, option, activation: 'post' });
  const channels = body.outChannels;
  const [first, ...later] = body.stages as [Stage, ...Stage[]];
  const stages: Stage[] = [
    { name: 'conv1', layers: [conv(7, 3, 64, { stride: 2, padding: 3 })] },
    { ...first, layers: [maxPool(3, 2, 1), ...first.layers] },
    ...later,
  ];
  stages.push({ name: 'fc', layers: [globalAvgPool, fc(channels, 1000)] });
  return {
    label: option === 'plain' ? `plain-${depth}` : `ResNet-${depth}`,
    dataset: 'imagenet',
    input: { height: 224, width: 224, channels: 3 },
    option,
    stages,
  };
}

/** P1's plain-18 or plain-34: ResNet-18/34 without shortcuts (Fig. 3 middle). */
export function plainNet(depth: 18 | 34): Network {
  return imagenetResNet(depth, 'plain');
}

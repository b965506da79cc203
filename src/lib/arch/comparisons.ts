/**
 * The what-if comparisons the chapters quote: a stride-1 stem, basic vs bottleneck units, and what
 * P1's shortcut options A/B/C cost on the same network.
 */
import { costOfBlock, costOfNetwork, totalParams } from './cost';
import { conv } from './layers';
import { imagenetResNet, type ImageNetDepth } from './resnet';
import { shortcutCounts } from './structure';
import type { Network, ResidualBlock, Shortcut, Stage } from './types';

/**
 * The same network with a hypothetical 3×3, stride-1 conv1 and no max-pool, so every later stage
 * runs on a map 4× larger per side (224 instead of 56 for conv2_x).
 */
export function withStrideOneStem(net: Network): Network {
  const [stem, next, ...rest] = net.stages;
  const first = stem?.layers[0];
  if (!stem || !next || first?.kind !== 'conv') {
    throw new Error(`${net.label} does not start with a conv stem`);
  }
  const small: Stage = {
    name: stem.name,
    layers: [conv(3, first.inChannels, first.outChannels, { after: first.after })],
  };
  const unpooled: Stage = { name: next.name, layers: next.layers.filter((layer) => layer.kind !== 'max-pool') };
  return { ...net, label: `${net.label}, 3×3/1 stem`, stages: [small, unpooled, ...rest] };
}

/** One side of the stem comparison. */
export interface StemCase {
  /** Which network. */
  label: string;
  /** Multiply-adds of conv1. */
  stemMacs: number;
  /** Side of the map the first residual stage works on (56 with P1's stem, 224 without downsampling). */
  nextStageSize: number;
  /** Name of that stage ('conv2_x'). */
  nextStage: string;
  /** Its multiply-adds. */
  nextStageMacs: number;
  /** The whole network's multiply-adds. */
  totalMacs: number;
}

/** P1's 7×7/2 stem + 3×3/2 max-pool against a 3×3/1 stem at 224×224 (facts Q5). */
export interface StemComparison {
  /** P1 Table 1's stem. */
  real: StemCase;
  /** The hypothetical stride-1 stem. */
  strideOne: StemCase;
}

/** What conv1 and the next stage cost with P1's downsampling stem and with a stride-1 3×3 stem. */
export function compareStem(net: Network = imagenetResNet(34)): StemComparison {
  return { real: stemCase(net), strideOne: stemCase(withStrideOneStem(net)) };
}

function stemCase(net: Network): StemCase {
  const { stages, total } = costOfNetwork(net);
  const [stem, next] = stages;
  if (!stem || !next) throw new Error(`${net.label} has fewer than two stages`);
  return {
    label: net.label,
    stemMacs: stem.cost.macs,
    nextStageSize: next.output.height,
    nextStage: next.name,
    nextStageMacs: next.cost.macs,
    totalMacs: total.macs,
  };
}

/** One unit in the block comparison. */
export interface BlockCostRow {
  /** Stable key. */
  key: 'basic' | 'bottleneck' | 'bottleneck-projection';
  /** Label for tables. */
  label: string;
  /** The unit. */
  block: ResidualBlock;
  /** Its multiply-adds at the given map size. */
  macs: number;
  /** Its learned parameters (weights and BN). */
  params: number;
}

/**
 * P1 Fig. 5 at a size×size map (56 in the paper's conv2_x): the basic 64-d unit, the 256-d bottleneck
 * with an identity shortcut, and the same bottleneck with a 1×1 projection shortcut (P1 Sec. 4.1:
 * "the time complexity and model size are doubled").
 */
export function blockCost(size = 56): BlockCostRow[] {
  const unit = (kind: ResidualBlock['unit'], channels: number, shortcut: Shortcut): ResidualBlock => ({
    kind: 'block',
    layer: 'conv',
    unit: kind,
    inChannels: channels,
    width: 64,
    outChannels: channels,
    stride: 1,
    shortcut,
    placement: 'original',
    sharedPreActivation: false,
    batchNorm: true,
  });
  const rows: [BlockCostRow['key'], string, ResidualBlock][] = [
    ['basic', 'basic block, 64-d', unit('basic', 64, 'identity')],
    ['bottleneck', 'bottleneck, 256-d, identity shortcut', unit('bottleneck', 256, 'identity')],
    ['bottleneck-projection', 'bottleneck, 256-d, projection shortcut', unit('bottleneck', 256, 'projection')],
  ];
  return rows.map(([key, label, block]) => {
    const cost = costOfBlock(block, { height: size, width: size, channels: block.inChannels });
    return { key, label, block, macs: cost.macs, params: totalParams(cost) };
  });
}

/** One shortcut option in the overhead table. */
export interface OptionOverheadRow {
  /** P1 option. */
  option: 'A' | 'B' | 'C';
  /** Projection shortcuts in the network. */
  projections: number;
  /** Learned parameters (weights and BN). */
  params: number;
  /** Multiply-adds. */
  macs: number;
  /** Parameters beyond option A's. */
  extraParams: number;
  /** Multiply-adds beyond option A's. */
  extraMacs: number;
}

/** What options A, B and C cost on the same ImageNet network (P1 Table 3 compares them on ResNet-34). */
export function shortcutOverhead(depth: ImageNetDepth = 34): OptionOverheadRow[] {
  const rows = (['A', 'B', 'C'] as const).map((option) => {
    const net = imagenetResNet(depth, option);
    const { total } = costOfNetwork(net);
    return { option, projections: shortcutCounts(net).projection, params: totalParams(total), macs: total.macs };
  });
  const base = rows[0]!;
  return rows.map((row) => ({ ...row, extraParams: row.params - base.params, extraMacs: row.macs - base.macs }));
}

/**
 * The FLOPs explorer's data (chapter 5): one column per network, a row per stage with its map size,
 * its layers in a few words, its multiply-adds and parameters and their shares of the whole.
 */
import { layersOfBlock } from './block';
import { stageBreakdown, type StageRow } from './breakdown';
import { costOfNetwork, totalParams } from './cost';
import { EXPLORER_MODELS, type ExplorerModel } from './explorer-state';
import { flopsAgreement, printedFlops, type FlopsAgreement, type PrintedFlops } from './printed-flops';
import { buildNetwork, NETWORKS, type NetworkKey } from './registry';
import { weightedDepth } from './structure';
import type { Layer, Network, Stage } from './types';

/** A stage row with a short description of its layers. */
export interface StageCostRow extends StageRow {
  /** Its layers in a few words, e.g. 'max-pool /2 · 6 conv · 64 ch'. */
  layers: string;
  /** Whether this is the classifier stage (drawn apart from the map sizes). */
  head: boolean;
}

/** One network as the explorer shows it. */
export interface FlopsColumn {
  /** Registry key, or another stable key for a what-if network (e.g. 'resnet34-stride1-stem'). */
  key: string;
  /** Display name. */
  label: string;
  /** Weighted layers on the main path. */
  depth: number;
  /** Multiply-adds of the whole network. */
  totalMacs: number;
  /** Learned parameters of the whole network (weights and BN). */
  totalParams: number;
  /** P1's printed FLOPs and how our count meets it, or null when P1 prints none. */
  printed: (PrintedFlops & { agreement: FlopsAgreement }) | null;
  /** Its stages, stem first, classifier last. */
  stages: StageCostRow[];
}

/** A stage's layers in a few words: pooling, conv count (or the single conv's kernel/stride), width, FC count. */
export function describeStage(stage: Stage, outChannels: number): string {
  const parts: string[] = [];
  const layers: readonly Layer[] = stage.layers;
  const pool = layers.find((l) => l.kind === 'max-pool');
  if (pool?.kind === 'max-pool') parts.push(`max-pool /${pool.stride}`);
  if (layers.some((l) => l.kind === 'global-avg-pool')) parts.push('avg-pool');
  const convs = layers.flatMap((l) =>
    l.kind === 'conv' ? [l] : l.kind === 'block' ? [...layersOfBlock(l).convs] : [],
  );
  const projections = layers.filter((l) => l.kind === 'block' && l.shortcut === 'projection').length;
  const only = convs.length === 1 ? convs[0] : undefined;
  if (only) parts.push(`${only.kernel}×${only.kernel} conv${only.stride > 1 ? ` /${only.stride}` : ''}`);
  else if (convs.length > 1) parts.push(`${convs.length} conv`);
  if (projections > 0) parts.push(`${projections} proj.`);
  if (convs.length > 0) parts.push(`${outChannels} ch`);
  const fcs = layers.filter((l) => l.kind === 'fc').length;
  if (fcs > 0) parts.push(`${fcs} FC`);
  return parts.join(' · ');
}

/** Each stage of `net` with its cost, shares and a short description. */
export function stageCostRows(net: Network): StageCostRow[] {
  return stageBreakdown(net).map((row, i) => {
    const stage = net.stages[i]!;
    return { ...row, layers: describeStage(stage, row.output.channels), head: stage.layers.some((l) => l.kind === 'fc') };
  });
}

/** A column for any network under a stable key, with P1's printed figure when there is one. */
export function networkColumn(key: string, net: Network, printed: PrintedFlops | null = null): FlopsColumn {
  const { total } = costOfNetwork(net);
  return {
    key,
    label: net.label,
    depth: weightedDepth(net),
    totalMacs: total.macs,
    totalParams: totalParams(total),
    printed: printed ? { ...printed, agreement: flopsAgreement(net, printed) } : null,
    stages: stageCostRows(net),
  };
}

/** The column for a registry network, labelled as the registry labels it. */
export function flopsColumn(key: NetworkKey): FlopsColumn {
  return { ...networkColumn(key, buildNetwork(key), printedFlops(key)), label: NETWORKS[key].label };
}

/** Every column the explorer can show (the VGG-19 baseline is one of them), by key. */
export function explorerColumns(): Record<ExplorerModel, FlopsColumn> {
  return Object.fromEntries(EXPLORER_MODELS.map((k) => [k, flopsColumn(k)])) as Record<ExplorerModel, FlopsColumn>;
}

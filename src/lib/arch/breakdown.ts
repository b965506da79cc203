/**
 * Per-stage tables for the chapters: where a network spends its multiply-adds and parameters.
 */
import { costOfNetwork, totalParams } from './cost';
import type { Network, Shape } from './types';

/** One row of a stage breakdown. */
export interface StageRow {
  /** Stage name, e.g. 'conv1', 'conv2_x', 'block1', 'fc'. */
  name: string;
  /** Side of the stage's output map (P1 Table 1's "output size"). */
  size: number;
  /** Full output shape. */
  output: Shape;
  /** Multiply-adds of the stage. */
  macs: number;
  /** Learned parameters of the stage (weights and BN). */
  params: number;
  /** The stage's fraction of the network's multiply-adds, 0…1. */
  macsShare: number;
  /** The stage's fraction of the network's parameters, 0…1. */
  paramsShare: number;
}

/** Each stage's output size, multiply-adds, parameters and share of the total. */
export function stageBreakdown(net: Network): StageRow[] {
  const { stages, total } = costOfNetwork(net);
  const allParams = totalParams(total);
  return stages.map(({ name, output, cost }) => ({
    name,
    size: output.height,
    output,
    macs: cost.macs,
    params: totalParams(cost),
    macsShare: total.macs === 0 ? 0 : cost.macs / total.macs,
    paramsShare: allParams === 0 ? 0 : totalParams(cost) / allParams,
  }));
}

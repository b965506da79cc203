/**
 * Layer responses recorded by src/scripts/record-layer-responses.ts: per net, the std of each unit's
 * branch output after the lab's training run (the static fig-layer-responses).
 */
import { layerResponseNets, layerResponsesSetup } from '../layer-responses';
import record from './layer-responses.json';

/** One net's responses. */
export interface RecordedResponseNet {
  /** e.g. "plain-20". */
  id: string;
  /** Hidden weight layers. */
  depth: number;
  /** Whether it has identity shortcuts. */
  residual: boolean;
  /** Training loss after the last step, BN with the training set's own statistics (as the lab measures it). */
  finalLoss: number;
  /** Test accuracy after the last step, inference mode, in [0, 1]. */
  testAccuracy: number;
  /** std of the branch output F(x_l) on the test points, inference mode, l = 0 … L−1. */
  std: number[];
}

/** The committed record's shape. */
export interface RecordedLayerResponses {
  /** The tfjs backend used. */
  backend: string;
  /** Optimiser steps each net took. */
  steps: number;
  /** Plain then residual at each depth. */
  nets: RecordedResponseNet[];
}

/** The recorded responses; throws when the set-up changed since they were recorded. */
export function recordedLayerResponses(): RecordedLayerResponses {
  const r = record as RecordedLayerResponses;
  const ids = layerResponseNets().map((n) => n.id);
  if (r.steps !== layerResponsesSetup.steps || r.nets.map((n) => n.id).join() !== ids.join()) {
    throw new Error('The recorded layer responses are stale. Run: npx node src/scripts/run.mjs src/scripts/record-layer-responses.ts');
  }
  return r;
}

/** Mean over units of a net's response std: the figure's one-number summary of a net. */
export function meanResponse(net: Pick<RecordedResponseNet, 'std'>): number {
  return net.std.reduce((a, b) => a + b, 0) / net.std.length;
}

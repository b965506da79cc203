/**
 * P1 Fig. 7 ("Analysis of Layer Responses") re-run on the lab's nets, as data: plain and residual
 * nets of growing depth, trained briefly with the lab's optimiser, then the standard deviation of
 * each unit's branch output F(x_l) on the held-out points. The recorder replays this set-up.
 */
import { degradationLab, type LabModel } from './nets/lab';
import type { MlpSpec } from './nets/spec';

const [plain, , residual] = degradationLab.models as [LabModel, LabModel, LabModel];

/** The experiment: which depths, how long, on what (the lab's data, seed and optimiser). */
export const layerResponsesSetup = {
  /** Seeds the data, the weights and the batch order, as in the lab. */
  seed: degradationLab.seed,
  /** Hidden weight layers of each plain/residual pair. */
  depths: [8, 20, 50],
  /** Full-batch optimiser steps before measuring. */
  steps: 300,
  /** The lab's optimiser. */
  optimizer: degradationLab.optimizer,
  /** The lab's data options. */
  data: degradationLab.data,
} as const;

/** One net of the experiment: the lab's plain or residual spec at another depth. */
export interface ResponseNet {
  /** e.g. "residual-20". */
  id: string;
  /** Whether it has identity shortcuts. */
  residual: boolean;
  /** The architecture. */
  spec: MlpSpec;
}

/** The nets, plain then residual at each depth, built from the lab's own specs. */
export function layerResponseNets(): ResponseNet[] {
  return layerResponsesSetup.depths.flatMap((depth) => [
    { id: `plain-${depth}`, residual: false, spec: { ...plain.spec, depth } },
    { id: `residual-${depth}`, residual: true, spec: { ...residual.spec, depth } },
  ]);
}

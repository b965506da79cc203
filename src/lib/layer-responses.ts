/**
 * P1 Fig. 7 ("Analysis of Layer Responses") re-run on the lab's nets, as data: plain and residual
 * nets of growing depth, built by `labNet` exactly as the training lab builds them (P1's
 * post-activation unit with BN after every weight layer, He init on every layer) and trained with
 * the lab's optimiser, data and steps; then the standard deviation of each unit's branch output on
 * the held-out points, in inference mode (src/ml/branch-responses.ts says exactly what is
 * measured). The recorder replays this set-up.
 */
import { degradationLab, labNet, type LabModel, type TrainingSetup } from './nets/lab';

/** The experiment: which depths, how long, on what (the lab's data, seed, optimiser and steps). */
export const layerResponsesSetup: TrainingSetup & { seed: number; depths: readonly number[] } = {
  /** Seeds the data, the weights and the batch order, as in the lab. */
  seed: degradationLab.seed,
  /** Hidden weight layers of each plain/residual pair (the lab trains 8 and 56). */
  depths: [8, 20, 56],
  /** Full-batch optimiser steps before measuring: the lab's own count. */
  steps: degradationLab.steps,
  /** The lab's optimiser (SGD with momentum 0.9, weight decay 1e-4, learning-rate drops). */
  optimizer: degradationLab.optimizer,
  /** The lab's data options. */
  data: degradationLab.data,
};

/** One net of the experiment: a lab net at one of the set-up's depths. */
export interface ResponseNet extends LabModel {
  /** Whether it has identity shortcuts. */
  residual: boolean;
}

/** The nets, plain then residual at each depth, each built by the lab's own `labNet`. */
export function layerResponseNets(): ResponseNet[] {
  return layerResponsesSetup.depths.flatMap((depth) => [
    { ...labNet(depth, false), residual: false },
    { ...labNet(depth, true), residual: true },
  ]);
}

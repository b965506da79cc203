/**
 * Training-lab set-ups as data: which nets, which data, which optimiser, how many steps. The
 * chapter prints these objects verbatim, the recorder replays them, and tests/ml proves the
 * degradation claim on exactly `degradationClaim.setup`.
 */
import { defaultSpiralOptions, type SpiralOptions } from '../data/spirals';
import { makeSpec, type MlpSpec } from './spec';

/** The optimiser, as data. */
export interface OptimizerSpec {
  /** `adam` (β₁ 0.9, β₂ 0.999, ε 1e-7), plain `sgd`, or `momentum` (SGD with momentum). */
  kind: 'adam' | 'sgd' | 'momentum';
  /** Step size. */
  learningRate: number;
  /** Momentum coefficient for `momentum` (ignored otherwise). */
  momentum?: number;
}

/** One net in a lab, with an id for curves and a label for legends. */
export interface LabModel {
  /** Stable id, e.g. "plain-8". */
  id: string;
  /** The architecture. */
  spec: MlpSpec;
}

/** A whole lab run: every net sees the same data, seed, optimiser and steps. */
export interface LabConfig {
  /** Seeds the data, the weight init (the same stream for every net) and the batch order. */
  seed: number;
  /** Spiral options (the seed comes from `seed`). */
  data: Omit<SpiralOptions, 'seed'>;
  /** The nets trained side by side. */
  models: LabModel[];
  /** The optimiser, recreated per net. */
  optimizer: OptimizerSpec;
  /** Optimiser steps per net. */
  steps: number;
  /** Minibatch size, or null for full-batch steps. */
  batchSize: number | null;
  /** Record curves every this many steps (step 0 and the last step are always recorded). */
  recordEvery: number;
}

const lab = (depth: number, residual: boolean): LabModel => ({
  id: `${residual ? 'residual' : 'plain'}-${depth}`,
  spec: makeSpec({
    depth,
    width: 16,
    shortcut: residual ? 'identity' : 'none',
    placement: 'original',
    batchNorm: false,
    init: 'he',
    zeroInitBranch: residual,
  }),
});

/** The default three-net lab: shallow plain, deep plain and deep residual of the same width. */
export const degradationLab: LabConfig = {
  seed: 1,
  data: { n: 400, noise: 0.04, turns: 1.5, testFraction: 0.25 },
  models: [lab(8, false), lab(50, false), lab(50, true)],
  optimizer: { kind: 'adam', learningRate: 1e-3 },
  steps: 1000,
  batchSize: null,
  recordEvery: 10,
};

/** Named lab presets for controls and URL state. */
export const labPresets = {
  degradation: degradationLab,
} as const satisfies Record<string, LabConfig>;

/** The seeds and margin on which tests/ml proves the degradation ordering of `degradationLab`. */
export const degradationClaim = {
  /** The set-up trained in the test (the default lab itself). */
  setup: degradationLab,
  /** Every one of these seeds must show the ordering. */
  seeds: [1, 2, 3],
  /** finalLoss(deep residual) ≤ finalLoss(shallow plain) + margin, and deep plain > shallow plain. */
  margin: 0.02,
} as const;

/** Spiral options with a seed, as `makeSpirals` wants them. */
export function labData(config: LabConfig): SpiralOptions {
  return { ...defaultSpiralOptions, ...config.data, seed: config.seed };
}

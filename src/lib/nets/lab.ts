/**
 * Training-lab set-ups as data: which nets, which data, which optimiser, how many steps. The
 * chapter prints these objects verbatim, the recorder replays them, and tests/ml proves the
 * degradation claim on exactly `degradationClaim.setup`.
 */
import { defaultSpiralOptions, LAB_SPIRALS, type SpiralOptions } from '../data/spirals';
import { defaultSpec, initSchemes, makeSpec, type MlpSpec } from './spec';

/** The optimiser, as data. */
export interface OptimizerSpec {
  /** `adam` (β₁ 0.9, β₂ 0.999, ε 1e-7), plain `sgd`, or `momentum` (SGD with momentum). */
  kind: 'adam' | 'sgd' | 'momentum';
  /** Step size. */
  learningRate: number;
  /** Momentum coefficient for `momentum` (ignored otherwise). */
  momentum?: number;
  /** Steps after which the learning rate is multiplied by `decayFactor` (P1 §3.4: ÷10 on plateaus). */
  decaySteps?: readonly number[];
  /** Factor applied at each of `decaySteps` (default 0.1). */
  decayFactor?: number;
  /** L2 weight decay added to every parameter's gradient, g + wd·θ (P1 §3.4: 1e-4); default 0. */
  weightDecay?: number;
}

/** The learning rate in force for the step that follows `step` completed steps. */
export function learningRateAt(spec: OptimizerSpec, step: number): number {
  const drops = (spec.decaySteps ?? []).filter((s) => step >= s).length;
  return spec.learningRate * (spec.decayFactor ?? 0.1) ** drops;
}

/** One net in a lab, with a stable id for curves and legends. */
export interface LabModel {
  /** Stable id, e.g. "plain-8". */
  id: string;
  /** The architecture. */
  spec: MlpSpec;
}

/**
 * What every experiment on the lab's spirals fixes, written once: the training lab's runs, the
 * ablation lab's set-ups, the layer responses and the sweep all extend it (each net is then wired
 * by src/ml/lab-net.ts from a seed).
 */
export interface TrainingSetup {
  /** Spiral options (each seed draws its own points). */
  data: Omit<SpiralOptions, 'seed'>;
  /** The optimiser, recreated per net. */
  optimizer: OptimizerSpec;
  /** Optimiser steps per net. */
  steps: number;
}

/** A whole lab run: every net sees the same data, seed, optimiser and steps. */
export interface LabConfig extends TrainingSetup {
  /** Seeds the data, the weight init (the same stream for every net) and the batch order. */
  seed: number;
  /** The nets trained side by side. */
  models: LabModel[];
  /** Minibatch size, or null for full-batch steps. */
  batchSize: number | null;
  /** Record curves every this many steps (step 0 and the last step are always recorded). */
  recordEvery: number;
}

/** Options of a lab net beyond its depth and kind. */
export interface LabNetOptions {
  /** BN after every weight layer, as in P1 (default true). */
  batchNorm?: boolean;
  /** Units per hidden layer (default: `defaultSpec.width`, 16). */
  width?: number;
  /** Start every residual branch at zero (its last BN's γ, or its last weight without BN). */
  zeroInitBranch?: boolean;
}

/** One lab net: P1's post-activation unit (P1 Fig. 2), He init on every layer. */
export function labNet(depth: number, residual: boolean, options: LabNetOptions = {}): LabModel {
  return {
    id: `${residual ? 'residual' : 'plain'}-${depth}`,
    spec: makeSpec({
      depth,
      width: options.width ?? defaultSpec.width,
      shortcut: residual ? 'identity' : 'none',
      placement: 'original',
      batchNorm: options.batchNorm ?? true,
      init: 'he',
      zeroInitBranch: residual && (options.zeroInitBranch ?? false),
    }),
  };
}

/**
 * P1's starting learning rate (Sec. 3.4 for ImageNet, Sec. 4.2 for CIFAR), which P2 keeps. The
 * ablation lab and the gradient-flow figure train at it; the training lab's default starts lower
 * (0.03) because that is where its sweep met the lab's three conditions.
 */
export const PAPER_LEARNING_RATE = 0.1;

/**
 * The default three-net lab, in P1's setting (P1 §3.4, §4.1): plain-8, plain-56 and residual-56,
 * width 16, BN after every weight layer (in the residual unit before the addition, ReLU after
 * it), He init on every layer, residual branches included; full-batch SGD with momentum 0.9,
 * weight decay 1e-4, learning rate 0.03 divided by 10 after 50% and 75% of the 600 steps, on 400
 * spiral points. Chosen from the recorded sweep (src/lib/recorded/lab-sweep.json, `npm run
 * sweep`): the smallest deep depth at which, on seeds 1–3, the deep plain net ends above the
 * shallow one, the deep residual net at or below it, and the deep plain net's gradient-norm ratio
 * stays within HEALTHY_BAND after initialisation.
 */
export const degradationLab: LabConfig = {
  seed: 1,
  data: LAB_SPIRALS,
  models: [labNet(8, false), labNet(56, false), labNet(56, true)],
  optimizer: { kind: 'momentum', learningRate: 0.03, momentum: 0.9, weightDecay: 1e-4, decaySteps: [300, 450], decayFactor: 0.1 },
  steps: 600,
  batchSize: null,
  recordEvery: 10,
};

/** Named lab presets for controls and URL state. */
export const labPresets = {
  degradation: degradationLab,
} as const satisfies Record<string, LabConfig>;

/**
 * What tests/ml re-proves about `degradationLab` on every seed: the deep plain net ends above the
 * shallow plain one; the deep residual net ends at or below it (the margin only absorbs rounding);
 * and the deep plain net's gradient-norm ratio stays within HEALTHY_BAND (src/lib/gradient-health)
 * at every measurement after initialisation.
 */
export const degradationClaim = {
  /** The set-up trained in the test: the default lab itself, unchanged. */
  setup: degradationLab,
  /** Every one of these seeds must show the ordering. */
  seeds: [1, 2, 3],
  /** Final training loss: deep plain > shallow plain, and deep residual ≤ shallow plain + margin. */
  margin: 1e-6,
} as const;

/** Spiral options with a seed, as `makeSpirals` wants them. */
export function labData(config: LabConfig): SpiralOptions {
  return { ...defaultSpiralOptions, ...config.data, seed: config.seed };
}

/** The set-up in plain words, one line per aspect, for the chapter to print under a lab. */
export function describeLab(config: LabConfig): string[] {
  const d = labData(config);
  const nTest = Math.round(d.n * d.testFraction);
  const o = config.optimizer;
  const kind = o.kind === 'adam' ? 'Adam (β₁ 0.9, β₂ 0.999, ε 1e-7)' : o.kind === 'momentum' ? `SGD, momentum ${o.momentum ?? 0.9}` : 'SGD';
  const decay = o.weightDecay ? `, weight decay ${o.weightDecay}` : '';
  const drops = o.decaySteps?.length ? `, ×${o.decayFactor ?? 0.1} after steps ${o.decaySteps.join(' and ')}` : ', constant';
  const specs = config.models.map((m) => m.spec);
  const residual = specs.filter((s) => s.shortcut !== 'none');
  return [
    `Data: two spirals, ${d.n} points (${d.n - nTest} train, ${nTest} test), ${d.turns} turns, noise σ ${d.noise}, seed ${config.seed}.`,
    `Nets: ${config.models.map((m) => m.id).join(', ')}; width ${specs[0]?.width ?? '?'}; ${specs.every((s) => !s.batchNorm) ? 'no batch norm' : 'batch norm after every weight layer (in a residual unit before the addition, ReLU after it, as in P1 Fig. 2)'}.`,
    `Init: ${[...new Set(specs.map((s) => initSchemes[s.init].label))].join('; ')}, drawn from the seed (the same stream for every net)` +
      (residual.some((s) => s.zeroInitBranch) ? '; each residual branch starts at zero (an option beyond P1).' : ', residual branches included.'),
    `Optimiser: ${kind}${decay}, learning rate ${o.learningRate}${drops}.`,
    `Training: ${config.steps} steps, ${config.batchSize === null ? `full batch (${d.n - nTest} points)` : `minibatches of ${config.batchSize}`}.`,
  ];
}

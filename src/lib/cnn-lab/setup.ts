/**
 * The CNN lab's set-up as data (issue 16): P1 Sec. 4.2's CIFAR-10 experiment (Fig. 6, Table 6)
 * shrunk to browser scale. Plain and residual 6n+2 nets (three stages, BN after every conv,
 * option A shortcuts, global average pooling, a 10-way classifier) train on the shipped 8×8
 * digits with SGD, momentum 0.9, weight decay 1e-4 and two learning-rate drops, as P1 trains them.
 * The recorder, the live lab, the figure and the tests all read these objects.
 */
import { cifarResNet } from '../arch/cifar';
import type { Network } from '../arch/types';
import { DIGITS_CLASSES, DIGITS_SIDE, DIGITS_SPLIT, type DigitSplitOptions } from '../data/digits';
import type { OptimizerSpec } from '../nets/lab';

/** One net of the comparison: P1's 6n+2 plan with n units per stage, with or without shortcuts. */
export interface CnnLabNet {
  /** Stable id for curves, table rows and URL state: "plain-20", "resnet-20". */
  id: string;
  /** Units per stage: 6n + 2 weighted layers. */
  n: number;
  /** Option A identity shortcuts (P1's ResNets) or none (P1's plain nets). */
  residual: boolean;
}

/** A whole comparison: every net trains on every seed with the same data, batches and optimiser. */
export interface CnnLabSetup {
  /** Channels of the three stages (the stem has the first): P1's 16/32/64, halved here. */
  widths: readonly [number, number, number];
  nets: readonly CnnLabNet[];
  /** Images per SGD step. */
  batch: number;
  /** SGD steps per net. */
  steps: number;
  /** Measure training and test error every this many steps (step 0 and the last always). */
  recordEvery: number;
  optimizer: OptimizerSpec;
  /** Each seed draws one net's initial weights and the order of its minibatches. */
  seeds: readonly number[];
  /** The training/test split of the digits (the same for every seed). */
  split: DigitSplitOptions;
}

/** The nets of P1 Fig. 6 at toy scale: 6n + 2 layers for n = 1, 3 and 9. */
const depthPairs = (ns: readonly number[]): CnnLabNet[] =>
  ns.flatMap((n) => [
    { id: `plain-${6 * n + 2}`, n, residual: false },
    { id: `resnet-${6 * n + 2}`, n, residual: true },
  ]);

/**
 * P1's schedule at toy scale: learning rate 0.1, divided by 10 at half and three quarters of the
 * run (P1: at 32k and 48k of 64k iterations), momentum 0.9, weight decay 1e-4.
 */
export function cnnOptimizerFor(steps: number): OptimizerSpec {
  return {
    kind: 'momentum',
    learningRate: 0.1,
    momentum: 0.9,
    weightDecay: 1e-4,
    decaySteps: [Math.round(steps / 2), Math.round((3 * steps) / 4)],
    decayFactor: 0.1,
  };
}

const STEPS = 600;

/**
 * The recorded comparison: plain and residual nets of 8, 20 and 56 layers, three seeds, 600 steps
 * of 64 images (about 27 passes over the 1,437 training images; P1 ran 64k steps of 128, 182 epochs).
 */
export const cnnLab: CnnLabSetup = {
  widths: [8, 16, 32],
  nets: depthPairs([1, 3, 9]),
  batch: 64,
  steps: STEPS,
  recordEvery: 25,
  optimizer: cnnOptimizerFor(STEPS),
  seeds: [1, 2, 3],
  split: DIGITS_SPLIT,
};

/**
 * The short comparison a test re-runs against its record (tests/ml/cnn-lab.test.ts): the shallow
 * pair, one seed, a few hundred steps.
 */
export const cnnLabShort: CnnLabSetup = {
  ...cnnLab,
  nets: depthPairs([1]),
  steps: 100,
  recordEvery: 25,
  optimizer: cnnOptimizerFor(100),
  seeds: [1],
};

/** Every recorded set-up, by the name `npm run record` takes. */
export const CNN_RECORDINGS = {
  'cnn-lab': cnnLab,
  'cnn-lab-short': cnnLabShort,
} as const satisfies Record<string, CnnLabSetup>;
export type CnnRecordingName = keyof typeof CNN_RECORDINGS;

/** The architecture description of one net (the FLOPs explorer's and the diagrams' own). */
export function cnnNetwork(setup: Pick<CnnLabSetup, 'widths'>, net: CnnLabNet): Network {
  return cifarResNet(net.n, {
    option: net.residual ? 'A' : 'plain',
    scale: {
      input: { height: DIGITS_SIDE, width: DIGITS_SIDE, channels: 1 },
      widths: setup.widths,
      classes: DIGITS_CLASSES,
      dataset: 'digits',
    },
  });
}

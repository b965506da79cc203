/**
 * The sweep that chose the training lab's default (`npm run sweep`, src/scripts/sweep-lab.ts):
 * its set-up as data, the shape of its rows, and the rule that picks a default from them.
 */
import type { OptimizerSpec } from './nets/lab';
import { degradationLab } from './nets/lab';

/** What the sweep trains: one net per depth, kind, BN setting and seed. */
export const sweepSetup = {
  /** Hidden weight layers of every net swept (plain and residual alike). */
  depths: [8, 14, 20, 32, 44, 56],
  /** Every seed of every configuration. */
  seeds: [1, 2, 3],
  /** Units per hidden layer. */
  width: 16,
  /** Full-batch steps per net. */
  steps: 600,
  /** The spirals of the lab. */
  data: degradationLab.data,
  /** P1 §3.4's optimiser: SGD, momentum 0.9, weight decay 1e-4, ÷10 twice (learning rate swept). */
  optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9, weightDecay: 1e-4, decayFactor: 0.1 } as OptimizerSpec,
  /** Starting learning rates swept: P1's 0.1, and 0.03. */
  learningRates: [0.03, 0.1],
  /** Where the two ÷10 drops fall, as shares of the run. */
  decayShares: [0.5, 0.75],
  /** Where the gradient-norm ratio is measured, as shares of the run (0 = at initialisation). */
  checkpointShares: [0, 0.1, 0.5, 1],
} as const;

/** One trained net of the sweep. */
export interface SweepRow {
  /** Starting learning rate. */
  lr: number;
  /** Hidden weight layers. */
  depth: number;
  residual: boolean;
  batchNorm: boolean;
  seed: number;
  /** Cross-entropy on the training set after the last step, in inference mode. */
  finalLoss: number;
  /** Training accuracy after the last step. */
  finalAcc: number;
  /** ‖∂E/∂x₀‖ / ‖∂E/∂x_L‖ at each checkpoint of `checkpointShares`. */
  ratios: number[];
}

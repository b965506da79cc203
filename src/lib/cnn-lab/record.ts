/**
 * What a CNN lab run produces, as plain data: per net, per seed, training and test error over the
 * steps, and the final numbers. The recorder writes it to JSON, the worker posts it, the figure
 * reads it.
 */
import type { CnnLabSetup } from './setup';

/** One seed's run of one net. A diverged run holds NaN from the point it diverged. */
export interface CnnLabRun {
  seed: number;
  /** Share of the training images misclassified at each recorded step (inference mode: BN running statistics). */
  trainError: number[];
  /** Share of the test images misclassified, measured as `trainError`. */
  testError: number[];
  /** Mean cross-entropy over the training images at each recorded step. */
  trainLoss: number[];
  /**
   * ‖∂E/∂x_l‖ at every unit boundary l = 0 … L (x_0 the stem's output) at each recorded step, on
   * the first GRADIENT_IMAGES training images (P1 Sec. 4.1's check of the plain nets' gradients).
   * Absent from live partial records.
   */
  gradNorms?: number[][];
}

/** Training images the gradient norms are measured on: the first of the split, the same every time. */
export const GRADIENT_IMAGES = 128;

/** Every seed of one net. */
export interface CnnLabNetRecord {
  id: string;
  /** Learned parameters (conv kernels, BN γ and β, the classifier). */
  params: number;
  runs: CnnLabRun[];
}

/** A whole comparison. */
export interface CnnLabRecord {
  /** `cnnSetupKey(setup)` of the set-up that produced it (a stale record is refused). */
  key: string;
  /** The tfjs backend it ran on. */
  backend: string;
  /** Steps at which the errors were measured. */
  steps: number[];
  nets: CnnLabNetRecord[];
}

/** A stable text key of everything that determines a set-up's results. */
export function cnnSetupKey(setup: CnnLabSetup): string {
  return JSON.stringify(setup);
}

/** The steps at which a CNN lab run measures (src/lib/run-progress.ts, shared with the ablation lab). */
export { recordSteps as cnnRecordSteps } from '../run-progress';

/**
 * What an ablation run produces, as plain data: per variant, per seed, the training-loss curve
 * and the final metrics. The recorder writes it to JSON, the worker posts it, the figure reads it.
 */
import type { AblationKind, AblationSetup } from './setup';

/** One seed's run of one variant. A diverged run holds NaN from the step it diverged. */
export interface AblationRun {
  seed: number;
  /** Full-training-set cross-entropy at `AblationRecord.steps` points, BN with the training set's own statistics (as the training lab measures it). */
  trainLoss: number[];
  /** After the last step: training loss and accuracy measured as `trainLoss`, test accuracy in inference mode; NaN when the run diverged. */
  final: { trainLoss: number; trainAcc: number; testAcc: number };
}

/** All seeds of one variant. */
export interface AblationVariantRecord {
  id: string;
  runs: AblationRun[];
}

/** A whole ablation. */
export interface AblationRecord {
  kind: AblationKind;
  /** `setupKey(setup)` of the set-up that produced it (a stale record is refused). */
  key: string;
  /** The tfjs backend it ran on. */
  backend: string;
  /** Steps at which `trainLoss` was recorded. */
  steps: number[];
  variants: AblationVariantRecord[];
}

/** A stable text key of everything that determines a set-up's results. */
export function setupKey(setup: AblationSetup): string {
  return JSON.stringify(setup);
}

/** The steps at which a run of a set-up records (src/lib/run-progress.ts, shared with the CNN lab). */
export { recordSteps } from '../run-progress';

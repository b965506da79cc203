/**
 * Messages between the training-lab island (main thread) and its worker. Plain objects only:
 * numbers, strings and arrays, never tensors (CNN Explainer's habit: convert at the boundary).
 */
import type { BackendChoice, LabBackend } from '~lib/training-lab/lab-backends';
import type { LabFinal, LabPoint } from '~lib/training-lab/lab-record';
import type { FailBackend } from '~lib/training-lab/lab-state';
import type { LabConfig } from '~lib/nets/lab';

/** Main thread → worker. */
export type ToWorker =
  | { type: 'start'; runId: number; config: LabConfig; backend: BackendChoice; failBackend: FailBackend | null; play: boolean }
  | { type: 'play'; runId: number }
  | { type: 'pause'; runId: number }
  | { type: 'step'; runId: number }
  | { type: 'reset' };

/** The backend a run uses, with the badge text and why it was chosen. */
export interface BackendReport {
  backend: LabBackend;
  badge: string;
  /** Why this one: the reader's choice, the fastest in a trial, or a fallback. */
  reason: string;
  /** Visible notes: backends that were unavailable or failed. */
  notes: string[];
  /** Tensors alive before the run's nets were built (the memory baseline). */
  tensors: number;
}

/** Worker → main thread. */
export type FromWorker =
  | ({ type: 'backend'; runId: number } & BackendReport)
  | {
      type: 'points';
      runId: number;
      step: number;
      points: LabPoint[];
      msPerStep: number | null;
      /** Each net's training time in this chunk (empty for step 0). */
      timings: readonly { modelId: string; ms: number; steps: number }[];
      tensors: number;
    }
  | { type: 'grids'; runId: number; step: number; grids: { modelId: string; probs: number[] }[] }
  /** ‖∂E/∂x_l‖ per unit boundary (x_0 first) of every net still training, measured at `step`. */
  | { type: 'gradients'; runId: number; step: number; gradients: { modelId: string; step: number; norms: number[] }[] }
  /**
   * Between two chunks' points, after each slice of training (lab-worker.ts): the steps every net
   * of the worker still training has taken. Points still come only at the chunks' ends.
   */
  | { type: 'progress'; runId: number; step: number }
  /** The worker has stopped training, after `step` steps of every net still training (inside a chunk, when paused there). */
  | { type: 'paused'; runId: number; step: number }
  | {
      type: 'done';
      runId: number;
      step: number;
      finals: { modelId: string; final: LabFinal }[];
      /** Nets whose loss exploded (each stopped there; the others ran to the end). */
      diverged: { modelId: string; step: number; loss: number }[];
      msPerStep: number | null;
      tensors: number;
      /** Every net's variables at the end, in build order (the later-work figures examine the deep pair). */
      weights: { modelId: string; weights: Float32Array[] }[];
    }
  | ({ type: 'restart'; runId: number; failure: string } & BackendReport)
  | { type: 'failed'; runId: number; message: string }
  | { type: 'reset'; tensors: number };

type Points = Extract<FromWorker, { type: 'points' }>;

/**
 * Worker pool → runner: the lanes' messages merged into one run's (src/islands/training-lab/lab-pool.ts).
 * `points` carry the run's step (the slowest lane), every lane's tensors summed, and the wall
 * time of one step of the whole run, which the time-left estimate needs once nets train side by
 * side; null until every lane has timed a chunk.
 */
export type FromPool = Exclude<FromWorker, Points> | (Points & { msPerRunStep: number | null });

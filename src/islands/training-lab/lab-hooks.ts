/**
 * What the lab exposes for tests and `npm run bench`, kept apart from what it does: `data-*`
 * attributes on the figure (state, backend, workers, ms per step, live tensors summed over the
 * workers, with their range and baseline, and `data-lab-paused-at`, the step at which every
 * worker has confirmed a pause) and performance measures (`lab:train:<net id>` per chunk with
 * `detail.steps`, `lab:run` per finished run).
 */
import type { FromWorker } from './lab-protocol';

type Points = Extract<FromWorker, { type: 'points' }>;

/** Hooks bound to one figure. */
export interface LabHooks {
  /** A run starts in `workers` workers: forget the last run's tensor range and start its clock. */
  runStarted(workers: number): void;
  backend(name: string, tensorsBefore: number): void;
  points(m: Points): void;
  /** The workers stopped at `step` (`data-lab-paused-at`), or null: they train again. */
  held(step: number | null): void;
  /** Tensors alive and the time per step at the end of a run (or after a reset). */
  settled(tensors: number, msPerStep?: number | null): void;
  /** The run finished cleanly: record its wall time. */
  runFinished(): void;
}

/** Creates the hooks for `figure`. */
export function createHooks(figure: HTMLElement): LabHooks {
  let range: [number, number] | null = null;
  let startedAt = 0;
  const ms = (v: number | null | undefined) => {
    if (v !== null && v !== undefined) figure.dataset.msPerStep = v.toFixed(2);
  };
  return {
    runStarted(workers) {
      figure.dataset.labWorkers = String(workers);
      delete figure.dataset.labPausedAt;
      range = null;
      startedAt = performance.now();
    },
    backend(name, tensorsBefore) {
      figure.dataset.backend = name;
      figure.dataset.tensorsBaseline = String(tensorsBefore);
    },
    points(m) {
      delete figure.dataset.labPausedAt;
      figure.dataset.tensors = String(m.tensors);
      // The memory check: from the first chunk on, the count must not move.
      if (m.step > 0) range = range ? [Math.min(range[0], m.tensors), Math.max(range[1], m.tensors)] : [m.tensors, m.tensors];
      if (range) figure.dataset.tensorsRange = range.join('-');
      ms(m.msPerStep);
      const now = performance.now();
      for (const t of m.timings) performance.measure(`lab:train:${t.modelId}`, { start: now - t.ms, duration: t.ms, detail: { steps: t.steps } });
    },
    held(step) {
      if (step === null) delete figure.dataset.labPausedAt;
      else figure.dataset.labPausedAt = String(step);
    },
    settled(tensors, msPerStep) {
      delete figure.dataset.labPausedAt;
      figure.dataset.tensors = String(tensors);
      ms(msPerStep);
    },
    runFinished() {
      performance.measure('lab:run', { start: startedAt, end: performance.now() });
    },
  };
}

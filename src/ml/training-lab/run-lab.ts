/**
 * A lab run from start to end, as plain data: the step-wise session (lab-session.ts, the one
 * training loop) driven to its last step, its points, grids, gradient norms and final metrics
 * gathered into a `LabSnapshot` (src/lib/training-lab/lab-record.ts, the one set of result types the worker,
 * the recorder and the figures share). The recorder, the bench and the tests run labs this way.
 */
import { addPoints, emptySnapshot, finish, LAB_GRID, setGradients, setGrids, type LabSnapshot } from '~lib/training-lab/lab-record';
import type { LabConfig } from '~lib/nets/lab';
import { createLabSession } from './lab-session';

/** Options for {@link runLab}. */
export interface RunLabOptions {
  /** Hears the run's step after every chunk. */
  onChunk?: (step: number) => void;
  /** Stop early: the snapshot then holds the steps taken so far. */
  signal?: AbortSignal;
}

/** Train every net of `config` on the active backend to the end (or the abort); frees every tensor it made. */
export async function runLab(config: LabConfig, options: RunLabOptions = {}): Promise<LabSnapshot> {
  const session = createLabSession(config);
  try {
    const snapshot = emptySnapshot(config);
    addPoints(snapshot, await session.start());
    while (!session.finished && !options.signal?.aborted) {
      addPoints(snapshot, await session.advance());
      options.onChunk?.(session.step);
    }
    setGrids(snapshot, await session.grids(LAB_GRID));
    setGradients(snapshot, await session.gradients());
    finish(snapshot, await session.finals(), session.diverged);
    snapshot.step = session.step;
    return snapshot;
  } finally {
    session.dispose();
  }
}

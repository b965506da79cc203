/**
 * Replays the recorded run (the JSON the build drew its static figure from) as if it were
 * training: the curves grow over a few seconds, then the boundaries and final numbers appear.
 * For devices that cannot train in reasonable time, or readers who would rather not wait.
 */
import { snapshotUpTo, type LabSnapshot, type RecordedLab } from '~lib/training-lab/lab-record';

/** How long a replay takes, whatever the run's length. */
export const REPLAY_MS = 5000;

/** A replay in progress. */
export interface Replay {
  cancel(): void;
}

/** Loads the recorded run (its own small chunk) and plays it through `draw`, then calls `done`. */
export async function replayRecorded(handlers: {
  draw: (snapshot: LabSnapshot) => void;
  done: (snapshot: LabSnapshot, recordedWith: string) => void;
}): Promise<Replay> {
  const recorded = (await import('~lib/recorded/degradation-lab.json')).default as unknown as RecordedLab;
  const with_ = `tfjs ${recorded.recordedWith.tfjs}, ${recorded.recordedWith.backend} backend`;
  let frame = 0;
  const t0 = performance.now();
  // With reduced motion the recorded run appears at once instead of growing.
  const duration = matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : REPLAY_MS;
  const tick = (now: number) => {
    const share = duration === 0 ? 1 : Math.min(1, (now - t0) / duration);
    const step = share >= 1 ? recorded.step : Math.floor(share * recorded.step);
    const snapshot = snapshotUpTo(recorded, step);
    handlers.draw(snapshot);
    if (share < 1) frame = requestAnimationFrame(tick);
    else handlers.done(snapshot, with_);
  };
  frame = requestAnimationFrame(tick);
  return { cancel: () => cancelAnimationFrame(frame) };
}

/**
 * A watchdog for a training worker: a worker that hangs (a GPU driver stuck, a tab starved) posts
 * nothing, and neither `error` nor `messageerror` fires. The island re-arms it at every message
 * with how long the next one may take, and holds it while the run is paused off screen.
 */

/** Silence allowed before the first message and between ordinary ones. */
export const QUIET_MS = 120_000;

export interface Watchdog {
  /** Start (or restart) the countdown: `ms` of silence allowed, at least QUIET_MS. */
  arm(ms?: number): void;
  /** Stop counting (paused, finished). */
  hold(): void;
}

export function watchdog(onSilence: () => void): Watchdog {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let allowed = QUIET_MS;
  const hold = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  return {
    arm(ms) {
      if (ms !== undefined) allowed = Math.max(QUIET_MS, ms);
      hold();
      timer = setTimeout(onSilence, allowed);
    },
    hold,
  };
}

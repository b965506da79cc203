/**
 * The practice page's quiz timer as plain data: time already counted, and since when it has been
 * running (a wall-clock time, so a running timer keeps counting across a reload). Times are in
 * milliseconds; `now` is always passed in, so the arithmetic is testable without a clock.
 */
export interface TimerState {
  /** Time counted before the current run. */
  counted: number;
  /** `Date.now()` when the current run started; null while paused or reset. */
  since: number | null;
}

export const TIMER_ZERO: TimerState = { counted: 0, since: null };

/** Time on the clock at `now` (never negative, even if the computer's clock went back). */
export function elapsed(state: TimerState, now: number): number {
  return state.counted + (state.since === null ? 0 : Math.max(0, now - state.since));
}

export function startTimer(state: TimerState, now: number): TimerState {
  return state.since === null ? { counted: state.counted, since: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return { counted: elapsed(state, now), since: null };
}

/** "mm:ss" (minutes past 99 keep counting: "125:07"). */
export function clockText(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** "3 minutes 20 seconds", for the announcement when the timer is paused. */
export function spokenTime(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return minutes > 0 ? `${unit(minutes, 'minute')} ${unit(seconds % 60, 'second')}` : unit(seconds, 'second');
}

/** Reads a stored timer; anything unreadable is a reset timer. */
export function parseTimer(text: string | null): TimerState {
  try {
    const data = JSON.parse(text ?? 'null') as Partial<TimerState> | null;
    const counted = data?.counted;
    const since = data?.since;
    if (typeof counted !== 'number' || !Number.isFinite(counted) || counted < 0) return TIMER_ZERO;
    if (since !== null && (typeof since !== 'number' || !Number.isFinite(since))) return TIMER_ZERO;
    return { counted, since };
  } catch {
    return TIMER_ZERO;
  }
}

/** The storage key; the base path keeps two course copies on one host apart, as for answers. */
export function timerKey(base: string): string {
  return `resnet-explained:practice:${base}:timer`;
}

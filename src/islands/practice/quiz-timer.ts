/**
 * The practice page's quiz timer: Start/Pause and Reset buttons, the clock as mm:ss (a
 * role="timer", which screen readers do not read out each second), and a polite announcement only
 * when the reader starts, pauses or resets it. The state is kept in localStorage, so a reload
 * (or the next visit) finds the timer as it was; where storage is refused it lasts for the visit.
 */
import { localStore } from './answer-store';
import { clockText, elapsed, parseTimer, pauseTimer, spokenTime, startTimer, TIMER_ZERO, timerKey, type TimerState } from '~lib/practice/quiz-timer';

export function startQuizTimer(root: HTMLElement, base: string): void {
  const clock = root.querySelector<HTMLElement>('[data-timer-clock]')!;
  const toggle = root.querySelector<HTMLButtonElement>('[data-timer-toggle]')!;
  const reset = root.querySelector<HTMLButtonElement>('[data-timer-reset]')!;
  const status = root.querySelector<HTMLElement>('[data-timer-status]')!;
  const store = localStore();
  const key = timerKey(base);
  let state: TimerState = TIMER_ZERO;
  try {
    state = parseTimer(store?.getItem(key) ?? null);
  } catch {
    // Unreadable storage: a fresh timer.
  }
  let ticking: ReturnType<typeof setInterval> | undefined;

  const keep = () => {
    try {
      store?.setItem(key, JSON.stringify(state));
    } catch {
      // Full or refused: the timer still runs for this visit.
    }
  };
  const show = () => {
    const text = clockText(elapsed(state, Date.now()));
    if (clock.textContent !== text) clock.textContent = text;
  };
  const render = () => {
    clearInterval(ticking);
    // A quarter-second beat keeps the shown second within a beat of the true one.
    if (state.since !== null) ticking = setInterval(show, 250);
    show();
    toggle.textContent = state.since !== null ? 'Pause timer' : state.counted > 0 ? 'Resume timer' : 'Start timer';
    root.dataset.timer = state.since !== null ? 'running' : state.counted > 0 ? 'paused' : 'reset';
  };

  toggle.addEventListener('click', () => {
    const now = Date.now();
    const running = state.since !== null;
    state = running ? pauseTimer(state, now) : startTimer(state, now);
    status.textContent = running ? `Timer paused at ${spokenTime(elapsed(state, now))}.` : 'Timer started.';
    keep();
    render();
  });
  reset.addEventListener('click', () => {
    state = TIMER_ZERO;
    status.textContent = 'Timer reset to zero.';
    keep();
    render();
  });
  render();
}

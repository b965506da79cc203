/**
 * The pause / resume / stop protocol the labs' workers share (the ablation lab's, the CNN lab's).
 * The page posts `pause` when its figure leaves the screen, `resume` when it is back and `stop`
 * when the reader stops; the run awaits `between` after every slice of steps and every
 * measurement, which lets those messages in and, while paused, reports where it is and waits.
 */

/** The control messages a page sends to a lab worker. */
export type ControlMessage = { type: 'pause' } | { type: 'resume' } | { type: 'stop' };

export interface RunControl {
  /** Apply a control message; false for any other message (the worker's own, e.g. `run`). */
  handle(message: { type: string }): boolean;
  /** Abort the earlier run, if any, and return the new run's signal. */
  start(): AbortSignal;
  /**
   * Let messages in (one macrotask); while paused, call `onPause` once and wait for `resume` or
   * `stop`. Resolves to the milliseconds spent paused, so a run can leave them out of its pace.
   */
  between(signal: AbortSignal, onPause: () => void): Promise<number>;
}

const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function createRunControl(): RunControl {
  let controller: AbortController | null = null;
  let resume: (() => void) | null = null;
  let paused = false;
  const wake = () => {
    resume?.();
    resume = null;
  };
  return {
    handle(message) {
      if (message.type === 'pause') paused = true;
      else if (message.type === 'resume') {
        paused = false;
        wake();
      } else if (message.type === 'stop') {
        controller?.abort();
        paused = false;
        wake();
      } else return false;
      return true;
    },
    start() {
      controller?.abort();
      controller = new AbortController();
      return controller.signal;
    },
    async between(signal, onPause) {
      await macrotask();
      if (!paused || signal.aborted) return 0;
      const since = performance.now();
      onPause();
      await new Promise<void>((r) => (resume = r));
      return performance.now() - since;
    },
  };
}

/**
 * The page's side of the gradient-flow measurement. The first request starts a module worker
 * (that is when TensorFlow.js loads); if the worker cannot start or fails, this and every later
 * request run on the main thread instead, on the cpu backend, in short chunks between which the
 * page keeps responding. Either way the result says where it ran and why, for the status line.
 */
import type { MeasurementPlace } from '~lib/gradient-flow/readout';
import type { GradientFlowState } from '~lib/gradient-flow/state';
import type { GradientFlowMeasurement } from '~lib/gradient-flow/training';
import type { FromWorker, ToWorker } from './gradient-flow-worker';

/** A finished measurement and where it ran. */
export interface MeasureOutcome {
  measurement: GradientFlowMeasurement;
  place: MeasurementPlace;
}

/** Runs measurements; a newer request supersedes an older one, whose promise then resolves to null. */
export interface Measurer {
  /** Measure `state`; `onProgress` hears the training steps done so far. */
  measure(state: GradientFlowState, onProgress: (steps: number) => void): Promise<MeasureOutcome | null>;
  /** Stop the worker and any main-thread run. */
  destroy(): void;
}

/** Training steps per chunk on the main thread: one, so the page can respond between steps (a step at L = 54 on cpu took ~250 ms here). */
const MAIN_THREAD_CHUNK = 1;

interface Request {
  id: number;
  state: GradientFlowState;
  started: number;
  onProgress: (steps: number) => void;
  resolve: (outcome: MeasureOutcome | null) => void;
  reject: (error: Error) => void;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Create a measurer; nothing loads until the first `measure`. */
export function createMeasurer(): Measurer {
  let worker: Worker | null = null;
  let workerFailure: string | null = null;
  let pending: Request | null = null;
  let mainRun: AbortController | null = null;
  let nextId = 0;

  const settle = (request: Request, measurement: GradientFlowMeasurement, thread: MeasurementPlace['thread'], fallback: string | null) => {
    if (pending === request) pending = null;
    request.resolve({ measurement, place: { thread, ms: performance.now() - request.started, fallback } });
  };

  const onMain = async (request: Request) => {
    mainRun?.abort();
    const controller = (mainRun = new AbortController());
    try {
      const { measureGradientFlow } = await import('~ml/gradient-flow');
      const measurement = await measureGradientFlow(request.state, {
        chunk: MAIN_THREAD_CHUNK,
        signal: controller.signal,
        onProgress: async (steps) => {
          request.onProgress(steps);
          await macrotask();
        },
      });
      settle(request, measurement, 'main', `The background worker was not available (${workerFailure}), so this ran on the main thread.`);
    } catch (error) {
      if (controller.signal.aborted) return;
      if (pending === request) pending = null;
      request.reject(new Error(message(error)));
    }
  };

  const failWorker = (reason: string) => {
    workerFailure = reason;
    worker?.terminate();
    worker = null;
    if (pending) void onMain(pending);
  };

  const onMessage = (event: MessageEvent<FromWorker>) => {
    const m = event.data;
    const request = pending;
    if (!request || m.id !== request.id) return;
    if (m.type === 'progress') request.onProgress(m.steps);
    else if (m.type === 'done') settle(request, m.measurement, 'worker', m.fallback);
    else failWorker(`it reported: ${m.message}`);
  };

  const startWorker = (): Worker | null => {
    try {
      const w = new Worker(new URL('./gradient-flow-worker.ts', import.meta.url), { type: 'module', name: 'gradient-flow' });
      w.addEventListener('message', onMessage);
      w.addEventListener('error', (event) => {
        event.preventDefault();
        failWorker(event.message || 'its script could not be loaded');
      });
      w.addEventListener('messageerror', () => failWorker('one of its messages could not be read'));
      return w;
    } catch (error) {
      workerFailure = message(error);
      return null;
    }
  };

  return {
    measure(state, onProgress) {
      return new Promise((resolve, reject) => {
        pending?.resolve(null);
        const request: Request = { id: ++nextId, state, started: performance.now(), onProgress, resolve, reject };
        pending = request;
        if (workerFailure === null) worker ??= startWorker();
        if (worker) worker.postMessage({ type: 'measure', id: request.id, state } satisfies ToWorker);
        else void onMain(request);
      });
    },
    destroy() {
      pending?.resolve(null);
      pending = null;
      mainRun?.abort();
      worker?.terminate();
      worker = null;
    },
  };
}

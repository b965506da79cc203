/**
 * The main thread's side of one lab worker (lab-pool.ts starts one per lane of a run): created on
 * first use (that is when TensorFlow.js downloads), typed messages in and out, terminated on
 * destroy so every tensor and GPU context goes with it.
 */
import type { FromWorker, ToWorker } from './lab-protocol';

/** A running worker, or the reason it could not start. */
export interface LabClient {
  send(message: ToWorker): void;
  /** Stop the worker at once and free everything it holds. */
  terminate(): void;
}

/** Start the worker; `onMessage` hears every message, `onFailure` a load or runtime error. */
export function createClient(onMessage: (message: FromWorker) => void, onFailure: (reason: string) => void): LabClient {
  // Vite bundles the worker and its imports (tfjs included) as a separate module chunk.
  const worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module', name: 'training-lab' });
  worker.addEventListener('message', (event: MessageEvent<FromWorker>) => onMessage(event.data));
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    onFailure(event.message || 'the training code could not be loaded');
  });
  worker.addEventListener('messageerror', () => onFailure('a message from the training code could not be read'));
  return {
    send: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}

/**
 * The gradient-flow figure's worker: trains the figure's net and measures ‖∂E/∂x_l‖ off the main
 * thread, on the WASM backend (binaries served from the site) or, when WASM will not start, on
 * cpu, and says which. Requests run one at a time; a newer one stops an older one at its next
 * chunk of training steps.
 */
import type { GradientFlowState } from '~lib/gradient-flow/state';
import { backendName, type GradientFlowMeasurement } from '~lib/gradient-flow/training';
import { useBackend } from '~ml/backend';
import { measureGradientFlow } from '~ml/gradient-flow';
import { WASM_BINARIES } from './wasm-binaries';

/** Messages the page sends: measure a setting (a newer id supersedes older ones). */
export type ToWorker = { type: 'measure'; id: number; state: GradientFlowState };

/** Messages the worker sends. */
export type FromWorker =
  | { type: 'progress'; id: number; steps: number }
  | { type: 'done'; id: number; measurement: GradientFlowMeasurement; fallback: string | null }
  | { type: 'error'; id: number; message: string };

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let backend: Promise<{ name: string; fallback: string | null }> | null = null;
let current: AbortController | null = null;
let queue: Promise<unknown> = Promise.resolve();

/** WASM if it starts, else cpu, with a note saying so. */
async function startBackend(): Promise<{ name: string; fallback: string | null }> {
  const name = await useBackend('wasm', { wasmPaths: WASM_BINARIES });
  if (name === 'wasm') return { name, fallback: null };
  const cpu = await useBackend('cpu');
  return { name: cpu, fallback: `WASM could not start in this browser, so the worker used ${backendName(cpu)}.` };
}

async function run(id: number, state: GradientFlowState, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  try {
    backend ??= startBackend();
    const { fallback } = await backend;
    const measurement = await measureGradientFlow(state, {
      signal,
      onProgress: async (steps) => {
        post({ type: 'progress', id, steps });
        // Let a newer request's message in before the next chunk.
        await macrotask();
      },
    });
    post({ type: 'done', id, measurement, fallback });
  } catch (error) {
    if (signal.aborted) return;
    post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
  }
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const { id, state } = event.data;
  current?.abort();
  const controller = (current = new AbortController());
  queue = queue.then(() => run(id, state, controller.signal));
};

/**
 * The ablation lab's worker: trains every variant on every seed off the main thread on the wasm
 * backend (binaries served from the site), posting progress after each recorded point. The page
 * can pause it (figure off screen), resume it, or stop it.
 */
import type { AblationSetup } from '~lib/ablation/setup';
import { runAblation } from '~ml/run-ablation';
import { useBackend } from '~ml/backend';
import { WASM_BINARIES } from '../wasm-binaries';

/** Messages the page sends. */
export type ToWorker = { type: 'run'; setup: AblationSetup } | { type: 'pause' } | { type: 'resume' } | { type: 'stop' };

/** Messages the worker sends. */
export type FromWorker =
  | { type: 'backend'; name: string }
  | { type: 'progress'; variantId: string; seed: number; step: number; trainLoss: number; done: number }
  | { type: 'done'; record: import('~lib/ablation/record').AblationRecord; ms: number }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

const post = (m: FromWorker) => postMessage(m);
let controller: AbortController | null = null;
let resume: (() => void) | null = null;
let paused = false;

const waitWhilePaused = () => (paused ? new Promise<void>((r) => (resume = r)) : undefined);

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (m.type === 'pause') paused = true;
  else if (m.type === 'resume') {
    paused = false;
    resume?.();
    resume = null;
  } else if (m.type === 'stop') {
    controller?.abort();
    paused = false;
    resume?.();
  } else if (m.type === 'run') {
    controller?.abort();
    const mine = (controller = new AbortController());
    try {
      const name = await useBackend('wasm', { wasmPaths: WASM_BINARIES });
      post({ type: 'backend', name });
      const started = performance.now();
      const record = await runAblation(m.setup, {
        signal: mine.signal,
        onProgress: async (p) => {
          post({ type: 'progress', ...p });
          await waitWhilePaused();
        },
      });
      post({ type: 'done', record, ms: performance.now() - started });
    } catch (error) {
      if (mine.signal.aborted) post({ type: 'stopped' });
      else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
};

/**
 * The ablation lab's worker: trains every variant on every seed off the main thread on the wasm
 * backend (binaries served from the site), in slices of about SLICE_MS, posting its step after
 * each slice and its progress after each recorded point. After every slice and point it looks at
 * its messages, so the page can pause it (figure off screen) within a slice, resume it, or stop it.
 */
import type { AblationSetup } from '~lib/ablation/setup';
import { SLICE_MS } from '~lib/run-progress';
import { runAblation, type AblationTick } from '~ml/run-ablation';
import { useBackend } from '~ml/backend';
import { WASM_BINARIES } from '../wasm-binaries';

/** Messages the page sends. */
export type ToWorker = { type: 'run'; setup: AblationSetup } | { type: 'pause' } | { type: 'resume' } | { type: 'stop' };

/** Where the run is; `ms` is its training time so far (pauses excluded), for the time estimate. */
type Where = AblationTick & { ms: number };

/** Messages the worker sends. */
export type FromWorker =
  | { type: 'backend'; name: string }
  /** After a slice of steps between two recorded points. */
  | ({ type: 'step' } & Where)
  /** After each recorded point. */
  | ({ type: 'progress'; trainLoss: number } & Where)
  /** The worker has stopped training, at this step, until it is resumed. */
  | ({ type: 'paused' } & Where)
  | { type: 'done'; record: import('~lib/ablation/record').AblationRecord; ms: number }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

const post = (m: FromWorker) => postMessage(m);
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
let controller: AbortController | null = null;
let resume: (() => void) | null = null;
let paused = false;

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
      let pausedMs = 0;
      const ms = () => performance.now() - started - pausedMs;
      /** Let pause / resume / stop messages in; while paused, say where and wait. */
      const between = async (where: AblationTick) => {
        await macrotask();
        if (!paused || mine.signal.aborted) return;
        const since = performance.now();
        post({ type: 'paused', ...where, ms: ms() });
        await new Promise<void>((r) => (resume = r));
        pausedMs += performance.now() - since;
      };
      const record = await runAblation(m.setup, {
        signal: mine.signal,
        sliceMs: SLICE_MS,
        onSlice: async (t) => {
          post({ type: 'step', ...t, ms: ms() });
          await between(t);
        },
        onProgress: async ({ trainLoss, ...t }) => {
          post({ type: 'progress', ...t, trainLoss, ms: ms() });
          await between(t);
        },
      });
      post({ type: 'done', record, ms: performance.now() - started });
    } catch (error) {
      if (mine.signal.aborted) post({ type: 'stopped' });
      else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }
};

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
import { createRunControl, type ControlMessage } from '../run-control';

/** Messages the page sends. */
export type ToWorker = { type: 'run'; setup: AblationSetup } | ControlMessage;

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
const control = createRunControl();

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (control.handle(m) || m.type !== 'run') return;
  const signal = control.start();
  try {
    const name = await useBackend('wasm', { wasmPaths: WASM_BINARIES });
    post({ type: 'backend', name });
    const started = performance.now();
    let pausedMs = 0;
    const ms = () => performance.now() - started - pausedMs;
    /** Let pause / resume / stop messages in; while paused, say where and wait. */
    const between = async (where: AblationTick) => {
      pausedMs += await control.between(signal, () => post({ type: 'paused', ...where, ms: ms() }));
    };
    const record = await runAblation(m.setup, {
      signal,
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
    if (signal.aborted) post({ type: 'stopped' });
    else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

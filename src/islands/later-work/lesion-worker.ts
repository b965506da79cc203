/**
 * The lesion study's worker: rebuilds the reader's saved nets (or the recorded ones) on the wasm
 * backend, served from the site, falling back to plain JavaScript with a note, and runs the study,
 * posting its progress after every evaluation. Forward passes only, so any backend gives the same
 * counts; wasm is simply the fastest everywhere for nets this small. `stop` aborts between two
 * evaluations; the page also terminates the worker, which stops it at once.
 */
import type { LesionOptions, LesionResult } from '~lib/later-work/lesion';
import { planOf } from '~lib/nets/spec';
import { useBackend } from '~ml/backend';
import { runLesion } from '~ml/later-work/lesion';
import { loadPair } from '~ml/later-work/load-pair';
import { WASM_BINARIES } from '../wasm-binaries';
import { createRunControl, type ControlMessage } from '../run-control';

/** Messages the page sends: the reader's saved text (or null) and the options. */
export type ToWorker = { type: 'run'; readerText: string | null; options: LesionOptions } | ControlMessage;

/** Messages the worker sends. */
export type FromWorker =
  | { type: 'backend'; name: string }
  /** The nets are rebuilt: whose they are, in one sentence, and their unit count. */
  | { type: 'loaded'; note: string; units: number; source: 'recorded' | 'reader' }
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: LesionResult; ms: number }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

const post = (m: FromWorker) => postMessage(m);
const control = createRunControl();

/** Answer the lesion study's messages (later-work-worker.ts calls this in the worker its island names "lesion"). */
export function serveLesion(): void {
  self.onmessage = async (e: MessageEvent<ToWorker>) => {
    const m = e.data;
    if (control.handle(m) || m.type !== 'run') return;
    const signal = control.start();
    try {
      post({ type: 'backend', name: await useBackend('wasm', { wasmPaths: WASM_BINARIES }) });
      const started = performance.now();
      const { built, pair, note } = await loadPair(m.readerText);
      try {
        post({ type: 'loaded', note, units: planOf(built.residual.spec).units, source: pair.source });
        const result = await runLesion(built, m.options, {
          signal,
          onProgress: async (p) => {
            post({ type: 'progress', ...p });
            // Let a stop message in between evaluations (no pausing: a run takes seconds).
            await control.between(signal, () => {});
          },
        });
        post({ type: 'done', result, ms: performance.now() - started });
      } finally {
        built.dispose();
      }
    } catch (error) {
      if (signal.aborted) post({ type: 'stopped' });
      else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}

/**
 * The loss-landscape figure's worker: rebuilds the pair (the reader's run when the page sends its
 * saved text, else the recorded nets; `loadPair` says which), caps the grid for the backend, and
 * evaluates both nets' 1-D and 2-D slices in batches of about SLICE_MS. Before the grid it posts
 * the grid's size and the time it should take (from the 1-D slices' measured pace). Between
 * evaluations it lets pause and stop messages in; a new `run` aborts the one before it.
 */
import { capGrid, planSentence } from '~lib/later-work/landscape-grid';
import type { LandscapeRecord } from '~lib/later-work/landscape-summary';
import { SLICE_MS } from '~lib/run-progress';
import { useBackend } from '~ml/backend';
import { loadPair } from '~ml/later-work/load-pair';
import { runLandscape, type LandscapeTick } from '~ml/later-work/run-landscape';
import { WASM_BINARIES } from '../wasm-binaries';
import { createRunControl, type ControlMessage } from '../run-control';

/** Messages the page sends. */
export type ToWorker = { type: 'run'; id: number; readerText: string | null; seed: number; grid: number } | ControlMessage;

/** Messages the worker sends; `id` names the run, so the page drops a superseded run's messages. */
export type FromWorker =
  | { type: 'start'; id: number; backend: string; note: string; n: number; capNote: string | null }
  | { type: 'plan'; id: number; n: number; msPerEvaluation: number; sentence: string }
  | ({ type: 'progress'; id: number } & LandscapeTick)
  | ({ type: 'paused'; id: number } & LandscapeTick)
  | { type: 'done'; id: number; record: LandscapeRecord; note: string; ms: number }
  | { type: 'stopped'; id: number }
  | { type: 'error'; id: number; message: string };

const post = (m: FromWorker) => postMessage(m);
const control = createRunControl();

/** Answer the loss landscape's messages (later-work-worker.ts calls this in the worker its island names "landscape"). */
export function serveLandscape(): void {
  self.onmessage = async (e: MessageEvent<ToWorker>) => {
    const m = e.data;
    if (control.handle(m) || m.type !== 'run') return;
    const signal = control.start();
    const id = m.id;
    let built: Awaited<ReturnType<typeof loadPair>>['built'] | null = null;
    try {
      const backend = await useBackend('wasm', { wasmPaths: WASM_BINARIES });
      const loaded = await loadPair(m.readerText);
      built = loaded.built;
      const { n, note: capNote } = capGrid(m.grid, backend);
      post({ type: 'start', id, backend, note: loaded.note, n, capNote });
      const started = performance.now();
      const between = async (t: LandscapeTick) => {
        await control.between(signal, () => post({ type: 'paused', id, ...t }));
      };
      const record = await runLandscape(built, loaded.pair, {
        seed: m.seed,
        n,
        signal,
        sliceMs: SLICE_MS,
        onBatch: async (t) => {
          post({ type: 'progress', id, ...t });
          await between(t);
        },
        onPlan: async (ms) => {
          post({ type: 'plan', id, n, msPerEvaluation: ms, sentence: planSentence(n, ms, backend) });
          await control.between(signal, () => undefined);
          if (signal.aborted) throw new DOMException('stopped', 'AbortError');
        },
      });
      post({ type: 'done', id, record, note: loaded.note, ms: performance.now() - started });
    } catch (error) {
      if (signal.aborted) post({ type: 'stopped', id });
      else post({ type: 'error', id, message: error instanceof Error ? error.message : String(error) });
    } finally {
      built?.dispose();
    }
  };
}

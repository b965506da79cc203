/**
 * The shattering figure's worker: measures gradient shattering (src/ml/later-work/shattering.ts)
 * at initialisation and on the trained pair (the reader's, when the page sends its saved text, else
 * the recorded one), on WASM, or on plain JavaScript when WASM will not start, and says which. The
 * nets are small and the work is a forward and a backward pass each, so a GPU would not help.
 * A newer request stops an older one between two nets.
 */
import { backendName } from '~lib/gradient-flow/training';
import { SHATTER_DEPTHS, SHATTER_POINTS, SHATTER_SEEDS, type ShatteringRecord } from '~lib/later-work/shattering';
import { useBackend } from '~ml/backend';
import { loadPair } from '~ml/later-work/load-pair';
import { measureShattering } from '~ml/later-work/shattering';
import { WASM_BINARIES } from '../wasm-binaries';

/** The page asks for a measurement from a first seed, passing the reader's saved nets (or null). */
export type ToWorker = { type: 'measure'; id: number; seed: number; readerText: string | null };

/** What the worker reports. */
export type FromWorker =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; record: ShatteringRecord; source: string; backend: string }
  | { type: 'error'; id: number; message: string };

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let backend: Promise<string> | null = null;
let current: AbortController | null = null;
let queue: Promise<unknown> = Promise.resolve();

async function startBackend(): Promise<string> {
  const name = await useBackend('wasm', { wasmPaths: WASM_BINARIES });
  if (name === 'wasm') return `on ${backendName(name)}`;
  const cpu = await useBackend('cpu');
  return `on ${backendName(cpu)}, because WASM could not start in this browser`;
}

async function run(request: ToWorker, signal: AbortSignal): Promise<void> {
  if (signal.aborted) return;
  try {
    backend ??= startBackend();
    const where = await backend;
    const loaded = await loadPair(request.readerText);
    try {
      const record = await measureShattering(
        { firstSeed: request.seed, seeds: SHATTER_SEEDS, depths: SHATTER_DEPTHS, points: SHATTER_POINTS },
        {
          signal,
          onProgress: async (done, total) => {
            post({ type: 'progress', id: request.id, done, total });
            // Let a newer request's message in before the next net.
            await macrotask();
          },
        },
        { built: loaded.built, source: loaded.pair.source, step: loaded.pair.step },
      );
      if (!signal.aborted) post({ type: 'done', id: request.id, record, source: loaded.note, backend: where });
    } finally {
      loaded.built.dispose();
    }
  } catch (error) {
    if (signal.aborted) return;
    post({ type: 'error', id: request.id, message: error instanceof Error ? error.message : String(error) });
  }
}

/** Answer the shattering figure's messages (later-work-worker.ts calls this in the worker its island names "shattering"). */
export function serveShattering(): void {
  self.onmessage = (event: MessageEvent<ToWorker>) => {
    current?.abort();
    const controller = (current = new AbortController());
    queue = queue.then(() => run(event.data, controller.signal));
  };
}

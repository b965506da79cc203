/**
 * Records the loss-landscape slice (src/ml/later-work/run-landscape.ts) on the recorded pair of
 * trained nets (src/lib/recorded/lab-nets.json), seed 1, a DEFAULT_GRID × DEFAULT_GRID grid, on
 * WASM, rounded to 4 significant digits: what the static figure (no JavaScript, print, PDF)
 * draws. About 10 s here. Re-run after re-recording lab-nets or changing the slice:
 *   npm run record -- landscape
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_GRID } from '~lib/later-work/landscape-grid';
import { decodePair } from '~lib/later-work/trained-nets';
import { buildPair } from '~ml/later-work/trained-nets';
import { runLandscape } from '~ml/later-work/run-landscape';
import type { LandscapeRecord } from '~lib/later-work/landscape-summary';

/** The seed of the recorded directions. */
export const LANDSCAPE_SEED = 1;

const NETS_PATH = fileURLToPath(new URL('../lib/recorded/lab-nets.json', import.meta.url));
export const LANDSCAPE_PATH = fileURLToPath(new URL('../lib/recorded/landscape.json', import.meta.url));

/** Run the recorded slice on the committed pair (the script runner cannot load it by dynamic import as loadPair does). */
export async function recordedSlice(n = DEFAULT_GRID): Promise<LandscapeRecord> {
  const decoded = decodePair(readFileSync(NETS_PATH, 'utf8'));
  if (!decoded.ok) throw new Error(`the recorded nets cannot be read: ${decoded.reason}`);
  const built = buildPair(decoded.pair);
  try {
    return await runLandscape(built, decoded.pair, { seed: LANDSCAPE_SEED, n });
  } finally {
    built.dispose();
  }
}

/** Record and write landscape.json (the caller has started the backend). */
export async function recordLandscape(): Promise<void> {
  const started = performance.now();
  const record = await recordedSlice();
  const round = (_: string, v: unknown) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(4)) : v);
  writeFileSync(LANDSCAPE_PATH, `${JSON.stringify(record, round)}\n`);
  console.log(
    `landscape: ${record.n} × ${record.n} grid and ${record.linePoints}-point line for ${record.plain.id} and ${record.residual.id} on ${record.backend} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

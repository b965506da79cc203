/**
 * Records the lesion study (src/ml/later-work/lesion.ts) on the recorded pair of trained nets
 * (src/lib/recorded/lab-nets.json) with the default options, on the wasm backend, to
 * src/lib/recorded/lesion.json: what the static figure (no JavaScript, print, PDF) and the chapters'
 * sentences show. Forward passes only: a few seconds. Re-run after re-recording lab-nets:
 *   npm run record -- lesion
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LESION_OPTIONS } from '~lib/later-work/lesion';
import type { LesionRecord } from '~lib/recorded/lesion';
import { currentBackend, useBackend } from '~ml/backend';
import { runLesion } from '~ml/later-work/lesion';
import { decodePair } from '~lib/later-work/trained-nets';
import { buildPair } from '~ml/later-work/trained-nets';

/** Where the record is committed. */
export const LESION_PATH = fileURLToPath(new URL('../lib/recorded/lesion.json', import.meta.url));

/** Run the study on the recorded pair and write it. */
export async function recordLesion(): Promise<LesionRecord> {
  const started = performance.now();
  // Read directly (not through loadPair's dynamic import, which the script runner has closed by now).
  const decoded = decodePair(readFileSync(new URL('../lib/recorded/lab-nets.json', import.meta.url), 'utf8'));
  if (!decoded.ok) throw new Error(`src/lib/recorded/lab-nets.json: ${decoded.reason}`);
  const pair = decoded.pair;
  const built = buildPair(pair);
  try {
    const result = await runLesion(built, DEFAULT_LESION_OPTIONS);
    const record: LesionRecord = { backend: currentBackend(), step: pair.step, query: pair.query, result };
    writeFileSync(LESION_PATH, `${JSON.stringify(record)}\n`);
    console.log(`lesion: ${result.units} units × 2 nets on ${record.backend} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return record;
  } finally {
    built.dispose();
  }
}

/** `npx node src/scripts/run.mjs src/scripts/record-lesion.ts` */
export async function main(): Promise<void> {
  const backend = await useBackend('wasm');
  if (backend !== 'wasm') console.warn(`WASM did not start; recording on ${backend}.`);
  await recordLesion();
}

/**
 * Measures gradient shattering (src/lib/later-work/shattering.ts) at initialisation for every
 * depth and kind over SHATTER_SEEDS seeds, and on the recorded trained pair, on the wasm backend,
 * for the static fig-gradient-shattering (chapter 6). tests/ml/shattering.test.ts re-measures
 * part of it and compares.   npm run record -- shattering
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { SHATTER_DEPTHS, SHATTER_POINTS, SHATTER_SEEDS, type ShatteringRecord } from '~lib/later-work/shattering';
import { loadPair } from '~ml/later-work/load-pair';
import { measureShattering } from '~ml/later-work/shattering';

/** Where the record is committed. */
export const SHATTERING_PATH = fileURLToPath(new URL('../lib/recorded/shattering.json', import.meta.url));

/** The recording, on the active backend: seeds 1 … SHATTER_SEEDS, and the recorded pair. */
export async function recordShattering(): Promise<ShatteringRecord> {
  const loaded = await loadPair(null);
  try {
    const record = await measureShattering(
      { firstSeed: 1, seeds: SHATTER_SEEDS, depths: SHATTER_DEPTHS, points: SHATTER_POINTS },
      {},
      {
        built: loaded.built,
        source: 'recorded',
        step: loaded.pair.step,
      },
    );
    return { ...record, recordedWith: { backend: tf.getBackend(), tfjs: tf.version.tfjs } };
  } finally {
    loaded.built.dispose();
  }
}

/** Write the record to {@link SHATTERING_PATH} (the caller has started the backend). */
export async function writeShattering(): Promise<void> {
  const started = performance.now();
  writeFileSync(SHATTERING_PATH, `${JSON.stringify(await recordShattering())}\n`);
  console.log(`shattering: wrote ${SHATTERING_PATH} in ${Math.round(performance.now() - started)} ms`);
}

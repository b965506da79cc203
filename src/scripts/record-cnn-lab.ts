/**
 * Records the CNN lab's set-ups (src/lib/cnn-lab/setup.ts) on the wasm backend into
 * src/lib/recorded/cnn-lab.json: the static figure, the chapters and the PDF print these runs;
 * tests/ml/cnn-lab.test.ts re-runs the short one against its record. Called by `npm run record`
 * (names `cnn-lab`, `cnn-lab-short`).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CnnLabRecord } from '~lib/cnn-lab/record';
import { CNN_RECORDINGS, type CnnRecordingName } from '~lib/cnn-lab/setup';
import { decodeDigits, splitDigits } from '~lib/data/digits';
import { useBackend } from '~ml/backend';
import { runCnnLab } from '~ml/run-cnn-lab';

/** Where the records are committed. */
export const CNN_RECORD_PATH = fileURLToPath(new URL('../lib/recorded/cnn-lab.json', import.meta.url));
const DIGITS_PATH = fileURLToPath(new URL('../../public/data/digits-8x8.bin', import.meta.url));

/** The shipped digits, split as every run splits them. */
export function readDigits(split = CNN_RECORDINGS['cnn-lab'].split) {
  const file = readFileSync(DIGITS_PATH);
  return splitDigits(decodeDigits(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)), split);
}

/** Record the named set-ups, keeping the others' committed records. */
export async function recordCnnLab(names: readonly CnnRecordingName[]): Promise<void> {
  const backend = await useBackend('wasm');
  if (backend !== 'wasm') throw new Error(`expected the wasm backend, got ${backend}`);
  const records: Partial<Record<CnnRecordingName, CnnLabRecord>> = existsSync(CNN_RECORD_PATH) ? JSON.parse(readFileSync(CNN_RECORD_PATH, 'utf8')) : {};
  for (const name of names) {
    const setup = CNN_RECORDINGS[name];
    const started = performance.now();
    let shown = 0;
    records[name] = await runCnnLab(setup, readDigits(setup.split), {
      onProgress: (p) => {
        if (p.done - shown < 0.05 && p.done < 1) return;
        shown = p.done;
        console.log(
          `${name}: ${(p.done * 100).toFixed(0)} % (${p.netId}, seed ${p.seed}, step ${p.step}: train ${(p.trainError * 100).toFixed(1)} %, test ${(p.testError * 100).toFixed(1)} %)`,
        );
      },
    });
    console.log(`${name}: ${Math.round((performance.now() - started) / 1000)} s on ${backend}`);
    writeFileSync(CNN_RECORD_PATH, `${JSON.stringify(records, (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(5)) : v))}\n`);
  }
  console.log(`wrote ${CNN_RECORD_PATH}`);
}

export async function main(args: string[]): Promise<void> {
  await recordCnnLab((args.length ? args : Object.keys(CNN_RECORDINGS)) as CnnRecordingName[]);
}

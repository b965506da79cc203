/**
 * `npm run record`: trains the training lab's canonical runs in Node with the same session code
 * the browser uses (tfjs WASM backend) and writes each, rounded to 4 significant digits, to
 * src/lib/recorded/<name>.json. The build draws the static lab (no JavaScript, print, PDF) from
 * these files; tests/ml/recorded.test.ts checks they are current and reproduce. Re-run after
 * changing the lab set-up (src/lib/nets/lab.ts, src/lib/training-lab/) or src/ml. It also records the
 * CNN lab's comparisons (src/scripts/record-cnn-lab.ts, names `cnn-lab` and `cnn-lab-short`) and the
 * default run's trained deep nets for the later-work figures (name `lab-nets`, src/ml/later-work/record-nets.ts)
 * and the lesion study on them (name `lesion`, src/scripts/record-lesion.ts), and the gradient-shattering
 * measurement (name `shattering`, src/scripts/record-shattering.ts).
 *   npm run record [-- name …]      (default: every recording in LAB_RECORDINGS and CNN_RECORDINGS)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { labConfigOf } from '~lib/training-lab/lab-config';
import { LAB_RECORDINGS, type LabRecordingName } from '~lib/training-lab/lab-recordings';
import { useBackend } from '~ml/backend';
import { recordLab } from '~ml/training-lab/record-lab';
import { CNN_RECORDINGS, type CnnRecordingName } from '~lib/cnn-lab/setup';
import { recordCnnLab } from './record-cnn-lab';
import { DEFAULT_LAB_STATE } from '~lib/training-lab/lab-state';
import { encodePair } from '~lib/later-work/trained-nets';
import { recordPair } from '~ml/later-work/record-nets';
import { recordLandscape } from './record-landscape';
import { recordLesion } from './record-lesion';
import { writeShattering } from './record-shattering';

/** The later-work figures' recorded nets: the default lab run's deep plain and deep residual nets. */
const LAB_NETS = 'lab-nets';
/** The loss-landscape slice on that pair (src/scripts/record-landscape.ts); after lab-nets, which it reads. */
const LANDSCAPE = 'landscape';
/** The lesion study on that pair (src/scripts/record-lesion.ts); after lab-nets, which it reads. */
const LESION = 'lesion';
/** Gradient shattering at initialisation and on that pair (src/scripts/record-shattering.ts). */
const SHATTERING = 'shattering';

/** Where a recording is committed. */
export const recordPath = (name: LabRecordingName) => fileURLToPath(new URL(`../lib/recorded/${name}.json`, import.meta.url));

/** Record the named runs (all when none are named). */
export async function main(args: string[] = []): Promise<void> {
  const known = [...Object.keys(LAB_RECORDINGS), ...Object.keys(CNN_RECORDINGS), LAB_NETS, LESION, LANDSCAPE, SHATTERING];
  const asked = args.length ? args : known;
  const unknown = asked.filter((n) => !known.includes(n));
  if (unknown.length) throw new Error(`no recording called ${unknown.join(', ')}; known: ${known.join(', ')}`);
  const names = asked.filter((n): n is LabRecordingName => n in LAB_RECORDINGS);
  const cnn = asked.filter((n): n is CnnRecordingName => n in CNN_RECORDINGS);
  const backend = await useBackend('wasm');
  if (backend !== 'wasm') console.warn(`WASM did not start; recording on ${backend}.`);
  for (const name of names) {
    const state = LAB_RECORDINGS[name];
    const config = labConfigOf(state);
    const started = performance.now();
    let shown = 0;
    const record = await recordLab(state, (step) => {
      if (step - shown >= config.steps / 10 || step === config.steps) {
        shown = step;
        console.log(`${name}: step ${step} of ${config.steps}`);
      }
    });
    writeFileSync(recordPath(name), `${JSON.stringify(record)}\n`);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const losses = record.models.map((m) => `${m.id} ${m.final?.trainLoss}`).join(', ');
    console.log(
      `${name}: ${config.steps} steps × ${config.models.length} nets on ${record.recordedWith.backend} in ${seconds} s; final training loss ${losses}`,
    );
  }
  if (asked.includes(LAB_NETS)) {
    const started = performance.now();
    const pair = await recordPair(DEFAULT_LAB_STATE);
    writeFileSync(fileURLToPath(new URL(`../lib/recorded/${LAB_NETS}.json`, import.meta.url)), `${encodePair(pair)}\n`);
    console.log(`${LAB_NETS}: ${pair.plain.id} and ${pair.residual.id} at step ${pair.step} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  if (asked.includes(LESION)) await recordLesion();
  if (asked.includes(LANDSCAPE)) await recordLandscape();
  if (asked.includes(SHATTERING)) await writeShattering();
  // The CNN lab's comparison (issue 16): about half an hour on one core for the full one.
  if (cnn.length) await recordCnnLab(cnn);
}

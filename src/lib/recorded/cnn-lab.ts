/**
 * The CNN lab's recorded runs (src/scripts/record-cnn-lab.ts, wasm backend): what the static figure
 * (no JavaScript, print, PDF) and the chapters print. JSON has no NaN, so a diverged point is
 * stored as null and read back as NaN.
 */
import { cnnSetupKey, type CnnLabRecord } from '../cnn-lab/record';
import { CNN_RECORDINGS, type CnnRecordingName } from '../cnn-lab/setup';
import records from './cnn-lab.json';

const revive = (r: CnnLabRecord): CnnLabRecord => ({
  ...r,
  nets: r.nets.map((net) => ({
    ...net,
    runs: net.runs.map((run) => ({
      ...run,
      trainError: run.trainError.map((x) => x ?? Number.NaN),
      testError: run.testError.map((x) => x ?? Number.NaN),
      trainLoss: run.trainLoss.map((x) => x ?? Number.NaN),
    })),
  })),
});

/** The committed record of one CNN lab set-up; throws when its set-up changed since it was recorded. */
export function recordedCnnLab(name: CnnRecordingName = 'cnn-lab'): CnnLabRecord {
  const entry = (records as Partial<Record<CnnRecordingName, CnnLabRecord>>)[name];
  if (!entry || entry.key !== cnnSetupKey(CNN_RECORDINGS[name])) {
    throw new Error(`The recorded CNN lab run "${name}" is ${entry ? 'stale (its set-up changed)' : 'missing'}. Run: npm run record -- ${name}`);
  }
  return revive(entry);
}

/**
 * Train a lab configuration to the end with the same session the browser uses and return it as
 * a recorded snapshot (numbers rounded to 4 significant digits): what `npm run record` commits
 * and what the freshness test re-runs.
 */
import * as tf from '@tensorflow/tfjs';
import { roundSnapshot, type RecordedLab } from '~lib/training-lab/lab-record';
import { labConfigOf } from '~lib/training-lab/lab-config';
import { runQuery, type LabState } from '~lib/training-lab/lab-state';
import { runLab } from './run-lab';

/** Run the lab `state` describes on the active backend; `onChunk` hears the step after every chunk. */
export async function recordLab(state: LabState, onChunk?: (step: number) => void): Promise<RecordedLab> {
  const snapshot = await runLab(labConfigOf(state), { onChunk });
  const recordedWith = { backend: tf.getBackend(), tfjs: tf.version.tfjs };
  return roundSnapshot({ format: 1 as const, query: runQuery(state), recordedWith, ...snapshot });
}

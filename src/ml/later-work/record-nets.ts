/**
 * Train the training lab's default run in Node with the browser's session code and keep its deep
 * plain and deep residual nets: the recorded pair the later-work figures examine before the reader
 * has trained anything (`npm run record -- lab-nets`).
 */
import { labConfigOf } from '~lib/training-lab/lab-config';
import { runQuery, type LabState } from '~lib/training-lab/lab-state';
import type { TrainedPair } from '~lib/later-work/trained-nets';
import { createLabSession } from '../training-lab/lab-session';
import { capturePair } from './trained-nets';

/** The pair after training the lab `state` describes to its end; `onChunk` hears the step. */
export async function recordPair(state: LabState, onChunk?: (step: number) => void): Promise<TrainedPair> {
  const session = createLabSession(labConfigOf(state));
  try {
    await session.start();
    while (!session.finished) {
      await session.advance();
      onChunk?.(session.step);
    }
    const query = runQuery(state);
    const pair = await capturePair(session, query, 'recorded');
    if (!pair) throw new Error('the lab run has no deep plain and deep residual pair');
    return pair;
  } finally {
    session.dispose();
  }
}

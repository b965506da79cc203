/**
 * Which trained nets a later-work figure examines, rebuilt on the active backend: the reader's own
 * run when the training lab saved one in this tab (its text, read by the island from session
 * storage), else the recorded run (src/lib/recorded/lab-nets.json, loaded only now). Whatever
 * happens, the answer is a usable pair and a sentence saying which one it is and why.
 */
import { decodePair, type TrainedPair } from '~lib/later-work/trained-nets';
import { buildPair, type BuiltPair } from './trained-nets';

/** The rebuilt pair, the pair it came from, and what to tell the reader about its source. */
export interface LoadedPair {
  built: BuiltPair;
  pair: TrainedPair;
  /** One sentence: whose nets these are, and, when the reader's could not be used, why not. */
  note: string;
}

async function recorded(): Promise<TrainedPair> {
  const text = (await import('~lib/recorded/lab-nets.json?raw')).default;
  const decoded = decodePair(text);
  if (!decoded.ok) throw new Error(`the recorded nets cannot be read: ${decoded.reason}`);
  return decoded.pair;
}

const depthOf = (b: BuiltPair) => `${b.depth}-layer`;

/** Rebuild the reader's pair from `readerText` when it is usable, else the recorded pair. */
export async function loadPair(readerText: string | null): Promise<LoadedPair> {
  let why = 'you have not finished a run of the training lab in this tab yet';
  if (readerText !== null) {
    const decoded = decodePair(readerText);
    if (decoded.ok) {
      try {
        const built = buildPair(decoded.pair);
        return {
          built,
          pair: decoded.pair,
          note: `Your own run from the training lab: its ${depthOf(built)} plain and residual nets after ${decoded.pair.step} steps.`,
        };
      } catch (error) {
        why = `your saved run could not be rebuilt (${error instanceof Error ? error.message : String(error)})`;
      }
    } else why = `your saved run could not be read (${decoded.reason})`;
  }
  const pair = await recorded();
  const built = buildPair(pair);
  return { built, pair, note: `The recorded run's ${depthOf(built)} plain and residual nets (${pair.step} steps), because ${why}.` };
}

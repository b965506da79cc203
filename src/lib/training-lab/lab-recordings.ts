/**
 * The training-lab runs that `npm run record` trains in Node and commits under src/lib/recorded/:
 * the default lab (what every chapter shows without JavaScript) and a short run of the same set-up
 * that the freshness test re-trains.
 */
import { DEFAULT_LAB_STATE, type LabState } from './lab-state';

/** Recording name (the JSON file's base name) → the lab state it records. */
export const LAB_RECORDINGS = {
  'degradation-lab': DEFAULT_LAB_STATE,
  'degradation-lab-short': { ...DEFAULT_LAB_STATE, steps: 30 },
} as const satisfies Record<string, LabState>;

/** A recording's name. */
export type LabRecordingName = keyof typeof LAB_RECORDINGS;

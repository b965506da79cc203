/**
 * The recorded shattering measurement (src/scripts/record-shattering.ts): the static
 * fig-gradient-shattering, its table and the chapter's numbers come from it.
 */
import { SHATTER_DEPTHS, SHATTER_POINTS, SHATTER_SEEDS, type ShatteringRecord } from '../later-work/shattering';
import record from './shattering.json';

/** The recorded measurement; throws when the set-up changed since it was recorded. */
export function recordedShattering(): ShatteringRecord {
  const r = record as ShatteringRecord;
  if (r.seeds !== SHATTER_SEEDS || r.points !== SHATTER_POINTS || r.depths.join() !== SHATTER_DEPTHS.join()) {
    throw new Error('The recorded shattering measurement is stale. Run: npm run record -- shattering');
  }
  return r;
}

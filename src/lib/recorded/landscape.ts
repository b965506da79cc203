/**
 * The loss-landscape slice recorded by src/scripts/record-landscape.ts (`npm run record --
 * landscape`) on the recorded pair of trained nets: what the static figure (no JavaScript,
 * print, PDF) draws and what the chapters' numbers are pinned to. JSON has no NaN: a loss that
 * was not finite is stored as null and read back as NaN.
 */
import type { LandscapeRecord } from '../later-work/landscape-summary';
import record from './landscape.json';

const revive = (xs: readonly (number | null)[]): number[] => xs.map((x) => x ?? Number.NaN);

/** The committed recording. */
export function recordedLandscape(): LandscapeRecord {
  const r = record as unknown as LandscapeRecord;
  const net = (s: LandscapeRecord['plain']) => ({ ...s, centre: s.centre ?? Number.NaN, line: revive(s.line), grid: revive(s.grid) });
  return { ...r, plain: net(r.plain), residual: net(r.residual) };
}

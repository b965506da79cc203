/**
 * The FLOPs explorer's fixed frame, read off its columns: the map sizes that get a row and the end
 * of the bar scale. Fixed over every choice, so switching networks moves nothing and stays fair.
 * Only type imports here: the island uses this without pulling in the cost model.
 */
import type { FlopsColumn } from './flops-columns';

/** Map sides any of the columns computes at, largest first (classifier stages excluded). */
export function explorerMapSizes(columns: readonly FlopsColumn[]): number[] {
  const sizes = new Set(columns.flatMap((c) => c.stages.filter((s) => !s.head).map((s) => s.size)));
  return [...sizes].sort((a, b) => b - a);
}

/** The largest stage's multiply-adds over the columns: one bar scale for every choice. */
export function largestStageMacs(columns: readonly FlopsColumn[]): number {
  return Math.max(...columns.flatMap((c) => c.stages.map((s) => s.macs)));
}

/**
 * Repeats and summaries. Every timing the bench reports is the median of several runs with
 * its min and max; two things compared are measured in the same run, interleaved, and
 * reported as the median of the per-round ratios (so a slow patch of the machine slows both).
 */

/** Median, min and max of a set of samples, and how many there were. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The median, min and max of `samples` (which must not be empty). */
export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new RangeError('summarize() needs at least one sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]!, n: sorted.length };
}

/** Milliseconds taken by `fn`, measured with the monotonic clock. */
export async function timeIt(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/**
 * Runs `rounds` rounds; in each round every entry of `subjects` is timed once, in an order that
 * alternates between rounds (A B C, C B A, …) so neither side always runs warm or cold.
 * Resolves to the samples by subject name.
 */
export async function interleaved<K extends string>(
  rounds: number,
  subjects: Record<K, () => unknown>,
): Promise<Record<K, number[]>> {
  const names = Object.keys(subjects) as K[];
  const samples = Object.fromEntries(names.map((k) => [k, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? [...names].reverse() : names) samples[name].push(await timeIt(subjects[name]));
  }
  return samples;
}

/** The per-round ratios a[i] / b[i] of two interleaved sample lists, summarised. */
export function ratio(a: readonly number[], b: readonly number[]): Summary {
  if (a.length !== b.length) throw new RangeError(`ratio() needs paired samples, got ${a.length} and ${b.length}`);
  return summarize(a.map((x, i) => x / b[i]!));
}

/** Scales every field of a summary (e.g. ms per sample → ms per step). */
export function scale(s: Summary, factor: number): Summary {
  return { median: s.median * factor, min: s.min * factor, max: s.max * factor, n: s.n };
}

/**
 * The median the figures report over seeds and draws (P2 reports the median of 5 runs): the
 * mean of the middle two for an even count, NaN for an empty list. A NaN value (a diverged run)
 * ranks above every number, as the worst result; a median that lands on one is NaN.
 */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = [...values].map((v) => (Number.isNaN(v) ? Number.POSITIVE_INFINITY : v)).sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const m = s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return Number.isFinite(m) ? m : Number.NaN;
}

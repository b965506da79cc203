import { describe, expect, it } from 'vitest';
import { interleaved, ratio, scale, summarize } from '../../src/scripts/bench/stats.ts';

describe('bench statistics', () => {
  it('summarises samples as median, min and max, averaging the middle pair of an even count', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5, n: 3 });
    expect(summarize([4, 1, 2, 8])).toEqual({ median: 3, min: 1, max: 8, n: 4 });
  });

  it('refuses to summarise no samples', () => {
    expect(() => summarize([])).toThrow(RangeError);
  });

  it('times every subject once per round, alternating the order between rounds', async () => {
    const order: string[] = [];
    const samples = await interleaved(3, { a: () => order.push('a'), b: () => order.push('b') });
    expect(order).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(samples.a).toHaveLength(3);
    expect(samples.b).toHaveLength(3);
  });

  it('compares paired samples round by round, not median by median', () => {
    // Medians are 2 and 2 (ratio 1), but each round the first side took twice as long.
    expect(ratio([2, 4, 1], [1, 2, 0.5]).median).toBe(2);
    expect(() => ratio([1, 2], [1])).toThrow(RangeError);
  });

  it('scales every field of a summary but the count', () => {
    expect(scale({ median: 10, min: 5, max: 20, n: 5 }, 0.1)).toEqual({ median: 1, min: 0.5, max: 2, n: 5 });
  });
});

import { describe, expect, it } from 'vitest';
import { dodge } from '~viz/line-chart';

describe('end-of-line labels', () => {
  it('are moved apart by at least the gap, in their lines’ order, and only as far as needed', () => {
    const out = dodge([50, 52, null, 10, 51], 12, 200) as number[];
    expect(out[2]).toBeNull();
    expect(out[3]).toBe(10);
    const [a, b, c] = [out[0]!, out[4]!, out[1]!];
    expect(a).toBe(50);
    expect(b - a).toBe(12);
    expect(c - b).toBe(12);
  });

  it('stay above the bottom edge, pushing the stack up when it would overflow', () => {
    const out = dodge([195, 196, 197], 12, 200) as number[];
    expect(out).toEqual([176, 188, 200]);
  });
});

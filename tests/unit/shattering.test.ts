import { describe, expect, it } from 'vitest';
import { createRng } from '~lib/random';
import { medians, neighbourCorrelation, scaledSignal, segment, SEGMENT_HALF, smootherAtDepth, type ShatteringRecord } from '~lib/later-work/shattering';
import { DEFAULT_SHATTER_STATE, formatShatterQuery, parseShatterQuery } from '~lib/later-work/shattering-state';
import { shatterVerdict } from '~lib/later-work/shattering-words';

describe('the neighbour correlation: 1 for a smooth gradient, about 0 for white noise', () => {
  it('a slow sine is close to 1, an alternating sign is −1, a constant counts as smooth', () => {
    expect(neighbourCorrelation(Array.from({ length: 256 }, (_, i) => Math.sin(i / 20)))).toBeGreaterThan(0.99);
    expect(neighbourCorrelation(Array.from({ length: 256 }, (_, i) => (i % 2 ? 1 : -1)))).toBeCloseTo(-1, 10);
    expect(neighbourCorrelation(new Array(50).fill(0.3))).toBe(1);
  });

  it('seeded white noise gives a correlation near 0; too few points or a non-finite value give NaN', () => {
    const rng = createRng(7);
    expect(Math.abs(neighbourCorrelation(Array.from({ length: 4096 }, () => rng.normal())))).toBeLessThan(0.05);
    expect(neighbourCorrelation([1, 2])).toBeNaN();
    expect(neighbourCorrelation([1, 2, Number.NaN, 4])).toBeNaN();
  });
});

describe('the segment', () => {
  it('has the asked number of points, evenly spaced on a line through the origin from −1.25 to 1.25 along a unit direction', () => {
    const { points, direction, t } = segment(3, 5);
    expect(Math.hypot(...direction)).toBeCloseTo(1, 12);
    expect(t).toEqual([-1.25, -0.625, 0, 0.625, 1.25]);
    for (let i = 0; i < 5; i++) {
      expect(points[2 * i]).toBeCloseTo(t[i]! * direction[0], 6);
      expect(points[2 * i + 1]).toBeCloseTo(t[i]! * direction[1], 6);
    }
    expect(Math.hypot(points[8]!, points[9]!)).toBeCloseTo(SEGMENT_HALF, 6);
    expect(segment(3, 5).direction).toEqual(direction);
    expect(segment(4, 5).direction).not.toEqual(direction);
  });

  it('a drawn signal is scaled to a largest magnitude of 1; a zero signal stays zero', () => {
    expect(scaledSignal([0.5, -2, 1])).toEqual([0.25, -1, 0.5]);
    expect(scaledSignal([0, 0])).toEqual([0, 0]);
  });
});

const fake = (plain56: number[], residual56: number[]): ShatteringRecord => ({
  format: 1,
  firstSeed: 1,
  seeds: 3,
  points: 256,
  depths: [2, 56],
  init: [
    { kind: 'plain', depth: 2, correlation: [0.9, 0.8, 0.95] },
    { kind: 'residual', depth: 2, correlation: [0.9, 0.85, 0.9] },
    { kind: 'plain', depth: 56, correlation: plain56 },
    { kind: 'residual', depth: 56, correlation: residual56 },
  ],
  signals: [],
  trained: null,
});

describe('medians, the smoother kind and the verdict', () => {
  it('takes the median over seeds per kind and depth, and names the kind with the higher median at the greatest depth', () => {
    const r = fake([0.1, -0.2, 0.05], [0.3, 0.2, 0.4]);
    expect(medians(r)).toEqual([
      {
        kind: 'plain',
        points: [
          { depth: 2, correlation: 0.9 },
          { depth: 56, correlation: 0.05 },
        ],
      },
      {
        kind: 'residual',
        points: [
          { depth: 2, correlation: 0.9 },
          { depth: 56, correlation: 0.3 },
        ],
      },
    ]);
    expect(smootherAtDepth(r)).toBe('residual');
    expect(shatterVerdict(r, 'residual')).toBe('You predicted the residual nets would stay smoother: right.');
    expect(shatterVerdict(r, 'plain')).toBe('You predicted the plain nets would stay smoother: not this time (the residual nets did).');
    expect(shatterVerdict(r, null)).toBe('');
    expect(smootherAtDepth(fake([0.2, 0.2, 0.2], [0.2, 0.2, 0.2]))).toBeNull();
  });
});

describe('the URL state (sh-)', () => {
  it('defaults to seed 1, the 56-layer nets and no prediction, and writes nothing for the defaults', () => {
    expect(parseShatterQuery('').state).toEqual(DEFAULT_SHATTER_STATE);
    expect(DEFAULT_SHATTER_STATE).toEqual({ autorun: false, seed: 1, show: '56', guess: null });
    expect(formatShatterQuery(DEFAULT_SHATTER_STATE)).toBe('');
  });

  it('round-trips a setting and keeps other figures’ parameters', () => {
    const state = { autorun: true, seed: 7, show: 'trained' as const, guess: 'plain' as const };
    const query = formatShatterQuery(state, 'lab-depth=20');
    expect(new URLSearchParams(query).get('lab-depth')).toBe('20');
    expect(parseShatterQuery(query)).toEqual({ state, notes: [] });
  });

  it('clamps a seed out of range and ignores unknown values, with a note for each', () => {
    const { state, notes } = parseShatterQuery('sh-seed=0&sh-show=57&sh-guess=maybe&sh-autorun=yes');
    expect(state).toEqual(DEFAULT_SHATTER_STATE);
    expect(notes).toHaveLength(4);
    expect(notes.join('; ')).toContain('sh-seed 0 → 1');
    expect(parseShatterQuery('sh-seed=5000').state.seed).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { createRng, deriveSeed, toSeed } from '~lib/random';

const draw = (seed: number, k: number) => {
  const rng = createRng(seed);
  return Array.from({ length: k }, () => rng.uniform());
};

describe('createRng', () => {
  it('gives the same stream for the same seed and a different one for another seed', () => {
    expect(draw(42, 20)).toEqual(draw(42, 20));
    expect(draw(42, 20)).not.toEqual(draw(43, 20));
  });

  it('keeps uniform draws inside [lo, hi) with a mean near the middle', () => {
    const rng = createRng(7);
    const xs = Array.from({ length: 20000 }, () => rng.uniform(-2, 3));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...xs)).toBeLessThan(3);
    expect(xs.reduce((a, b) => a + b, 0) / xs.length).toBeCloseTo(0.5, 1);
  });

  it('draws normals with the requested mean and standard deviation', () => {
    const rng = createRng(11);
    const xs = Array.from({ length: 40000 }, () => rng.normal(1.5, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(1.5, 1);
    expect(sd).toBeCloseTo(2, 1);
    // About 68% within one standard deviation.
    const inside = xs.filter((x) => Math.abs(x - 1.5) < 2).length / xs.length;
    expect(inside).toBeGreaterThan(0.67);
    expect(inside).toBeLessThan(0.70);
  });

  it('draws integers in [0, n) that hit every value', () => {
    const rng = createRng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 1000; i++) {
      const k = rng.int(6);
      expect(Number.isInteger(k) && k >= 0 && k < 6).toBe(true);
      seen.add(k);
    }
    expect(seen.size).toBe(6);
    expect(() => rng.int(0)).toThrow(RangeError);
  });

  it('shuffles into a permutation without touching the input', () => {
    const input = Array.from({ length: 50 }, (_, i) => i);
    const copy = input.slice();
    const out = createRng(5).shuffle(input);
    expect(input).toEqual(copy);
    expect(out).not.toEqual(input);
    expect(out.slice().sort((a, b) => a - b)).toEqual(input);
    expect(createRng(5).shuffle(input)).toEqual(out);
  });

  it('normalises odd seeds to unsigned 32-bit integers', () => {
    expect(toSeed(-1)).toBe(4294967295);
    expect(toSeed(3.9)).toBe(3);
    expect(toSeed(Number.NaN)).toBe(0);
    expect(createRng(2 ** 32 + 5).seed).toBe(5);
  });
});

describe('deriveSeed', () => {
  it('gives distinct, stable child seeds per label and per parent seed', () => {
    expect(deriveSeed(1, 'init')).toBe(deriveSeed(1, 'init'));
    const seeds = new Set([deriveSeed(1, 'init'), deriveSeed(1, 'train'), deriveSeed(2, 'init'), deriveSeed(1, 'spirals')]);
    expect(seeds.size).toBe(4);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSpiralOptions, makeSpirals } from '~lib/data/spirals';

describe('makeSpirals', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    const a = makeSpirals({ seed: 9 });
    const b = makeSpirals({ seed: 9 });
    const c = makeSpirals({ seed: 10 });
    expect(a.train.x).toEqual(b.train.x);
    expect(a.test.y).toEqual(b.test.y);
    expect(a.train.x).not.toEqual(c.train.x);
  });

  it('splits n points into train and test by testFraction with matching array sizes', () => {
    const { train, test } = makeSpirals({ n: 200, testFraction: 0.25, seed: 1 });
    expect(test.n).toBe(50);
    expect(train.n).toBe(150);
    expect(train.x.length).toBe(2 * train.n);
    expect(train.y.length).toBe(train.n);
    expect(test.x.length).toBe(2 * test.n);
  });

  it('balances the two classes and labels them 0 and 1 only', () => {
    const { train, test } = makeSpirals({ n: 400, seed: 2 });
    const ys = [...train.y, ...test.y];
    expect(new Set(ys)).toEqual(new Set([0, 1]));
    expect(ys.filter((y) => y === 1).length).toBe(200);
  });

  it('puts noiseless points on their arm: radius t and angle 2π·turns·t + class·π', () => {
    const { train } = makeSpirals({ n: 100, noise: 0, turns: 1.5, seed: 3, testFraction: 0 });
    for (let i = 0; i < train.n; i++) {
      const x = train.x[2 * i] as number;
      const y = train.x[2 * i + 1] as number;
      const r = Math.hypot(x, y);
      const theta = 2 * Math.PI * 1.5 * r + (train.y[i] as number) * Math.PI;
      expect(r).toBeLessThanOrEqual(1 + 1e-6);
      expect(x).toBeCloseTo(r * Math.cos(theta), 5);
      expect(y).toBeCloseTo(r * Math.sin(theta), 5);
    }
  });

  it('adds noise of about the requested size', () => {
    const clean = makeSpirals({ n: 2000, noise: 0, seed: 4, testFraction: 0 });
    const noisy = makeSpirals({ n: 2000, noise: 0.1, seed: 4, testFraction: 0 });
    expect(clean.train.x).not.toEqual(noisy.train.x);
    const spread = Math.max(...noisy.train.x.map(Math.abs));
    expect(spread).toBeGreaterThan(1.05);
    expect(spread).toBeLessThan(1.6);
  });

  it('rejects a test fraction outside [0, 1) and uses the documented defaults', () => {
    expect(() => makeSpirals({ testFraction: 1 })).toThrow(RangeError);
    const d = makeSpirals();
    expect(d.train.n + d.test.n).toBe(defaultSpiralOptions.n);
  });
});

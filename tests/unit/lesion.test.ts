import { describe, expect, it } from 'vitest';
import {
  clampK,
  describeLesion,
  judgeGuess,
  kSubsets,
  summariseSingle,
  survivesBetter,
  unitList,
  type LesionModel,
  type LesionResult,
} from '~lib/later-work/lesion';
import { formatLesionQuery, parseLesionQuery } from '~lib/later-work/lesion-state';
import { median } from '~lib/median';

const model = (role: 'plain' | 'residual', intact: number, single: number[]): LesionModel => ({
  id: `${role}-8`,
  role,
  intact,
  single,
  random: [{ k: 1, errors: single, median: median(single) }],
});
const result = (plain: LesionModel, residual: LesionModel): LesionResult => ({
  units: plain.single.length,
  testPoints: 100,
  options: { draws: 4, maxK: 1, seed: 1 },
  plain,
  residual,
});

describe('the lesion study’s draws', () => {
  it('lists units 0 … n − 1 and clamps k to 1 … n', () => {
    expect(unitList(4)).toEqual([0, 1, 2, 3]);
    expect(clampK(10, 4)).toBe(4);
    expect(clampK(0, 4)).toBe(1);
    expect(clampK(3, 4)).toBe(3);
  });

  it('draws sets of k distinct units in range, sorted, the same for the same seed and different for another', () => {
    const sets = kSubsets(28, 5, 20, 1);
    expect(sets).toHaveLength(20);
    for (const s of sets) {
      expect(new Set(s).size).toBe(5);
      expect(s.every((l) => Number.isInteger(l) && l >= 0 && l < 28)).toBe(true);
      expect(s).toEqual([...s].sort((a, b) => a - b));
    }
    expect(kSubsets(28, 5, 20, 1)).toEqual(sets);
    expect(kSubsets(28, 5, 20, 2)).not.toEqual(sets);
  });

  it('gives each k its own stream: the draws for k do not depend on how many draws are asked for', () => {
    expect(kSubsets(28, 3, 5, 7)).toEqual(kSubsets(28, 3, 20, 7).slice(0, 5));
    expect(kSubsets(28, 3, 5, 7)).not.toEqual(kSubsets(28, 4, 5, 7).map((s) => s.slice(0, 3)));
  });

  it('deletes every unit when k is the unit count', () => {
    expect(kSubsets(6, 6, 3, 1)).toEqual([unitList(6), unitList(6), unitList(6)]);
  });

  it('every unit is drawn about equally often over many draws (k = 1)', () => {
    const counts = new Array(10).fill(0);
    for (const [l] of kSubsets(10, 1, 5000, 3)) counts[l!] += 1;
    for (const c of counts) expect(Math.abs(c - 500)).toBeLessThan(100);
  });
});

describe('medians and summaries', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('counts deletions within 2 points of the intact error as harmless and finds the worst unit', () => {
    const s = summariseSingle(model('residual', 0.02, [0.5, 0.04, 0.03, 0.05, 0.0]));
    expect(s.harmless).toBe(3);
    expect(s.worst).toBe(0.5);
    expect(s.worstUnit).toBe(0);
    expect(s.mean).toBeCloseTo(0.124, 10);
  });

  it('names the net with more harmless single deletions, or neither on a tie, and judges a prediction', () => {
    const robust = model('residual', 0.02, [0.5, 0.03, 0.02, 0.04]);
    const fragile = model('plain', 0.4, [0.5, 0.45, 0.41, 0.3]);
    expect(survivesBetter(result(fragile, robust))).toBe('residual');
    expect(survivesBetter(result(model('plain', 0.1, [0.1, 0.1, 0.5, 0.5]), model('residual', 0.1, [0.1, 0.5, 0.1, 0.5])))).toBe('same');
    expect(judgeGuess(result(fragile, robust), 'residual')).toMatch(/plain 1 of 4, residual 3 of 4.*You predicted the residual net: right\.$/);
    expect(judgeGuess(result(fragile, robust), 'plain')).toMatch(/not this time\.$/);
    expect(judgeGuess(result(fragile, robust), null)).not.toMatch(/You predicted/);
    expect(describeLesion(result(fragile, robust))[1]).toMatch(/^residual-8: 2\.0% test error intact; .* at worst 50\.0% \(unit 0\); 3 of 4 single deletions/);
  });
});

describe('URL state (les-)', () => {
  it('reads a link, clamps bad values with a note, and writes only changes', () => {
    const ok = parseLesionQuery('les-draws=5&les-k=3&les-seed=9&les-guess=plain&les-autorun=1');
    expect(ok.state).toEqual({ autorun: true, draws: 5, maxK: 3, seed: 9, guess: 'plain' });
    expect(ok.notes).toEqual([]);
    const bad = parseLesionQuery('les-draws=999&les-k=0&les-guess=maybe&les-seed=abc');
    expect(bad.state).toMatchObject({ draws: 50, maxK: 1, seed: 1, guess: null });
    expect(bad.notes.join('; ')).toMatch(/les-draws 999 → 50/);
    expect(bad.notes.join('; ')).toMatch(/les-k 0 → 1/);
    expect(bad.notes.join('; ')).toMatch(/les-guess "maybe" ignored/);
    expect(bad.notes.join('; ')).toMatch(/les-seed "abc" ignored/);
    expect(formatLesionQuery(parseLesionQuery('').state, 'x=1')).toBe('x=1');
    expect(formatLesionQuery({ ...parseLesionQuery('').state, maxK: 5, guess: 'residual' })).toBe('les-k=5&les-guess=residual');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summariseSingle, survivesBetter } from '~lib/later-work/lesion';
import { recordedLesion } from '~lib/recorded/lesion';

// What chapters 3 and 6 and the figure's notes (components/LesionStudy.astro) say about the
// recorded lesion study, checked against the record. A re-recording that changes a fact fails
// here, and the prose must change with it.
const record = recordedLesion();
const r = record.result;
const { plain, residual } = r;
const range = (xs: number[], from: number, to: number) => xs.slice(from, to + 1);
const pts = (e: number) => Math.round(e * 100);
const text = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8').replace(/\s+/g, ' ');

describe('the recorded lesion study, as the chapters and the figure describe it', () => {
  it('is plain-56 and residual-56 of the 600-step default run, 28 units, 100 test points, 20 draws for k = 1 … 10', () => {
    expect([plain.id, residual.id, r.units, r.testPoints, record.step]).toEqual(['plain-56', 'residual-56', 28, 100, 600]);
    expect(r.options).toEqual({ draws: 20, maxK: 10, seed: 1 });
  });

  it('intact: residual 2 %, plain 42 %', () => {
    expect(pts(residual.intact)).toBe(2);
    expect(pts(plain.intact)).toBe(42);
  });

  it('residual: units 14–27 each leave at most 6 %; units 0–7 each give at least 16 % (14 points up); unit 0 gives 56 %, no better than chance', () => {
    expect(Math.max(...range(residual.single, 14, 27).map(pts))).toBe(6);
    expect(Math.min(...range(residual.single, 0, 7).map(pts))).toBe(16);
    expect(pts(residual.single[0]!)).toBe(56);
    expect(residual.single[0]).toBeGreaterThanOrEqual(0.5);
  });

  it('single deletions within 2 points: residual 11 of 28, plain 2 of 28, so the answer is the residual net', () => {
    expect(summariseSingle(residual).harmless).toBe(11);
    expect(summariseSingle(plain).harmless).toBe(2);
    expect(survivesBetter(r)).toBe('residual');
  });

  it('plain: single deletions scatter it between 34 % and 68 %', () => {
    expect(Math.min(...plain.single.map(pts))).toBe(34);
    expect(Math.max(...plain.single.map(pts))).toBe(68);
  });

  it('k random units: the residual median rises from 5 % at k = 1 to 45–48 % at k = 8–10, not at every step; the plain median stays at 49–52 %', () => {
    const med = (m: typeof residual, k: number) => m.random.find((x) => x.k === k)!.median;
    expect(pts(med(residual, 1))).toBe(5);
    for (const k of [8, 9, 10]) (expect(med(residual, k)).toBeGreaterThanOrEqual(0.45), expect(med(residual, k)).toBeLessThanOrEqual(0.48));
    const ks = residual.random.map((x) => x.median);
    expect(ks.some((m, i) => i > 0 && m < ks[i - 1]!)).toBe(true);
    for (const x of plain.random) (expect(x.median).toBeGreaterThanOrEqual(0.49), expect(x.median).toBeLessThanOrEqual(0.52));
  });

  it('the sentences that carry these numbers are the ones in the chapters and the figure', () => {
    const ch6 = text('content/chapters/identity-propagation.mdx');
    expect(ch6).toContain('11 of its 28 single deletions leave its test error within 2 points of its 2 % intact error, against 2 of 28 for the plain net');
    expect(ch6).toContain('Deleting any one of the residual net’s units 14 to 27 leaves at most 6 % test error'.replace('’', "'"));
    expect(ch6).toContain('one of units 0 to 7 costs at least 14 points');
    expect(ch6).toContain('at 42 %, close to chance');
    expect(ch6).toContain('between 34 % and 68 %');
    expect(ch6).toContain('rises from 5 % at $k = 1$ to near chance by $k = 8$');
    const ch3 = text('content/chapters/optimal-identity.mdx');
    expect(ch3).toContain(
      'deleting any one of units 14 to 27 leaves the test error at 6 % or below (2 % intact), while deleting any one of units 0 to 7 raises it to 16 % or more',
    );
    const notes = text('components/LesionStudy.astro');
    expect(notes).toContain('deleting any one of units 14–27 leaves its test error at most 6 %, against 2 % intact');
    expect(notes).toContain('deleting any one of units 0–7 gives at least 16 %, and deleting unit 0 gives 56 %');
    expect(notes).toContain('tests at 42 % intact, near chance, and single deletions scatter it between 34 % and 68 %');
    expect(notes).toContain('rises from 5 % at k = 1 to between 45 % and 48 % at k = 8–10');
    expect(notes).toContain('the plain net’s median stays between 49 % and 52 %');
  });
});

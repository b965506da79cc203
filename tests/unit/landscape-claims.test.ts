import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axis, DEFAULT_GRID, LINE_POINTS } from '~lib/later-work/landscape-grid';
import { localMinima, smoother } from '~lib/later-work/landscape-summary';
import { recordedLandscape } from '~lib/recorded/landscape';

// What chapters 1 and 3 say about the recorded loss-landscape slice, checked against the record they
// describe. A re-recording that changes these facts fails here, and the prose must change with it.
const rec = recordedLandscape();
const centreIndex = (DEFAULT_GRID * DEFAULT_GRID - 1) / 2;
const away = (grid: number[]) => grid.filter((_, k) => k !== centreIndex);
const at = (alpha: number) => axis(rec.linePoints).findIndex((a) => Math.abs(a - alpha) < 1e-9);
const chapter = (slug: string) => readFileSync(`content/chapters/${slug}.mdx`, 'utf8');

describe('the recorded loss-landscape slice, as chapters 1 and 3 describe it', () => {
  it('is the recorded pair, plain-56 and residual-56 after 600 steps, seed 1, a 21 × 21 grid and a 41-point line', () => {
    expect([rec.plain.id, rec.residual.id, rec.step, rec.seed, rec.n, rec.linePoints, rec.source]).toEqual([
      'plain-56',
      'residual-56',
      600,
      1,
      DEFAULT_GRID,
      LINE_POINTS,
      'recorded',
    ]);
    expect(rec.plain.grid[centreIndex]).toBe(rec.plain.centre);
  });

  it('chapter 1 and 3: 17 local minima for residual-56, 44 for plain-56, so the residual surface is the smoother', () => {
    expect(localMinima(rec.residual.grid, rec.n)).toBe(17);
    expect(localMinima(rec.plain.grid, rec.n)).toBe(44);
    expect(smoother(rec)).toBe('residual');
    for (const slug of ['degradation-problem', 'optimal-identity']) expect(chapter(slug)).toMatch(/17[\s\S]*44/);
  });

  it('plain-56: 0.52 at its trained weights, between 0.70 and 1.16 at every other grid point, at or above ln 2 ≈ 0.69', () => {
    expect(rec.plain.centre).toBeCloseTo(0.52, 2);
    expect(Math.min(...away(rec.plain.grid))).toBeGreaterThanOrEqual(0.695);
    expect(Math.min(...away(rec.plain.grid))).toBeGreaterThan(Math.LN2);
    expect(Math.max(...rec.plain.grid)).toBeCloseTo(1.16, 2);
    expect(chapter('degradation-problem')).toContain('between 0.70 and 1.16');
  });

  it('residual-56: 4.1 × 10⁻⁵ at its trained weights, 0.12 at α = ±0.05, 3.6 and 3.8 at α = −1 and 1', () => {
    expect(rec.residual.centre).toBeCloseTo(4.1e-5, 6);
    expect(rec.residual.line[at(-0.05)]).toBeCloseTo(0.12, 1);
    expect(rec.residual.line[at(0.05)]).toBeCloseTo(0.12, 1);
    expect(rec.residual.line[at(-1)]).toBeCloseTo(3.6, 1);
    expect(rec.residual.line[at(1)]).toBeCloseTo(3.8, 1);
  });
});

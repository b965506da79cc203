import { describe, expect, it } from 'vitest';
import { columnNorm, drawDirection, filterNormalise } from '~lib/later-work/landscape-directions';
import { axis, capGrid, DEFAULT_GRID, GRID_CAPS, GRID_MAX, sharedLevels } from '~lib/later-work/landscape-grid';
import { formatLandscapeQuery, parseLandscapeQuery } from '~lib/later-work/landscape-state';
import { localMinima, smoother, verdictSentence } from '~lib/later-work/landscape-summary';
import { createRng } from '~lib/random';

const kernel = (rows: number, cols: number, seed: number) => {
  const rng = createRng(seed);
  return Float32Array.from({ length: rows * cols }, () => rng.normal());
};

describe('filter normalisation', () => {
  it('gives every filter (column of a [in, out] kernel) of d the norm of the same filter of θ', () => {
    const theta = kernel(16, 5, 1);
    const d = filterNormalise(kernel(16, 5, 2), theta, [16, 5]);
    for (let j = 0; j < 5; j++) expect(columnNorm(d, [16, 5], j)).toBeCloseTo(columnNorm(theta, [16, 5], j), 5);
  });

  it('keeps each filter’s direction and leaves a zero filter of θ at zero', () => {
    const theta = kernel(3, 2, 1);
    theta[0] = theta[2] = theta[4] = 0; // column 0 of θ is all zeros
    const raw = kernel(3, 2, 3);
    const d = filterNormalise(Float32Array.from(raw), theta, [3, 2]);
    expect([d[0], d[2], d[4]].map(Math.abs)).toEqual([0, 0, 0]);
    const ratio = d[1]! / raw[1]!;
    expect(ratio).toBeGreaterThan(0);
    expect(d[3]! / raw[3]!).toBeCloseTo(ratio, 5);
  });

  it('refuses a variable that is not a kernel', () => {
    expect(() => filterNormalise(new Float32Array(4), new Float32Array(4), [4])).toThrow(RangeError);
  });

  it('draws zeros for biases and batch-norm parameters and the same raw draws for two nets of one shape', () => {
    const vars = (s: number) => [
      { theta: kernel(2, 4, s), shape: [2, 4], filter: true },
      { theta: Float32Array.from([1, 2, 3, 4]), shape: [4], filter: false },
      { theta: kernel(4, 4, s + 1), shape: [4, 4], filter: true },
    ];
    const a = drawDirection(createRng(7), vars(1));
    const b = drawDirection(createRng(7), vars(10));
    expect([...a[1]!]).toEqual([0, 0, 0, 0]);
    for (const k of [0, 2]) {
      const shape = vars(1)[k]!.shape;
      for (let j = 0; j < 4; j++) expect(columnNorm(a[k]!, shape, j)).toBeCloseTo(columnNorm(vars(1)[k]!.theta, shape, j), 5);
    }
    // Same seed and shapes: each filter of b is the same raw draw as a's, only rescaled.
    const r0 = a[2]![0]! / b[2]![0]!;
    const r4 = a[2]![4]! / b[2]![4]!;
    expect(r0).toBeGreaterThan(0);
    expect(r4).toBeCloseTo(r0, 4);
  });
});

describe('grid axes, caps and levels', () => {
  it('spaces n values from −1 to 1 with 0 in the middle of an odd axis', () => {
    expect(axis(5)).toEqual([-1, -0.5, 0, 0.5, 1]);
    expect(axis(DEFAULT_GRID)[(DEFAULT_GRID - 1) / 2]).toBe(0);
  });

  it('caps a grid too large for the backend, with a note, and leaves a small one alone', () => {
    expect(capGrid(9, 'cpu')).toEqual({ n: 9, note: null });
    const capped = capGrid(GRID_MAX, 'wasm');
    expect(capped.n).toBe(GRID_CAPS.wasm);
    expect(capped.note).toMatch(/capped at 41 × 41 on WebAssembly/);
    expect(capGrid(21, 'cpu').n).toBe(GRID_CAPS.cpu);
    expect(capGrid(21, 'some-new-backend').n).toBe(GRID_CAPS.cpu);
    for (const cap of Object.values(GRID_CAPS)) expect(cap % 2).toBe(1);
  });

  it('gives both nets the same log-spaced contour levels spanning both grids', () => {
    const levels = sharedLevels(
      [
        [0.5, 0.8, 1],
        [1e-5, 4],
      ],
      4,
    );
    expect(levels).toHaveLength(4);
    expect(levels[0]).toBeGreaterThan(1e-3);
    expect(levels[3]).toBeLessThan(4);
    const ratios = levels.slice(1).map((l, i) => l / levels[i]!);
    for (const r of ratios) expect(r).toBeCloseTo(ratios[0]!, 1);
  });
});

describe('the smoothness verdict', () => {
  const bowl = (n: number) => axis(n).flatMap((b) => axis(n).map((a) => a * a + b * b));
  // Ridges along every odd row and column: a local minimum at every (even, even) point.
  const ridged = (n: number) => bowl(n).map((v, k) => v + (Math.floor(k / n) % 2 || (k % n) % 2 ? 10 : 0));
  it('counts one local minimum in a bowl and more in a bumpy surface', () => {
    expect(localMinima(bowl(7), 7)).toBe(1);
    expect(localMinima(ridged(7), 7)).toBe(16);
  });

  it('judges the prediction by the count', () => {
    const net = (grid: number[]) => ({ id: 'x', centre: 0, line: [0, 0], grid });
    const bumpy = ridged(7);
    const rec = { seed: 1, source: 'recorded' as const, step: 600, n: 7, linePoints: 2, backend: 'wasm', plain: net(bumpy), residual: net(bowl(7)) };
    expect(smoother(rec)).toBe('residual');
    expect(verdictSentence(rec, 'residual')).toMatch(/matches/);
    expect(verdictSentence(rec, 'plain')).toMatch(/does not match/);
    expect(smoother({ ...rec, plain: net(bowl(7)) })).toBe('same');
  });
});

describe('URL state', () => {
  it('clamps bad values with a note and keeps the side odd', () => {
    const r = parseLandscapeQuery('land-grid=500&land-seed=abc&land-guess=flat');
    expect(r.state.grid).toBe(GRID_MAX);
    expect(r.state.seed).toBe(1);
    expect(r.state.guess).toBeNull();
    expect(r.notes).toHaveLength(3);
    const even = parseLandscapeQuery('land-grid=10');
    expect(even.state.grid).toBe(11);
    expect(even.notes[0]).toMatch(/odd/);
  });

  it('writes only what differs from the defaults and reads it back', () => {
    const q = formatLandscapeQuery({ autorun: false, grid: 11, seed: 3, guess: 'residual' }, 'other=1');
    expect(q).toContain('other=1');
    expect(parseLandscapeQuery(q).state).toEqual({ autorun: false, grid: 11, seed: 3, guess: 'residual' });
    expect(formatLandscapeQuery(parseLandscapeQuery('').state)).toBe('');
  });
});

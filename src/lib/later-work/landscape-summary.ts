/**
 * What a loss-landscape run records and how the figure judges it. "Smoother" is measured, not
 * eyeballed: the number of local minima on the 2-D grid (grid points lower than every neighbour,
 * diagonals included). A single bowl has one, at or near the trained weights; a chaotic surface
 * has many. The loss rise at |α| = 1 on the 1-D slice is reported beside it (how far the loss
 * climbs a step as large as the weights away), but the verdict uses the count alone.
 */
import type { PairSource } from './trained-nets';

/** Which nets a slice is of. */
export const LANDSCAPE_MODELS = ['plain', 'residual'] as const;
export type LandscapeModel = (typeof LANDSCAPE_MODELS)[number];

/** One net's slices: its loss at θ, along d (1-D) and over the (d, δ) grid (row = β index, column = α index). */
export interface LandscapeNetSlice {
  id: string;
  centre: number;
  line: number[];
  grid: number[];
}

/** A whole run: both nets on the same seed's directions. */
export interface LandscapeRecord {
  seed: number;
  source: PairSource;
  /** Training steps the nets had taken. */
  step: number;
  /** Grid side (n × n) and 1-D points. */
  n: number;
  linePoints: number;
  backend: string;
  plain: LandscapeNetSlice;
  residual: LandscapeNetSlice;
}

/** The prediction: whose surface is smoother, or neither. */
export const LANDSCAPE_GUESSES = ['plain', 'residual', 'same'] as const;
export type LandscapeGuess = (typeof LANDSCAPE_GUESSES)[number];

/** Grid points (row-major n × n) strictly lower than all their neighbours, the 8 around them (fewer on the border). */
export function localMinima(grid: readonly number[], n: number): number {
  let count = 0;
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) {
      const v = grid[r * n + c]!;
      let lowest = Number.isFinite(v);
      for (let dr = -1; dr <= 1 && lowest; dr++) {
        for (let dc = -1; dc <= 1 && lowest; dc++) {
          const rr = r + dr;
          const cc = c + dc;
          if ((dr || dc) && rr >= 0 && rr < n && cc >= 0 && cc < n && !(grid[rr * n + cc]! > v)) lowest = false;
        }
      }
      if (lowest) count++;
    }
  }
  return count;
}

/** The mean loss at α = −1 and α = 1 on the 1-D slice, minus the loss at θ. */
export function riseAtOne(s: Pick<LandscapeNetSlice, 'line' | 'centre'>): number {
  return (s.line[0]! + s.line[s.line.length - 1]!) / 2 - s.centre;
}

/** Whose surface is smoother by the local-minima count: the net with fewer, or 'same' when they tie. */
export function smoother(rec: Pick<LandscapeRecord, 'n' | 'plain' | 'residual'>): LandscapeGuess {
  const p = localMinima(rec.plain.grid, rec.n);
  const r = localMinima(rec.residual.grid, rec.n);
  return p === r ? 'same' : p < r ? 'plain' : 'residual';
}

const fmt = (x: number) => (Math.abs(x) >= 0.01 || x === 0 ? x.toFixed(2) : x.toPrecision(2));

/** One sentence per net: its loss at θ, its rise at |α| = 1 and its local minima. */
export function sliceFacts(rec: LandscapeRecord): string[] {
  return LANDSCAPE_MODELS.map((m) => {
    const s = rec[m];
    const k = localMinima(s.grid, rec.n);
    return `${s.id}: training loss ${fmt(s.centre)} at its trained weights, ${fmt(riseAtOne(s))} higher on average at α = ±1, and ${k} local minim${k === 1 ? 'um' : 'a'} on the ${rec.n} × ${rec.n} grid.`;
  });
}

/** The judged prediction after a run, or the verdict alone without one. */
export function verdictSentence(rec: LandscapeRecord, guess: LandscapeGuess | null): string {
  const v = smoother(rec);
  const said =
    v === 'same'
      ? 'Both grids have as many local minima, so by this measure neither is smoother.'
      : `By the count of local minima, the ${v} net’s surface is the smoother.`;
  if (!guess) return said;
  return `${said} Your prediction (${guess === 'same' ? 'about the same' : `the ${guess} net`}) ${guess === v ? 'matches' : 'does not match'} this measure.`;
}

/**
 * Gradient shattering (Balduzzi et al., 2017) measured on the training lab's nets: feed points
 * along a straight segment through the spirals' square, take the gradient of the net's output
 * (logit of class 1 minus logit of class 0) with respect to the input, along the segment, and ask
 * how alike the gradients at neighbouring points are. A smooth gradient gives a neighbour
 * correlation near 1; "shattered" gradients, which Balduzzi et al. found in deep plain nets,
 * look like white noise, correlation near 0. Pure: the segment, the measure, the record's shape
 * and the summary the figure and chapter state. src/ml/later-work/shattering.ts takes the gradients.
 */
import { median } from '../median';
import { createRng, deriveSeed } from '../random';

/** Points on the segment, as Balduzzi et al. feed 256 equally spaced inputs. */
export const SHATTER_POINTS = 256;
/** Depths measured at initialisation, in hidden weight layers (two per unit): from one unit to the lab's 56 layers. */
export const SHATTER_DEPTHS = [2, 8, 14, 20, 32, 44, 56] as const;
/** Initialisations per net in the recording; the figure shows their median. */
export const SHATTER_SEEDS = 5;
/** Half the segment's length: it crosses the spirals' square [−1, 1]² and a little beyond. */
export const SEGMENT_HALF = 1.25;

/** Which kind of net. */
export type ShatterKind = 'plain' | 'residual';

/** The segment for a seed: through the origin at a seeded angle, SHATTER_POINTS points from end to end. */
export function segment(seed: number, n = SHATTER_POINTS): { points: Float32Array; direction: [number, number]; t: number[] } {
  const angle = createRng(deriveSeed(seed, 'shatter-segment')).uniform(0, Math.PI);
  const direction: [number, number] = [Math.cos(angle), Math.sin(angle)];
  const t = Array.from({ length: n }, (_, i) => -SEGMENT_HALF + (2 * SEGMENT_HALF * i) / (n - 1));
  const points = new Float32Array(2 * n);
  t.forEach((ti, i) => {
    points[2 * i] = ti * direction[0];
    points[2 * i + 1] = ti * direction[1];
  });
  return { points, direction, t };
}

/**
 * The correlation between the gradient at each point and at the next one (Pearson, over the
 * segment): 1 for a smooth gradient, near 0 for white noise. A constant gradient counts as
 * perfectly smooth (1); fewer than three points, or a non-finite value, give NaN.
 */
export function neighbourCorrelation(g: ArrayLike<number>): number {
  const n = g.length - 1;
  if (n < 2) return Number.NaN;
  let ma = 0;
  let mb = 0;
  for (let i = 0; i < n; i++) {
    ma += g[i]!;
    mb += g[i + 1]!;
  }
  ma /= n;
  mb /= n;
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < n; i++) {
    const a = g[i]! - ma;
    const b = g[i + 1]! - mb;
    ab += a * b;
    aa += a * a;
    bb += b * b;
  }
  if (!Number.isFinite(ab + aa + bb)) return Number.NaN;
  const scale = Math.max(Math.abs(ma), Math.abs(mb), 1e-30);
  if (aa <= 1e-12 * scale * scale * n || bb <= 1e-12 * scale * scale * n) return 1;
  return ab / Math.sqrt(aa * bb);
}

/** One net's measurement at initialisation: its neighbour correlation for each seed. */
export interface InitRow {
  kind: ShatterKind;
  depth: number;
  /** One value per seed, seeds first, first+1, … */
  correlation: number[];
}

/** The gradient along the segment, scaled so its largest magnitude is 1 (for drawing). */
export interface Signal {
  kind: ShatterKind;
  depth: number;
  g: number[];
}

/** The trained pair's measurement (the reader's run or the recorded one). */
export interface TrainedShattering {
  source: 'recorded' | 'reader';
  depth: number;
  step: number;
  plain: number;
  residual: number;
  signals: Signal[];
}

/** What `npm run record -- shattering` commits and what a live run produces. */
export interface ShatteringRecord {
  format: 1;
  /** The first initialisation seed; seeds first … first + seeds − 1 are used. */
  firstSeed: number;
  seeds: number;
  points: number;
  depths: number[];
  init: InitRow[];
  /** The gradient signals of the first seed, at every depth and kind. */
  signals: Signal[];
  trained: TrainedShattering | null;
  recordedWith?: { backend: string; tfjs: string };
}

/** Largest magnitude scaled to 1, rounded to 4 significant digits; an all-zero signal stays zero. */
export function scaledSignal(g: ArrayLike<number>): number[] {
  let max = 0;
  for (let i = 0; i < g.length; i++) max = Math.max(max, Math.abs(g[i]!));
  return Array.from(g, (v) => (max > 0 ? Number((v / max).toPrecision(4)) : 0));
}

/** The median correlation over seeds of each kind at each depth, in depth order. */
export function medians(record: Pick<ShatteringRecord, 'init' | 'depths'>): { kind: ShatterKind; points: { depth: number; correlation: number }[] }[] {
  return (['plain', 'residual'] as const).map((kind) => ({
    kind,
    points: record.depths.map((depth) => ({
      depth,
      correlation: median(record.init.find((r) => r.kind === kind && r.depth === depth)?.correlation ?? []),
    })),
  }));
}

/** The prediction: whose gradients stay smoother (higher neighbour correlation) at the greatest depth. */
export const SHATTER_GUESSES = ['plain', 'residual'] as const;
export type ShatterGuess = (typeof SHATTER_GUESSES)[number];

/** Which kind keeps the higher median correlation at the greatest depth (null on a tie or NaN). */
export function smootherAtDepth(record: Pick<ShatteringRecord, 'init' | 'depths'>): ShatterKind | null {
  const deepest = Math.max(...record.depths);
  const at = (kind: ShatterKind) =>
    medians(record)
      .find((m) => m.kind === kind)!
      .points.find((p) => p.depth === deepest)!.correlation;
  const [p, r] = [at('plain'), at('residual')];
  if (!Number.isFinite(p) || !Number.isFinite(r) || p === r) return null;
  return r > p ? 'residual' : 'plain';
}

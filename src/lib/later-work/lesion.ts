/**
 * The lesion study (Veit, Wilber and Belongie, NeurIPS 2016) on the training lab's trained deep
 * plain and deep residual nets: its options, the seeded draws of k units to delete, the result as
 * plain data, and the words the figure says about a result. Pure: src/ml/later-work/lesion.ts runs
 * the nets; this file decides which units to delete and what the numbers mean.
 */
import { createRng, deriveSeed } from '../random';

/** How far the study goes beyond deleting one unit at a time. */
export interface LesionOptions {
  /** Random draws of k units for every k (the same draws for both nets). */
  draws: number;
  /** The largest number of units deleted at once (clamped to the net's unit count). */
  maxK: number;
  /** Seed of the draws. */
  seed: number;
}

/** The options of the recording and of a run before the reader changes anything. */
export const DEFAULT_LESION_OPTIONS: LesionOptions = { draws: 20, maxK: 10, seed: 1 };

/** Which net of the pair. */
export type LesionRole = 'plain' | 'residual';

/** Test errors of deleting k random units: one per draw, and their median. */
export interface KErrors {
  k: number;
  errors: number[];
  median: number;
}

/** One net's lesion results; every error is a share of the test points, in [0, 1]. */
export interface LesionModel {
  /** Its id in the lab run, e.g. plain-56. */
  id: string;
  role: LesionRole;
  /** Test error with every unit in place. */
  intact: number;
  /** Test error with unit l deleted, for l = 0 … units − 1. */
  single: number[];
  /** Deleting k random units, k = 1 … maxK. */
  random: KErrors[];
}

/** A lesion study of one pair. */
export interface LesionResult {
  /** Units per net (both nets of a pair have the same count). */
  units: number;
  /** Test points the errors are measured on. */
  testPoints: number;
  /** The options as run (maxK already clamped). */
  options: LesionOptions;
  plain: LesionModel;
  residual: LesionModel;
}

/** The units l = 0 … n − 1. */
export function unitList(n: number): number[] {
  return Array.from({ length: Math.max(0, Math.floor(n)) }, (_, l) => l);
}

/** The largest k a pair of `units` units allows. */
export function clampK(maxK: number, units: number): number {
  return Math.max(1, Math.min(Math.floor(maxK), units));
}

/**
 * `draws` sets of k distinct units out of `units`, sorted, from a stream of their own for each k,
 * so the draws for k do not depend on how many other ks are run, and both nets lose the same units.
 */
export function kSubsets(units: number, k: number, draws: number, seed: number): number[][] {
  const rng = createRng(deriveSeed(seed, `lesion-k${k}`));
  const all = unitList(units);
  return Array.from({ length: draws }, () =>
    rng
      .shuffle(all)
      .slice(0, k)
      .sort((a, b) => a - b),
  );
}

/** What one net's single deletions did to its test error. */
export interface SingleSummary {
  intact: number;
  /** Mean test error over the single deletions. */
  mean: number;
  /** Largest test error of a single deletion, and the first unit that gives it. */
  worst: number;
  worstUnit: number;
  /** Mean rise over the intact net (mean − intact). */
  rise: number;
  /** Units whose deletion changed the error by at most `SAME_WITHIN`. */
  harmless: number;
}

/** Test error changes this small (two points of a 100-point test set) count as "about the same". */
export const SAME_WITHIN = 0.02;

/** The single-deletion summary of one net. */
export function summariseSingle(m: LesionModel): SingleSummary {
  const mean = m.single.reduce((a, b) => a + b, 0) / Math.max(1, m.single.length);
  const worst = Math.max(...m.single);
  return {
    intact: m.intact,
    mean,
    worst,
    worstUnit: m.single.indexOf(worst),
    rise: mean - m.intact,
    harmless: m.single.filter((e) => Math.abs(e - m.intact) <= SAME_WITHIN + 1e-9).length,
  };
}

/**
 * The prediction's answers: in which net do more single deletions leave the test error where it
 * was (within SAME_WITHIN)? Counting harmless deletions rather than averaging the rise keeps a net
 * that is already near chance from looking robust only because its error cannot rise much further.
 */
export const LESION_GUESSES = ['residual', 'plain', 'same'] as const;
export type LesionGuess = (typeof LESION_GUESSES)[number];

/** The answer a result gives: the net with more harmless single deletions, or 'same' on a tie. */
export function survivesBetter(r: LesionResult): LesionGuess {
  const p = summariseSingle(r.plain).harmless;
  const s = summariseSingle(r.residual).harmless;
  return p === s ? 'same' : s > p ? 'residual' : 'plain';
}

/** The answers in words, for the select and the verdict. */
export const GUESS_WORDS: Record<LesionGuess, string> = {
  residual: 'the residual net',
  plain: 'the plain net',
  same: 'as many in both',
};

/** A test error as a percentage with one decimal. */
export const pct = (e: number) => `${(e * 100).toFixed(1)}%`;

/** Two sentences on one result: each net's intact error, mean and worst single deletion, and the k curve's end. */
export function describeLesion(r: LesionResult): string[] {
  const line = (m: LesionModel) => {
    const s = summariseSingle(m);
    const last = m.random.at(-1);
    return (
      `${m.id}: ${pct(s.intact)} test error intact; deleting one unit gives ${pct(s.mean)} on average and at worst ${pct(s.worst)} (unit ${s.worstUnit}); ` +
      `${s.harmless} of ${r.units} single deletions move it by at most 2 points` +
      (last ? `; with ${last.k} random units deleted the median is ${pct(last.median)}.` : '.')
    );
  };
  return [line(r.plain), line(r.residual)];
}

/** The verdict on the reader's prediction, or only the answer when there was none. */
export function judgeGuess(r: LesionResult, guess: LesionGuess | null): string {
  const answer = survivesBetter(r);
  const p = summariseSingle(r.plain).harmless;
  const s = summariseSingle(r.residual).harmless;
  const facts = `Single deletions that left the test error within 2 points: plain ${p} of ${r.units}, residual ${s} of ${r.units}, so the answer here is ${GUESS_WORDS[answer]}.`;
  if (guess === null) return facts;
  return `${facts} You predicted ${GUESS_WORDS[guess]}: ${guess === answer ? 'right' : 'not this time'}.`;
}

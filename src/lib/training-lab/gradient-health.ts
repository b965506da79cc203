/**
 * Gradient health of a lab net, in P1 §4.1's sense: the norms of the back-propagated gradient
 * ‖∂E/∂x_l‖ at every unit boundary l = 0 … L (x_0 the first unit's input, x_L the last unit's
 * output), and whether the first-to-last ratio stays inside a stated band. Vanishing gradients
 * would make the ratio tiny (orders of magnitude below 1); exploding ones, huge.
 */

/** ‖∂E/∂x_l‖ per unit boundary of one net, measured after `step` optimiser steps. */
export interface NetGradients {
  modelId: string;
  step: number;
  /** x_0 first, x_L last. */
  norms: number[];
}

/**
 * The band we call healthy: the first boundary's gradient norm within this factor of the last
 * one's, either way. Chosen from the recorded sweep (src/lib/recorded/lab-sweep.json); see
 * chapter 2 for what it does and does not show.
 */
export const HEALTHY_BAND = 10;

/** ‖∂E/∂x₀‖ / ‖∂E/∂x_L‖ (NaN when either is missing or not a positive number). */
export function firstToLastRatio(norms: readonly number[]): number {
  const first = norms[0];
  const last = norms[norms.length - 1];
  if (first === undefined || last === undefined || !(first > 0) || !(last > 0)) return Number.NaN;
  return first / last;
}

/** Where a ratio sits against {@link HEALTHY_BAND}. */
export type GradientVerdict = 'healthy' | 'vanishing' | 'exploding' | 'unmeasured';

/** The verdict for a first-to-last ratio. */
export function gradientVerdict(ratio: number, band = HEALTHY_BAND): GradientVerdict {
  if (!Number.isFinite(ratio)) return 'unmeasured';
  if (ratio < 1 / band) return 'vanishing';
  if (ratio > band) return 'exploding';
  return 'healthy';
}

/** A ratio for reading: two significant digits, powers of ten beyond 10⁴ either way. */
export function formatRatio(ratio: number): string {
  if (!Number.isFinite(ratio)) return '–';
  if (ratio >= 1e4 || ratio < 1e-3) return ratio.toExponential(1).replace('e+', ' × 10^').replace('e-', ' × 10^-');
  return String(Number(ratio.toPrecision(2)));
}

/**
 * One line per net, e.g. "plain-32 at step 300: first/last ratio 3.2, inside the healthy band
 * (1/10 to 10×)". For a net with identity shortcuts a ratio above the band is what P2 eq. (5)
 * predicts (every unit adds its branch's gradient to the direct one), and the line says so.
 */
export function gradientReading(g: NetGradients, band = HEALTHY_BAND, identityShortcuts = false): string {
  const ratio = firstToLastRatio(g.norms);
  const verdict = gradientVerdict(ratio, band);
  const where = `${g.modelId} at step ${g.step}`;
  if (verdict === 'unmeasured') return `${where}: gradient norms not measurable (the loss may have diverged)`;
  const what =
    verdict === 'healthy'
      ? `inside the healthy band (1/${band} to ${band}×)`
      : verdict === 'vanishing'
        ? `below 1/${band}: the gradient vanishes towards the input`
        : identityShortcuts
          ? `above ${band}×: the gradient grows towards the input, as P2 eq. (5) expects with identity shortcuts (each unit adds its branch's gradient)`
          : `above ${band}×: the gradient grows towards the input`;
  return `${where}: first/last ratio ${formatRatio(ratio)}, ${what}`;
}

/**
 * Words and numbers the gradient-flow figure prints: the direct-term readout, measured norms put
 * on the analytic curve's footing, and where the two differ and why.
 */
import { shortcutKinds } from '../arch/shortcuts';
import { shortcutGain } from './direct-term';
import { GRADIENT_FLOW_DROP_P, type GradientFlowState } from './state';
import { backendName, optimizerPhrase, whenPhrase, type GradientFlowMeasurement } from './training';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A number for prose: "1", "0.5", "0.0039", "5.6×10⁻¹⁷" (two significant digits). */
export function formatPower(value: number): string {
  if (!Number.isFinite(value)) return value > 0 ? '∞' : value < 0 ? '−∞' : 'not a number';
  if (value === 0) return '0';
  const sign = value < 0 ? '−' : '';
  const abs = Math.abs(value);
  if (abs >= 1e-3 && abs < 1e4) return sign + String(Number(abs.toPrecision(2)));
  let exponent = Math.floor(Math.log10(abs));
  let mantissa = Number((abs / 10 ** exponent).toPrecision(2));
  if (mantissa >= 10) {
    mantissa /= 10;
    exponent += 1;
  }
  const power = String(Math.abs(exponent)).replace(/\d/g, (d) => SUPERSCRIPT[Number(d)] as string);
  return `${sign}${mantissa === 1 ? '' : `${mantissa}×`}10${exponent < 0 ? '⁻' : ''}${power}`;
}

/** Measured norms ‖∂E/∂x_l‖ divided by ‖∂E/∂x_L‖ (1 at l = L); null when ‖∂E/∂x_L‖ is 0 or not finite. */
export function normaliseNorms(norms: readonly number[]): number[] | null {
  const top = norms[norms.length - 1];
  if (top === undefined || !(top > 0) || !Number.isFinite(top)) return null;
  return norms.map((n) => n / top);
}

/** Largest |measured − analytic| / analytic over l < L where both are positive and finite (at l = L both are 1). */
export function maxRelativeDeviation(analytic: readonly number[], measured: readonly number[]): number | null {
  let worst: number | null = null;
  for (let l = 0; l < analytic.length - 1; l++) {
    const a = analytic[l] as number;
    const m = measured[l];
    if (m === undefined || !(a > 0) || !Number.isFinite(a) || !(m > 0) || !Number.isFinite(m)) continue;
    const d = Math.abs(m - a) / a;
    worst = worst === null ? d : Math.max(worst, d);
  }
  return worst;
}

/** The largest factor between the curves, max(m/a, a/m) over l < L with both positive, and where it is. */
export function largestGap(analytic: readonly number[], measured: readonly number[]): { unit: number; factor: number } | null {
  let best: { unit: number; factor: number } | null = null;
  for (let l = 0; l < analytic.length - 1; l++) {
    const a = analytic[l] as number;
    const m = measured[l] as number;
    if (!(a > 0 && m > 0 && Number.isFinite(a) && Number.isFinite(m))) continue;
    const factor = Math.max(m / a, a / m);
    if (!best || factor > best.factor) best = { unit: l, factor };
  }
  return best;
}

/** The highest unit l < L at which the measured gradient is exactly 0, or null. */
export function highestZero(measured: readonly number[]): number | null {
  for (let l = measured.length - 2; l >= 0; l--) if (measured[l] === 0) return l;
  return null;
}

/** One sentence comparing the measured curve with the analytic one. */
export function comparisonSentence(state: GradientFlowState, analytic: readonly number[], measured: readonly number[]): string {
  const m0 = `measured at x_0: ${formatPower(measured[0] ?? Number.NaN)}`;
  const zero = highestZero(measured);
  if (state.kind === 'none') return `No direct term to compare with; ${m0} of the gradient at x_L.`;
  if (zero !== null) return `The measured gradient is exactly 0 at x_${zero} and below: nothing of ∂E/∂x_L gets that far.`;
  const dev = maxRelativeDeviation(analytic, measured);
  const gap = largestGap(analytic, measured);
  if (dev === null || gap === null) return `Nothing to compare below x_L; ${m0}.`;
  if (dev === 0) return `Measured and analytic agree exactly at every unit (${m0}).`;
  if (dev < 1e-4) return `Measured and analytic agree to within ${formatPower(dev * 100)} % at every unit (${m0}).`;
  if (gap.factor < 1.5) return `Measured and analytic differ by up to ${formatPower(dev * 100)} % (${m0}).`;
  return `Measured and analytic differ by up to a factor of ${formatPower(gap.factor)} (at x_${gap.unit}; ${m0}).`;
}

/** The shortcut setting in words, e.g. "at λ = 0.5" or "with exclusive gating at b_g = −6". */
export function settingPhrase(state: GradientFlowState): string {
  const minus = (v: number) => String(v).replace('-', '−');
  switch (state.kind) {
    case 'none':
      return 'in a plain net';
    case 'scaling':
      return `at λ = ${state.lambda}`;
    case 'exclusiveGate':
    case 'shortcutGate':
      return `with ${shortcutKinds[state.kind].label} at b_g = ${minus(state.bg)}`;
    case 'dropout':
      return `with a dropout shortcut, p = ${GRADIENT_FLOW_DROP_P}`;
    default:
      return `with ${shortcutKinds[state.kind].label} shortcuts`;
  }
}

/** "Direct term across 54 units at λ = 0.5: 5.6×10⁻¹⁷", the figure's headline number. */
export function directTermSentence(state: GradientFlowState, factorAtZero: number): string {
  if (state.kind === 'none') return `No direct term across ${state.L} units in a plain net: without a shortcut every path passes through weight layers`;
  return `Direct term across ${state.L} units ${settingPhrase(state)}: ${formatPower(factorAtZero)}`;
}

/** The weight term of P2 eq. (5) (identity shortcuts) or eq. (8) (any other shortcut), in words. */
function weightTerm(state: GradientFlowState): string {
  return state.kind === 'identity' ? 'the weight term of eq. (5), ∂/∂x_l Σ F,' : 'the weight term of eq. (8), ∂/∂x_l Σ F̂,';
}

/** Why the branches contribute, given how they started and how long they trained; null for a plain net. */
function branchReason(state: GradientFlowState): string | null {
  if (state.kind === 'none') return null;
  const term = weightTerm(state);
  const trained = `${state.steps} training step${state.steps === 1 ? '' : 's'} before the measurement`;
  if (state.branch === 'he') {
    return state.steps === 0
      ? `The branches start He-random, not at zero, so ${term} adds to the direct term.`
      : `The branches start He-random and get ${trained}, so ${term} adds to the direct term.`;
  }
  return state.steps === 0 ? null : `The branches start at zero, but the ${trained} change their weights, so ${term} can add to the direct term.`;
}

/**
 * One line per reason the measured curve can leave the analytic one, for this setting and the
 * number of steps it was trained (P2 eq. (5)/(8): ∂E/∂x_l is the direct term plus the weight term).
 */
export function deviationReasons(state: GradientFlowState): string[] {
  const reasons: string[] = [];
  const gain = shortcutGain(state.kind, { lambda: state.lambda, gateBias: state.bg, dropP: GRADIENT_FLOW_DROP_P });
  if (state.kind === 'none') {
    reasons.push('A plain net has no direct term; what reaches x_l has been multiplied by every weight layer and ReLU above it, so the norm shrinks or grows geometrically with depth.');
  } else if (state.kind === 'exclusiveGate' || state.kind === 'shortcutGate') {
    reasons.push('The gate is g(x) = σ(W_g x + b_g), not σ(b_g): it differs per example and per feature, and the gradient also flows through g itself.');
    if (state.steps > 0) reasons.push(`Training also moves the gates’ weights and biases; the dashed curve reads b_g = ${String(state.bg).replace('-', '−')} as it was at the start.`);
  } else if (state.kind === 'projection') {
    reasons.push('W_s is a random matrix: the product of 1×1 convolutions keeps the gradient’s size only on average, so the measured curve wanders away from 1.');
    if (state.steps > 0) reasons.push('Training also changes W_s; the dashed curve reads its gain at initialisation.');
  } else if (state.kind === 'dropout') {
    reasons.push('Dropout masks are random: each feature survives a unit with probability 1 − p, so the measured norm falls like √(1 − p) per unit, not like 1 − p, until no feature survives at all.');
  }
  const branches = branchReason(state);
  if (branches) reasons.push(branches);
  if (state.act === 'relu') {
    reasons.push('ReLU after each addition: the ReLU zeroes the gradient of every feature it clipped, so eq. (5) is only an approximation here (P2 Sec. 4).');
  }
  if (reasons.length === 0) {
    reasons.push(`Every branch starts at zero, nothing is trained and nothing follows the addition, so the weight term of eq. (8) vanishes and the gradient is exactly the direct term (${gain.reading}).`);
  }
  return reasons;
}

/**
 * What the measured value at x_0 says about the two terms of eq. (5)/(8), when it is far from the
 * direct term (a factor of 10 or more either way); null otherwise or without a direct term.
 */
export function dominanceSentence(state: GradientFlowState, analytic: readonly number[], measured: readonly number[]): string | null {
  const a = analytic[0];
  const m = measured[0];
  if (state.kind === 'none' || a === undefined || m === undefined || !(a > 0) || !(m > 0) || !Number.isFinite(m)) return null;
  const ratio = m / a;
  if (ratio >= 10) return `At x_0 the measured gradient is ${formatPower(ratio)} times the direct term, so nearly all of it arrives through the weight layers, not along the shortcuts.`;
  if (ratio > 0.1) return null;
  const relu = state.act === 'relu' ? ' the ReLUs after the additions block part of it, and' : '';
  return `At x_0 the measured gradient is only ${formatPower(ratio)} of the direct term:${relu} the weight term points partly against the direct term and cancels much of it.`;
}

/** How the measured curve was made: "Measured after 100 training steps (full batch; Adam, lr 0.003 …), training loss 0.69." */
export function trainingSentence(m: GradientFlowMeasurement): string {
  if (m.steps === 0 && m.divergedAt === null) return 'Measured at initialisation, before any training.';
  const how = m.optimizer ? ` (full batch; ${optimizerPhrase(m.optimizer)})` : '';
  const loss = m.loss !== null && Number.isFinite(m.loss) ? `, training loss ${formatPower(m.loss)}` : '';
  return `Measured ${whenPhrase(m)}${how}${loss}.`;
}

/** Training that diverged, in words: what happened and what to try. */
export function divergedSentence(m: GradientFlowMeasurement): string {
  return `Training diverged: by step ${m.divergedAt ?? m.steps} the loss or a gradient was no longer a finite number, so there is no measured curve. Try fewer steps, or branches that start at zero.`;
}

/** Where a measurement ran, for the status line. */
export interface MeasurementPlace {
  /** In a background worker or on the page's main thread. */
  thread: 'worker' | 'main';
  /** Wall-clock milliseconds, request to result. */
  ms: number;
  /** Why a fallback was taken, if one was (shown with every status). */
  fallback: string | null;
}

/** The status line after a measurement: what was measured, where, and the headline ratio. */
export function statusSentence(state: GradientFlowState, m: GradientFlowMeasurement, place: MeasurementPlace): string {
  const where = `${backendName(m.backend)}, ${place.thread === 'worker' ? 'in a background worker' : 'on the main thread'}, ${formatPower(place.ms / 1000)} s`;
  const fallback = place.fallback ? ` ${place.fallback}` : '';
  if (!m.norms) return `Trained on ${where}. ${divergedSentence(m)}${fallback}`;
  const top = m.norms[state.L];
  const ratio = top !== undefined && top > 0 ? `at the first unit, ${formatPower((m.norms[0] ?? 0) / top)} of the gradient at the last` : 'no gradient reaches the last unit (‖∂E/∂x_L‖ = 0), so there is nothing to compare';
  return `Measured ${state.L + 1} gradient norms by backprop ${whenPhrase(m)} on ${where}; ${ratio}.${fallback}`;
}

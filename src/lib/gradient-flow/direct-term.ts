/**
 * The analytic half of the gradient-flow figure. P2 eq. (8) splits ∂E/∂x_l into a direct term,
 * ∂E/∂x_L · ∏_{i=l}^{L-1} λ_i, that reaches unit l along the shortcuts alone, plus a term through
 * the weight layers. For a general shortcut h the λ_i become h'_i (P2 Sec. 3); for the identity
 * every factor is 1 and eq. (5)'s "1" is what remains.
 */
import type { SameShapeShortcutKey } from '../arch/shortcuts';

/** P2 eq. (8): direct term ∏λ_i over the shortcuts from unit l up to L (an empty product is 1). */
export function directTerm(lambdas: readonly number[]): number {
  // Multiplied from the top down, the order in which backprop applies the factors.
  return lambdas.reduceRight((product, lambda) => product * lambda, 1);
}

/** P2 eq. (8): direct term ∏_{i=l}^{L-1} λ_i for every l = 0 … L, from λ_0 … λ_{L-1}. */
export function directTermFactors(lambdas: readonly number[]): number[] {
  const factors = new Array<number>(lambdas.length + 1);
  factors[lambdas.length] = 1;
  for (let l = lambdas.length - 1; l >= 0; l--) factors[l] = (lambdas[l] as number) * (factors[l + 1] as number);
  return factors;
}

/** The logistic sigmoid σ(z) = 1 / (1 + e^(−z)) of P2's gates. */
export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** What a shortcut kind multiplies the direct path by, per unit. */
export interface ShortcutGain {
  /** h' as a number (0 when there is no shortcut at all). */
  gain: number;
  /** How the number is read, for captions: exact, or which simplification it rests on. */
  reading: string;
}

/** The shortcut parameters a gain depends on (fields of the lab's MlpSpec). */
export interface GainParams {
  /** λ of the constant-scaling shortcut. */
  lambda: number;
  /** Initial gate bias b_g of the gating shortcuts. */
  gateBias: number;
  /** Drop probability p of the dropout shortcut. */
  dropP: number;
}

/** P2 eq. (8) with h'_i in place of λ_i: the per-unit factor each shortcut kind puts on the direct path. */
export function shortcutGain(kind: SameShapeShortcutKey, p: GainParams): ShortcutGain {
  switch (kind) {
    case 'none':
      return { gain: 0, reading: 'no shortcut, so no direct path: every gradient passes through weight layers' };
    case 'identity':
      return { gain: 1, reading: 'h(x) = x, so every factor is exactly 1 (P2 eq. 5)' };
    case 'scaling':
      return { gain: p.lambda, reading: 'h(x) = λx, so every factor is exactly λ (P2 eq. 8)' };
    case 'exclusiveGate':
    case 'shortcutGate':
      return {
        gain: 1 - sigmoid(p.gateBias),
        reading: 'h(x) = (1 − g(x))·x, read at the gate’s value for a zero input, 1 − σ(b_g)',
      };
    case 'projection':
      return {
        gain: 1,
        reading: 'h(x) = W_s x: a matrix, whose root-mean-square gain is 1 at its initialisation (std 1/√width)',
      };
    case 'dropout':
      return { gain: 1 - p.dropP, reading: 'h(x) = m ⊙ x, read at the mask’s expectation 1 − p' };
  }
}

/** The analytic direct-term factor ∏_{i=l}^{L-1} h'_i for l = 0 … L, all L units sharing one shortcut. */
export function analyticFactors(kind: SameShapeShortcutKey, p: GainParams, units: number): number[] {
  const gain = shortcutGain(kind, p).gain;
  return directTermFactors(new Array<number>(units).fill(gain));
}

import { describe, expect, it } from 'vitest';
import { analyticFactors, directTerm, directTermFactors, shortcutGain, sigmoid } from '~lib/gradient-flow/direct-term';
import { comparisonSentence, formatPower, highestZero, largestGap, maxRelativeDeviation, normaliseNorms } from '~lib/gradient-flow/readout';
import { defaultGradientFlowState } from '~lib/gradient-flow/state';

const params = { lambda: 0.5, gateBias: 0, dropP: 0.5 };

describe('the analytic direct term of P2 eq. (8)', () => {
  it('is exactly the product of the λ_i from unit l up to L, for every l', () => {
    const lambdas = [0.5, 0.9, 1.2, 0.7, 1.1, 1.5, 0.25];
    const factors = directTermFactors(lambdas);
    expect(factors).toHaveLength(lambdas.length + 1);
    for (let l = 0; l <= lambdas.length; l++) {
      let product = 1;
      for (let i = lambdas.length - 1; i >= l; i--) product *= lambdas[i] as number;
      expect(factors[l]).toBe(product);
      expect(directTerm(lambdas.slice(l))).toBe(product);
    }
  });

  it('is 1 everywhere for identity shortcuts, as P2 eq. (5) says', () => {
    expect(analyticFactors('identity', params, 54).every((f) => f === 1)).toBe(true);
  });

  it('falls like λ^(L−l) for scaled shortcuts: 0.5 across ResNet-110’s 54 units is about 5.6×10⁻¹⁷', () => {
    const factors = analyticFactors('scaling', params, 54);
    factors.forEach((f, l) => expect(Math.abs(f - 0.5 ** (54 - l))).toBeLessThanOrEqual(1e-15 * 0.5 ** (54 - l)));
    expect(formatPower(factors[0] as number)).toBe('5.6×10⁻¹⁷');
  });

  it('grows exponentially for λ above 1 and is 0 below L for the plain net', () => {
    expect(analyticFactors('scaling', { ...params, lambda: 1.5 }, 100)[0]).toBeGreaterThan(1e17);
    const plain = analyticFactors('none', params, 5);
    expect(plain).toEqual([0, 0, 0, 0, 0, 1]);
  });

  it('reads gates at 1 − σ(b_g) and the dropout shortcut at its expectation 1 − p', () => {
    expect(shortcutGain('exclusiveGate', { ...params, gateBias: -6 }).gain).toBe(1 - sigmoid(-6));
    expect(shortcutGain('shortcutGate', { ...params, gateBias: 0 }).gain).toBe(0.5);
    expect(shortcutGain('dropout', { ...params, dropP: 0.3 }).gain).toBe(1 - 0.3);
    expect(shortcutGain('projection', params).gain).toBe(1);
  });
});

describe('numbers in the readout', () => {
  it('are written with two significant digits and powers of ten', () => {
    expect(formatPower(1)).toBe('1');
    expect(formatPower(0.5)).toBe('0.5');
    expect(formatPower(0)).toBe('0');
    expect(formatPower(1e-17)).toBe('10⁻¹⁷');
    expect(formatPower(4.06e17)).toBe('4.1×10¹⁷');
    expect(formatPower(9.96e-5)).toBe('10⁻⁴');
  });

  it('normalise measured norms by the last one, and refuse when nothing reaches x_L', () => {
    expect(normaliseNorms([4, 2, 1, 2])).toEqual([2, 1, 0.5, 1]);
    expect(normaliseNorms([1, 0])).toBeNull();
  });

  it('compare the curves only below L, where they can differ', () => {
    expect(maxRelativeDeviation([0.25, 0.5, 1], [0.25, 0.55, 1])).toBeCloseTo(0.1, 12);
    expect(maxRelativeDeviation([0, 0, 1], [0.3, 0.4, 1])).toBeNull();
    expect(largestGap([0.01, 0.1, 1], [1, 0.1, 1])).toEqual({ unit: 0, factor: 100 });
    expect(highestZero([0, 0, 0.5, 1])).toBe(1);
  });

  it('say so when measured and analytic agree, and when they do not', () => {
    const s = { ...defaultGradientFlowState, L: 2 };
    expect(comparisonSentence(s, [0.25, 0.5, 1], [0.25, 0.5, 1])).toMatch(/agree exactly/);
    expect(comparisonSentence(s, [0.25, 0.5, 1], [0.25, 0.5000001, 1])).toMatch(/agree to within 2×10⁻⁵ %/);
    expect(comparisonSentence(s, [0.25, 0.5, 1], [2.5, 0.5, 1])).toMatch(/factor of 10 \(at x_0/);
    expect(comparisonSentence(s, [0.25, 0.5, 1], [0, 0.5, 1])).toMatch(/exactly 0 at x_0/);
  });
});

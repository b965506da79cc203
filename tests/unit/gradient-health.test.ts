import { describe, expect, test } from 'vitest';
import { firstToLastRatio, formatRatio, gradientReading, gradientVerdict, HEALTHY_BAND } from '~lib/training-lab/gradient-health';

describe('gradient health (P1 §4.1’s “healthy norms”)', () => {
  test('the ratio is the first boundary’s norm over the last one’s, and NaN when either is unusable', () => {
    expect(firstToLastRatio([6, 4, 2])).toBe(3);
    expect(firstToLastRatio([])).toBeNaN();
    expect(firstToLastRatio([1, Number.NaN])).toBeNaN();
    expect(firstToLastRatio([0, 1])).toBeNaN();
  });

  test('a ratio inside the band either way is healthy; beyond it, vanishing or exploding', () => {
    expect(gradientVerdict(1)).toBe('healthy');
    expect(gradientVerdict(HEALTHY_BAND)).toBe('healthy');
    expect(gradientVerdict(1 / HEALTHY_BAND)).toBe('healthy');
    expect(gradientVerdict(1e-6)).toBe('vanishing');
    expect(gradientVerdict(HEALTHY_BAND * 1.01)).toBe('exploding');
    expect(gradientVerdict(Number.NaN)).toBe('unmeasured');
  });

  test('a reading names the net, the step, the ratio and the verdict in one line', () => {
    expect(gradientReading({ modelId: 'plain-32', step: 300, norms: [6.4, 3, 2] })).toBe(
      `plain-32 at step 300: first/last ratio 3.2, inside the healthy band (1/${HEALTHY_BAND} to ${HEALTHY_BAND}×)`,
    );
    expect(gradientReading({ modelId: 'plain-56', step: 0, norms: [1e-7, 1] })).toMatch(/ratio 1\.0 × 10\^-7, below 1\/\d+: the gradient vanishes/);
    expect(gradientReading({ modelId: 'x', step: 5, norms: [Number.NaN, 1] })).toMatch(/not measurable/);
    expect(formatRatio(123456)).toBe('1.2 × 10^5');
    expect(gradientReading({ modelId: 'residual-32', step: 600, norms: [15, 1] }, HEALTHY_BAND, true)).toMatch(/as P2 eq\. \(5\) expects with identity shortcuts/);
    expect(gradientReading({ modelId: 'plain-8', step: 600, norms: [15, 1] })).not.toMatch(/P2/);
  });
});

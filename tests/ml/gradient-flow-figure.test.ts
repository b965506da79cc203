import { beforeAll, describe, expect, it } from 'vitest';
import { analyticFactors } from '~lib/gradient-flow/direct-term';
import { maxRelativeDeviation, normaliseNorms } from '~lib/gradient-flow/readout';
import { defaultGradientFlowState, gradientFlowPoints, gradientFlowPresets, type GradientFlowPreset } from '~lib/gradient-flow/state';
import { makeSpec } from '~lib/nets/spec';
import record from '~lib/recorded/gradient-flow.json';
import { useBackend } from '~ml/backend';
import { measureGradientFlow } from '~ml/gradient-flow';
import { gradientNormsAtInit } from '~ml/gradient-norms';
import { recordGradientFlow } from '../../src/scripts/record-gradient-flow';

beforeAll(async () => {
  expect(await useBackend('cpu')).toBe('cpu');
});

/** Geometric mean of ‖g_l‖ / ‖g_l+1‖ over the units: how much the gradient grows per unit going down. */
function growthPerUnit(norms: readonly number[]): number {
  const L = norms.length - 1;
  return ((norms[0] as number) / (norms[L] as number)) ** (1 / L);
}

describe('the gradient-flow figure’s measured curve', () => {
  it('the committed record is what src/scripts/record-gradient-flow.ts produces now', async () => {
    const fresh = await recordGradientFlow();
    expect(fresh.backend).toBe(record.backend);
    for (const preset of Object.keys(gradientFlowPresets) as GradientFlowPreset[]) {
      const committed = record.presets[preset];
      expect(fresh.presets[preset].query).toBe(committed.query);
      expect(fresh.presets[preset].norms).toHaveLength(committed.norms.length);
      fresh.presets[preset].norms.forEach((n, l) => expect(Math.abs(n - (committed.norms[l] as number))).toBeLessThanOrEqual(1e-6 * Math.abs(committed.norms[l] as number)));
    }
  });

  it('at λ = 0.5 over 54 units with zero branches and no ReLU after the addition, matches ∏λ to 1e-4', async () => {
    const state = { ...defaultGradientFlowState, kind: 'scaling' as const, lambda: 0.5, L: 54, act: 'identity' as const, branch: 'zero' as const };
    const { norms } = await measureGradientFlow(state);
    const measured = normaliseNorms(norms) as number[];
    const analytic = analyticFactors('scaling', { lambda: 0.5, gateBias: 0, dropP: 0.5 }, 54);
    expect(maxRelativeDeviation(analytic, measured)).toBeLessThan(1e-4);
  });

  it('with ReLU after the addition, sits below the analytic curve (eq. 5 is only an approximation)', async () => {
    const { norms } = await measureGradientFlow({ ...defaultGradientFlowState, kind: 'identity', L: 20, act: 'relu' });
    const measured = normaliseNorms(norms) as number[];
    expect(measured[0]).toBeLessThan(0.95);
    expect(measured[0]).toBeGreaterThan(0.3);
  });

  it('in a plain linear net at He init grows geometrically going down, by about w·(2/w) = 2 in squared norm per layer', async () => {
    // Two layers per unit, each multiplying E‖g‖² by fan-in × 2/fan-in = 2: about ×2 in norm per unit.
    const spec = makeSpec({ depth: 40, width: 16, shortcut: 'none', activation: 'linear', batchNorm: false, init: 'he' });
    const norms = await gradientNormsAtInit(spec, gradientFlowPoints(), 1);
    const growth = growthPerUnit(norms);
    expect(growth).toBeGreaterThan(1.5);
    expect(growth).toBeLessThan(2.3);
    // Geometric: the log-norm is close to a straight line in l.
    const logs = norms.map(Math.log);
    const slope = ((logs[0] as number) - (logs[20] as number)) / 20;
    logs.forEach((v, l) => expect(Math.abs(v - (logs[20] as number) - slope * (20 - l))).toBeLessThan(1.5));
  });

  it('in a plain ReLU net at Glorot init (half of He’s variance) shrinks geometrically going down', async () => {
    // A ReLU halves E‖g‖²; with std² = 2/(2w) = 1/w each layer multiplies it by ½: about ×½ in norm per unit.
    const spec = makeSpec({ depth: 40, width: 16, shortcut: 'none', activation: 'relu', batchNorm: false, init: 'xavier' });
    const growth = growthPerUnit(await gradientNormsAtInit(spec, gradientFlowPoints(), 1));
    expect(growth).toBeGreaterThan(0.3);
    expect(growth).toBeLessThan(0.7);
  });
});

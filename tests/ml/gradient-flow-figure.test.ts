import { beforeAll, describe, expect, it } from 'vitest';
import { analyticFactors } from '~lib/gradient-flow/direct-term';
import { largestGap, maxRelativeDeviation, normaliseNorms } from '~lib/gradient-flow/readout';
import { defaultGradientFlowState, gradientFlowPresets, type GradientFlowPreset } from '~lib/gradient-flow/state';
import { gradientFlowPoints } from '~lib/gradient-flow/training';
import { makeSpec } from '~lib/nets/spec';
import record from '~lib/recorded/gradient-flow.json';
import { useBackend } from '~ml/backend';
import { measureGradientFlow } from '~ml/gradient-flow';
import { gradientNormsAtInit } from '~ml/gradient-norms';
import { recordGradientFlow } from '../../src/scripts/record-gradient-flow';

let fresh: Awaited<ReturnType<typeof recordGradientFlow>>;

beforeAll(async () => {
  expect(await useBackend('cpu')).toBe('cpu');
  // Every preset measured again as the recorder does it (cpu; trained as each preset says).
  fresh = await recordGradientFlow();
});

const analyticOf = (state: typeof defaultGradientFlowState) => analyticFactors(state.kind, { lambda: state.lambda, gateBias: state.bg, dropP: 0.5 }, state.L);

/** Geometric mean of ‖g_l‖ / ‖g_l+1‖ over the units: how much the gradient grows per unit going down. */
function growthPerUnit(norms: readonly number[]): number {
  const L = norms.length - 1;
  return ((norms[0] as number) / (norms[L] as number)) ** (1 / L);
}

describe('the gradient-flow figure’s measured curve', () => {
  it('the committed record is what src/scripts/record-gradient-flow.ts produces now: same training, same norms', () => {
    expect(fresh.backend).toBe(record.backend);
    for (const preset of Object.keys(gradientFlowPresets) as GradientFlowPreset[]) {
      const committed = record.presets[preset];
      const now = fresh.presets[preset];
      expect(now.query).toBe(committed.query);
      // The optimiser is the training lab's; a change there makes the record stale.
      expect({ steps: now.steps, divergedAt: now.divergedAt, optimizer: now.optimizer }).toEqual({
        steps: committed.steps,
        divergedAt: committed.divergedAt,
        optimizer: committed.optimizer,
      });
      expect(Math.abs((now.loss ?? Number.NaN) - (committed.loss ?? Number.NaN))).toBeLessThanOrEqual(1e-6);
      expect(now.norms).toHaveLength(committed.norms.length);
      now.norms?.forEach((n, l) => expect(Math.abs(n - (committed.norms[l] as number))).toBeLessThanOrEqual(1e-6 * Math.abs(committed.norms[l] as number)));
    }
  });

  it('at the default (He-random branches, 100 training steps) departs from ∏λ by many decades', () => {
    const state = gradientFlowPresets.scaled;
    expect(state).toMatchObject({ branch: 'he', steps: 100 });
    const measured = normaliseNorms(fresh.presets.scaled.norms as number[]) as number[];
    const analytic = analyticOf(state);
    // At x_0 the direct term is 0.5^54 ≈ 5.6e-17; what arrives through the weight layers is far more.
    expect((measured[0] as number) / (analytic[0] as number)).toBeGreaterThan(1e6);
    expect(largestGap(analytic, measured)?.factor).toBeGreaterThan(1e6);
  });

  it('with He-random branches departs from ∏λ already at initialisation', async () => {
    const state = { ...gradientFlowPresets.scaled, steps: 0 };
    const measured = normaliseNorms((await measureGradientFlow(state)).norms as number[]) as number[];
    expect(largestGap(analyticOf(state), measured)?.factor).toBeGreaterThan(1e6);
  });

  it('in the identity preset (zero branches): on the flat direct term untrained; after 100 steps above it at every unit, highest at x_0', async () => {
    const state = gradientFlowPresets.identity;
    expect(state).toMatchObject({ kind: 'identity', branch: 'zero', steps: 100, act: 'identity' });
    const untrained = normaliseNorms((await measureGradientFlow({ ...state, steps: 0 })).norms as number[]) as number[];
    expect(maxRelativeDeviation(analyticOf(state), untrained)).toBeLessThan(1e-4);
    const trained = normaliseNorms(fresh.presets.identity.norms as number[]) as number[];
    trained.slice(0, -1).forEach((m) => expect(m).toBeGreaterThan(1));
    expect(Math.max(...trained)).toBe(trained[0]);
  });

  it('at the default the net has not learned in 100 steps: training loss within 0.01 of ln 2', () => {
    expect(Math.abs((fresh.presets.scaled.loss as number) - Math.LN2)).toBeLessThan(0.01);
  });

  it('at λ = 0.5 over 54 units with zero branches, no training and no ReLU after the addition, matches ∏λ to 1e-4', async () => {
    const state = { ...defaultGradientFlowState, kind: 'scaling' as const, lambda: 0.5, L: 54, act: 'identity' as const, branch: 'zero' as const, steps: 0 };
    const { norms } = await measureGradientFlow(state);
    const measured = normaliseNorms(norms as number[]) as number[];
    const analytic = analyticFactors('scaling', { lambda: 0.5, gateBias: 0, dropP: 0.5 }, 54);
    expect(maxRelativeDeviation(analytic, measured)).toBeLessThan(1e-4);
  });

  it('with ReLU after the addition, sits below the analytic curve (eq. 5 is only an approximation)', async () => {
    const { norms } = await measureGradientFlow({ ...defaultGradientFlowState, kind: 'identity', L: 20, act: 'relu', branch: 'zero', steps: 0 });
    const measured = normaliseNorms(norms as number[]) as number[];
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

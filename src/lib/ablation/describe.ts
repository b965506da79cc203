/** The ablation set-up in plain words, one line per aspect, for the figure to print. */
import { defaultSpiralOptions } from '../data/spirals';
import { initSchemes, makeSpec } from '../nets/spec';
import type { AblationSetup } from './setup';

/** Lines describing `setup` exactly (data, net, optimiser, steps, seeds). */
export function describeAblation(setup: AblationSetup): string[] {
  const d = { ...defaultSpiralOptions, ...setup.data };
  const nTest = Math.round(d.n * d.testFraction);
  const s = makeSpec(setup.base);
  const o = setup.optimizer;
  const drops = o.decaySteps?.length ? `, ×${o.decayFactor ?? 0.1} after steps ${o.decaySteps.join(' and ')}` : '';
  return [
    `Data: two spirals, ${d.n} points (${d.n - nTest} train, ${nTest} test), ${d.turns} turns, noise σ ${d.noise}; each seed draws its own points.`,
    `Net: ${s.depth} hidden layers (${s.depth / 2} two-layer units) of width ${s.width}, ${s.batchNorm ? 'with batch norm' : 'no batch norm'}; ${initSchemes[s.init].label}` +
      (s.zeroInitBranch ? '; each residual branch starts at zero.' : '.'),
    `Optimiser: ${o.kind === 'adam' ? 'Adam' : o.kind}, learning rate ${o.learningRate}${drops}; ${setup.steps} full-batch steps.`,
    `Seeds ${setup.seeds.join(', ')}; each variant on every seed; the table gives the median over seeds.`,
  ];
}

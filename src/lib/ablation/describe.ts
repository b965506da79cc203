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
  const kind = o.kind === 'adam' ? 'Adam' : o.kind === 'momentum' ? `SGD with momentum ${o.momentum ?? 0.9}` : 'SGD';
  const decay = o.weightDecay ? `, weight decay ${o.weightDecay}` : '';
  const drops = o.decaySteps?.length ? `, ×${o.decayFactor ?? 0.1} after steps ${o.decaySteps.join(' and ')}` : '';
  const bn = s.batchNorm ? 'batch norm after every weight layer' : 'no batch norm';
  return [
    `Data: two spirals, ${d.n} points (${d.n - nTest} train, ${nTest} test), ${d.turns} turns, noise σ ${d.noise}; each seed draws its own points.`,
    `Net: the training lab's net at ${s.depth} hidden layers (${s.depth / 2} two-layer units) of width ${s.width}, ${bn}; ${initSchemes[s.init].label} on every layer` +
      (s.zeroInitBranch ? '; each residual branch starts at zero.' : ', residual branches included.'),
    `Optimiser: ${kind}${decay}, learning rate ${o.learningRate}${drops}; ${setup.steps} full-batch steps.`,
    'Training loss: the whole training set, batch norm using that set’s own statistics; test accuracy: held-out points, batch norm in inference mode.',
    `Seeds ${setup.seeds.join(', ')}; each variant on every seed; the table gives the median over seeds.`,
  ];
}

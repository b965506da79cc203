import { expect } from 'vitest';
import { HEALTHY_BAND } from '~lib/gradient-health';
import { worstDeparture } from '~lib/lab-sweep';
import { degradationClaim } from '~lib/nets/lab';
import { sweepNet } from '~ml/sweep-net';

const { setup, margin } = degradationClaim;

/**
 * Re-proves the default lab's claim on one seed by training its three nets exactly as the lab
 * does (one at a time; each net's run does not depend on the others): the deep plain net ends
 * above the shallow plain one, the deep residual net at or below it, and the deep plain net's
 * gradient-norm ratio stays within HEALTHY_BAND after initialisation.
 */
export async function proveClaimOnSeed(seed: number): Promise<void> {
  const { learningRate: lr } = setup.optimizer;
  const rows = [];
  for (const m of setup.models) {
    const row = await sweepNet({ lr, batchNorm: m.spec.batchNorm, depth: m.spec.depth, residual: m.spec.shortcut !== 'none', seed }, setup.steps);
    rows.push({ id: m.id, ...row });
  }
  const [shallow, deepPlain, deepResidual] = rows as [(typeof rows)[number], (typeof rows)[number], (typeof rows)[number]];
  const shown = [shallow, deepPlain, deepResidual].map((r) => `${r.id} ${r.finalLoss}`).join(', ');
  console.info(`degradation seed ${seed}: ${shown}; ${deepPlain.id} gradient ratios ${deepPlain.ratios.join(', ')}`);
  expect(deepPlain.finalLoss, shown).toBeGreaterThan(shallow.finalLoss);
  expect(deepResidual.finalLoss, shown).toBeLessThanOrEqual(shallow.finalLoss + margin);
  expect(worstDeparture(deepPlain.ratios), `${deepPlain.id} ratios ${deepPlain.ratios.join(', ')}`).toBeLessThanOrEqual(HEALTHY_BAND);
}

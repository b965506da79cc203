/**
 * Synthetic CNN lab records for the figure's and the description's tests: deterministic curves
 * (an exponential fall from chance to a floor per net and seed), no training run.
 */
import type { CnnLabRecord } from '~lib/cnn-lab/record';
import type { CnnLabNet } from '~lib/cnn-lab/setup';
import { summariseCnnLab, type CnnLabSummary } from '~lib/cnn-lab/summary';

/** Plain and residual nets of the given depths (6n + 2), in the set-up's order. */
export function syntheticNets(depths: readonly number[]): CnnLabNet[] {
  return depths.flatMap((d) => [
    { id: `plain-${d}`, n: (d - 2) / 6, residual: false },
    { id: `resnet-${d}`, n: (d - 2) / 6, residual: true },
  ]);
}

/** Final training and test error per net id and seed (seed order), as fractions. */
export type Finals = Record<string, readonly (readonly [number, number])[]>;

/** A summary whose curves fall from 0.9 at step 0 to each net's and seed's final errors. */
export function syntheticSummary(depths: readonly number[], finals: Finals, steps = [0, 100, 200, 300, 400]): CnnLabSummary {
  const nets = syntheticNets(depths);
  const last = steps.at(-1) ?? 1;
  const curve = (end: number) => steps.map((s) => Number((end + (0.9 - end) * Math.exp((-6 * s) / last) - (s === last ? (0.9 - end) * Math.exp(-6) : 0)).toFixed(6)));
  const record: CnnLabRecord = {
    key: 'synthetic',
    backend: 'synthetic',
    steps,
    nets: nets.map((net) => ({
      id: net.id,
      params: 1000 * (6 * net.n + 2),
      runs: (finals[net.id] ?? [[Number.NaN, Number.NaN]]).map(([train, test], k) => ({
        seed: k + 1,
        trainError: curve(train),
        testError: curve(test),
        trainLoss: curve(train),
        // ‖∂E/∂x_l‖ at the stem and the last unit: first ÷ last is 2 for the ResNets, 3 for the plain nets.
        gradNorms: steps.map(() => [net.residual ? 0.5 : 0.75, 0.25]),
      })),
    })),
  };
  return summariseCnnLab({ nets }, record);
}

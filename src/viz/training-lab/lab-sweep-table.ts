/**
 * The recorded sweep as a table: one row per learning rate, BN setting, depth and kind, with the
 * final training loss and the worst gradient-norm ratio after initialisation on each seed.
 */
import { formatRatio } from '~lib/training-lab/gradient-health';
import { formatLoss } from '~lib/training-lab/lab-config';
import { worstDeparture, type LabSweep } from '~lib/training-lab/lab-sweep';
import type { DataTable } from '../data-table';

/** The sweep's rows grouped by configuration, seeds side by side. */
export function sweepTable(sweep: LabSweep): DataTable {
  const seeds = sweep.setup.seeds;
  const rows: DataTable['rows'] = [];
  for (const lr of sweep.setup.learningRates) {
    for (const batchNorm of [true, false]) {
      for (const depth of sweep.setup.depths) {
        for (const residual of [false, true]) {
          const mine = seeds.map((seed) => sweep.rows.find((r) => r.lr === lr && r.batchNorm === batchNorm && r.depth === depth && r.residual === residual && r.seed === seed));
          if (mine.some((r) => !r)) continue;
          const losses = mine.map((r) => r!.finalLoss);
          const worst = mine.map((r) => worstDeparture(r!.ratios));
          const id = `${residual ? 'residual' : 'plain'}-${depth}`;
          rows.push({
            attrs: { lr, bn: batchNorm ? 1 : 0, model: id, 'final-losses': losses.join(' '), 'worst-ratios': worst.join(' ') },
            cells: [String(lr), batchNorm ? 'yes' : 'no', id, losses.map(formatLoss).join(' · '), worst.map(formatRatio).join(' · ')],
          });
        }
      }
    }
  }
  return {
    caption: `The sweep: final training loss after ${sweep.setup.steps} steps and the worst gradient-norm ratio after initialisation, on seeds ${seeds.join(', ')}`,
    columns: [
      { key: 'lr', label: 'Learning rate', numeric: true },
      { key: 'bn', label: 'BN' },
      { key: 'net', label: 'Net' },
      { key: 'final-losses', label: `Final training loss (seeds ${seeds.join(', ')})` },
      { key: 'worst-ratios', label: 'Worst ‖∂E/∂x₀‖/‖∂E/∂x_L‖ departure after init, max(r, 1/r)' },
    ],
    rows,
  };
}

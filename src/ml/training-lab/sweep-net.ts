/**
 * One net of the lab sweep: train a lab net alone with the sweep's optimiser and measure it.
 * `npm run sweep` runs it over the grid; tests/ml re-runs the default lab's nets with it to
 * re-prove the lab's claim. A one-net run trains exactly that net of a full lab run
 * (`wireNet` gives every net the same init stream and its own batch stream).
 */
import { makeSpirals } from '~lib/data/spirals';
import { roundSig } from '~lib/training-lab/lab-record';
import { sweepSetup, type SweepRow } from '~lib/training-lab/lab-sweep';
import { labData, labNet, type LabConfig } from '~lib/nets/lab';
import { evaluate } from '../evaluate';
import { gradientNormsOf } from '../gradient-norms';
import { wireNet } from '../lab-net';

/** One configuration of the sweep. */
export interface SweepPoint {
  lr: number;
  batchNorm: boolean;
  depth: number;
  residual: boolean;
  seed: number;
}

/** The steps at which a run of `steps` steps measures its gradient-norm ratio. */
export function sweepCheckpoints(steps: number): number[] {
  return sweepSetup.checkpointShares.map((s) => Math.round(s * steps));
}

/** Train one net for `steps` steps, measuring ‖∂E/∂x₀‖/‖∂E/∂x_L‖ at the checkpoints, then its final loss. */
export async function sweepNet(p: SweepPoint, steps: number = sweepSetup.steps): Promise<SweepRow> {
  const m = labNet(p.depth, p.residual, { batchNorm: p.batchNorm, width: sweepSetup.width });
  const optimizer = { ...sweepSetup.optimizer, learningRate: p.lr, decaySteps: sweepSetup.decayShares.map((s) => Math.round(s * steps)) };
  const config: LabConfig = { seed: p.seed, data: sweepSetup.data, models: [m], optimizer, steps, batchSize: null, recordEvery: steps };
  const data = makeSpirals(labData(config));
  const { model, trainer } = wireNet(m.spec, { seed: p.seed, id: m.id, optimizer, batchSize: null, train: data.train });
  try {
    const ratios: number[] = [];
    for (const at of sweepCheckpoints(steps)) {
      if (at > trainer.stepCount) await trainer.run(at - trainer.stepCount);
      const norms = await gradientNormsOf(model, data.train);
      ratios.push(roundSig(norms[0]! / norms.at(-1)!));
    }
    if (steps > trainer.stepCount) await trainer.run(steps - trainer.stepCount);
    const final = await evaluate(model, data.train, 'batch');
    return { ...p, finalLoss: roundSig(final.loss), finalAcc: roundSig(final.accuracy), ratios };
  } finally {
    trainer.dispose();
    model.dispose();
  }
}

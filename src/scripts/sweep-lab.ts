/**
 * `npm run sweep`: the recorded sweep that chose the training lab's default. For every starting
 * learning rate, BN setting, depth, kind (plain, residual) and seed, it trains one lab net with
 * P1's optimiser and records the final training loss and the gradient-norm ratio
 * ‖∂E/∂x₀‖ / ‖∂E/∂x_L‖ at initialisation and at a few points during training. Writes
 * src/lib/recorded/lab-sweep.json (numbers rounded to 4 significant digits). Takes ~25 min here.
 *   npm run sweep [-- --lr=0.03,0.1 --bn=on,off --depths=8,14,20,32,44,56 --seeds=1,2,3 --steps=600 --out=FILE]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeSpirals } from '~lib/data/spirals';
import { roundSig } from '~lib/lab-record';
import { sweepSetup, type SweepRow } from '~lib/lab-sweep';
import { labData, labNet, type LabConfig } from '~lib/nets/lab';
import { evaluate } from '~ml/evaluate';
import { gradientNormsOf } from '~ml/gradient-norms';
import { buildLabNet } from '~ml/run-lab';
import { useWasmBackend } from '~ml/wasm-eager';

/** One configuration of the sweep. */
interface Point {
  lr: number;
  batchNorm: boolean;
  depth: number;
  residual: boolean;
  seed: number;
}

/** Train one net and measure it at the checkpoints (steps), then at the end. */
async function sweepOne(p: Point, steps: number, checkpoints: readonly number[]): Promise<SweepRow> {
  const m = labNet(p.depth, p.residual, { batchNorm: p.batchNorm, width: sweepSetup.width });
  const optimizer = { ...sweepSetup.optimizer, learningRate: p.lr, decaySteps: sweepSetup.decayShares.map((s) => Math.round(s * steps)) };
  const config: LabConfig = { seed: p.seed, data: sweepSetup.data, models: [m], optimizer, steps, batchSize: null, recordEvery: steps };
  const data = makeSpirals(labData(config));
  const { model, trainer } = buildLabNet(config, m, data);
  try {
    const ratios: number[] = [];
    for (const at of checkpoints) {
      if (at > trainer.stepCount) await trainer.run(at - trainer.stepCount);
      const norms = await gradientNormsOf(model, data.train);
      ratios.push(roundSig(norms[0]! / norms.at(-1)!));
    }
    if (steps > trainer.stepCount) await trainer.run(steps - trainer.stepCount);
    const final = await evaluate(model, data.train);
    return { ...p, finalLoss: roundSig(final.loss), finalAcc: roundSig(final.accuracy), ratios };
  } finally {
    trainer.dispose();
    model.dispose();
  }
}

const numbers = (v: string | undefined, fallback: readonly number[]) => (v ? v.split(',').map(Number) : [...fallback]);

/** Run the sweep and write it. */
export async function main(args: string[] = []): Promise<void> {
  const opt = Object.fromEntries(args.map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const lrs = numbers(opt.lr, sweepSetup.learningRates);
  const bns = (opt.bn ?? 'on,off').split(',').map((b) => b === 'on');
  const depths = numbers(opt.depths, sweepSetup.depths);
  const seeds = numbers(opt.seeds, sweepSetup.seeds);
  const steps = Number(opt.steps ?? sweepSetup.steps);
  const checkpoints = sweepSetup.checkpointShares.map((s) => Math.round(s * steps));
  const out = opt.out ?? fileURLToPath(new URL('../lib/recorded/lab-sweep.json', import.meta.url));
  console.log(`backend ${await useWasmBackend()}; ${steps} steps, gradient ratios at steps ${checkpoints.join(', ')}`);

  const rows: SweepRow[] = [];
  for (const lr of lrs) {
    for (const batchNorm of bns) {
      for (const depth of depths) {
        for (const residual of [false, true]) {
          for (const seed of seeds) {
            const started = performance.now();
            const row = await sweepOne({ lr, batchNorm, depth, residual, seed }, steps, checkpoints);
            rows.push(row);
            const s = ((performance.now() - started) / 1000).toFixed(1);
            console.log(`lr ${lr} ${batchNorm ? 'BN' : 'no BN'} ${residual ? 'residual' : 'plain'}-${depth} seed ${seed}: loss ${row.finalLoss}, ratios ${row.ratios.join(', ')} (${s} s)`);
          }
        }
      }
    }
  }
  const setup = { ...sweepSetup, learningRates: lrs, depths, seeds, steps, checkpoints };
  writeFileSync(out, `${JSON.stringify({ setup, rows })}\n`);
  console.log(`wrote ${rows.length} rows to ${out}`);
}

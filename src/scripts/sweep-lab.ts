/**
 * `npm run sweep`: the recorded sweep that chooses the training lab's default. For every depth,
 * plain and residual, with and without batch norm, on every seed, it trains one lab net with the
 * lab's optimiser and records the final training loss and the gradient-norm ratio
 * ‖∂E/∂x₀‖ / ‖∂E/∂x_L‖ at initialisation and at a few points during training. Writes
 * src/lib/recorded/lab-sweep.json (rounded to 4 significant digits).
 *   npm run sweep [-- --depths=8,14,20,32,44,56 --seeds=1,2,3 --bn=on,off --lr=0.1 --steps=600 --width=16 --out=FILE]
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeSpirals } from '~lib/data/spirals';
import { sweepSetup, type SweepRow } from '~lib/lab-sweep';
import { labData, labNet } from '~lib/nets/lab';
import { roundSig } from '~lib/lab-record';
import { useWasmBackend } from '~ml/wasm-eager';
import { buildLabNet } from '~ml/run-lab';
import { evaluate } from '~ml/evaluate';
import { gradientNormsOf } from '~ml/gradient-norms';

const list = (v: string | undefined, fallback: readonly number[]) => (v ? v.split(',').map(Number) : [...fallback]);

/** Run the sweep and write it. */
export async function main(args: string[] = []): Promise<void> {
  const opt = Object.fromEntries(args.map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const base = sweepSetup;
  const depths = list(opt.depths, base.depths);
  const seeds = list(opt.seeds, base.seeds);
  const bns = (opt.bn ?? 'on,off').split(',').map((b) => b === 'on');
  const steps = Number(opt.steps ?? base.steps);
  const lr = Number(opt.lr ?? base.optimizer.learningRate);
  const width = Number(opt.width ?? base.width);
  const optimizer = { ...base.optimizer, learningRate: lr, decaySteps: base.decayShares.map((s) => Math.round(s * steps)) };
  const checkpoints = base.checkpointShares.map((s) => Math.round(s * steps));
  const out = opt.out ?? fileURLToPath(new URL('../lib/recorded/lab-sweep.json', import.meta.url));
  console.log(`backend ${await useWasmBackend()}; lr ${lr}, ${steps} steps, width ${width}, checkpoints ${checkpoints.join(', ')}`);

  const rows: SweepRow[] = [];
  for (const batchNorm of bns) {
    for (const depth of depths) {
      for (const residual of [false, true]) {
        for (const seed of seeds) {
          const started = performance.now();
          const m = labNet(depth, residual, { batchNorm, width });
          const config = { seed, data: base.data, models: [m], optimizer, steps, batchSize: null, recordEvery: steps };
          const data = makeSpirals(labData(config));
          const { model, trainer } = buildLabNet(config, m, data);
          const ratios: number[] = [];
          let lossAt: number[] = [];
          try {
            for (const at of checkpoints) {
              if (at > trainer.stepCount) await trainer.run(at - trainer.stepCount);
              const norms = await gradientNormsOf(model, data.train);
              ratios.push(roundSig(norms[0]! / norms.at(-1)!));
              lossAt.push(roundSig((await evaluate(model, data.train)).loss));
            }
            if (steps > trainer.stepCount) await trainer.run(steps - trainer.stepCount);
            const final = await evaluate(model, data.train);
            lossAt = [...lossAt, roundSig(final.loss)];
            rows.push({ depth, residual, batchNorm, seed, finalLoss: roundSig(final.loss), finalAcc: roundSig(final.accuracy), ratios });
            const s = ((performance.now() - started) / 1000).toFixed(1);
            console.log(`${m.id}${batchNorm ? '' : ' no-BN'} seed ${seed}: loss ${lossAt.join(' → ')}; ratio ${ratios.join(', ')} (${s} s)`);
          } finally {
            trainer.dispose();
            model.dispose();
          }
        }
      }
    }
  }
  writeFileSync(out, `${JSON.stringify({ setup: { ...base, depths, seeds, steps, width, optimizer, checkpoints }, rows }, null, 1)}\n`);
  console.log(`wrote ${rows.length} rows to ${out}`);
}

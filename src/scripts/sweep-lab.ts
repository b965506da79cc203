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
import { sweepSetup, type SweepRow } from '~lib/training-lab/lab-sweep';
import { sweepCheckpoints, sweepNet } from '~ml/training-lab/sweep-net';
import { useBackend } from '~ml/backend';

const numbers = (v: string | undefined, fallback: readonly number[]) => (v ? v.split(',').map(Number) : [...fallback]);

/** Run the sweep and write it. */
export async function main(args: string[] = []): Promise<void> {
  const opt = Object.fromEntries(args.map((a) => a.replace(/^--/, '').split('=') as [string, string]));
  const lrs = numbers(opt.lr, sweepSetup.learningRates);
  const bns = (opt.bn ?? 'on,off').split(',').map((b) => b === 'on');
  const depths = numbers(opt.depths, sweepSetup.depths);
  const seeds = numbers(opt.seeds, sweepSetup.seeds);
  const steps = Number(opt.steps ?? sweepSetup.steps);
  const checkpoints = sweepCheckpoints(steps);
  const out = opt.out ?? fileURLToPath(new URL('../lib/recorded/lab-sweep.json', import.meta.url));
  console.log(`backend ${await useBackend('wasm')}; ${steps} steps, gradient ratios at steps ${checkpoints.join(', ')}`);

  const rows: SweepRow[] = [];
  for (const lr of lrs) {
    for (const batchNorm of bns) {
      for (const depth of depths) {
        for (const residual of [false, true]) {
          for (const seed of seeds) {
            const started = performance.now();
            const row = await sweepNet({ lr, batchNorm, depth, residual, seed }, steps);
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

/**
 * Run an ablation: every variant on every seed, full batch, each run a separate net built by
 * `wireNet` (as every lab net is), recording the training loss every `recordEvery`
 * steps. Progress is awaited, so a caller can pause a run (e.g. off screen) by not
 * resolving; with `sliceMs` the steps between two recorded points run in slices of about that
 * long, each followed by an awaited `onSlice`, so a pause need not wait for the next point. The
 * steps and their draws are the same either way. Returns plain data; every tensor is freed on return.
 *
 * (Stacking the seeds into one batched graph with rank-3 matMuls was tried and measured on wasm:
 * at most 1.2× per step for 5 stacked copies of a 40-layer net, and no gain over whole runs, since
 * the batched matMul's backward pass is not fast-pathed; so runs stay separate and simple.)
 */
import { recordSteps, setupKey, type AblationRecord, type AblationRun } from '~lib/ablation/record';
import { ablationData, variantSpec, type AblationSetup } from '~lib/ablation/setup';
import { makeSpirals } from '~lib/data/spirals';
import { currentBackend } from './backend';
import { evaluate } from './evaluate';
import { wireNet } from './lab-net';

/** Progress after each recorded point of one run. */
export interface AblationProgress {
  variantId: string;
  seed: number;
  step: number;
  trainLoss: number;
  /** Share of all steps of all runs done, in [0, 1]. */
  done: number;
}

/** Where a run is after a slice of steps between two recorded points. */
export type AblationTick = Omit<AblationProgress, 'trainLoss'>;

/** Options for {@link runAblation}. */
export interface RunAblationOptions {
  /** Stop early; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called after each recorded point and awaited. */
  onProgress?: (p: AblationProgress) => void | Promise<void>;
  /** Train between points in slices of about this many ms (at least one step each); without it, in one go. */
  sliceMs?: number;
  /** Called after each slice that ends before a recorded point (only with `sliceMs`), and awaited. */
  onSlice?: (t: AblationTick) => void | Promise<void>;
}

/**
 * One seed of one variant, wired as every lab net is (`wireNet`: init shared, batches per net).
 * Training loss is measured as the lab measures it (BN with the training set's own statistics),
 * test accuracy in inference mode. A run whose loss stops being finite has diverged: it is not
 * trained further, and its remaining points and final metrics are NaN.
 */
async function runOne(setup: AblationSetup, v: number, seed: number, opts: RunAblationOptions, tick: (n: number) => number): Promise<AblationRun> {
  const variant = setup.variants[v]!;
  const data = makeSpirals(ablationData(setup, seed));
  const { model, trainer } = wireNet(variantSpec(setup, variant), { seed, id: variant.id, optimizer: setup.optimizer, batchSize: null, train: data.train });
  const trainLoss: number[] = [];
  let diverged = false;
  let counted = 0;
  /** The share of all runs done once this run has reached `step` (skipped steps of a diverged run count as done). */
  const reach = (step: number) => {
    const share = tick(step - counted);
    counted = step;
    return share;
  };
  const stopIfAborted = () => {
    if (opts.signal?.aborted) throw new DOMException('ablation stopped', 'AbortError');
  };
  try {
    for (const target of recordSteps(setup)) {
      stopIfAborted();
      while (!diverged && target > trainer.stepCount) {
        if (opts.sliceMs === undefined) await trainer.run(target - trainer.stepCount);
        else await trainer.runFor(target - trainer.stepCount, opts.sliceMs);
        if (trainer.stepCount >= target) break;
        await opts.onSlice?.({ variantId: variant.id, seed, step: trainer.stepCount, done: reach(trainer.stepCount) });
        stopIfAborted();
      }
      const loss: number = diverged ? Number.NaN : (await evaluate(model, data.train, 'batch')).loss;
      diverged ||= !Number.isFinite(loss);
      trainLoss.push(diverged ? Number.NaN : loss);
      await opts.onProgress?.({ variantId: variant.id, seed, step: target, trainLoss: trainLoss.at(-1)!, done: reach(target) });
    }
    if (diverged) return { seed, trainLoss, final: { trainLoss: Number.NaN, trainAcc: Number.NaN, testAcc: Number.NaN } };
    const [tr, te] = [await evaluate(model, data.train, 'batch'), await evaluate(model, data.test)];
    return { seed, trainLoss, final: { trainLoss: tr.loss, trainAcc: tr.accuracy, testAcc: te.accuracy } };
  } finally {
    trainer.dispose();
    model.dispose();
  }
}

/** Train every variant of `setup` on every seed and return the record. */
export async function runAblation(setup: AblationSetup, opts: RunAblationOptions = {}): Promise<AblationRecord> {
  const total = setup.steps * setup.seeds.length * setup.variants.length;
  let done = 0;
  const tick = (n: number) => (done += n) / (total || 1);
  const variants = [];
  for (let v = 0; v < setup.variants.length; v++) {
    const runs: AblationRun[] = [];
    for (const seed of setup.seeds) runs.push(await runOne(setup, v, seed, opts, tick));
    variants.push({ id: setup.variants[v]!.id, runs });
  }
  return { kind: setup.kind, key: setupKey(setup), backend: currentBackend(), steps: recordSteps(setup), variants };
}

/**
 * Run an ablation: every variant on every seed, full batch, each run a separate net built by
 * `buildModel` and trained by `createTrainer`, recording the inference-mode training loss every
 * `recordEvery` steps. Progress is awaited, so a caller can pause a run (e.g. off screen) by not
 * resolving. Returns plain data; every tensor is freed on return.
 *
 * (Stacking the seeds into one batched graph with rank-3 matMuls was tried and measured on wasm:
 * at most 1.2× per step for 5 stacked copies of a 40-layer net, and no gain over whole runs, since
 * the batched matMul's backward pass is not fast-pathed; so runs stay separate and simple.)
 */
import { recordSteps, setupKey, type AblationRecord, type AblationRun } from '~lib/ablation/record';
import { ablationData, variantSpec, type AblationSetup } from '~lib/ablation/setup';
import { makeSpirals } from '~lib/data/spirals';
import { createRng, deriveSeed } from '~lib/random';
import { currentBackend } from './backend';
import { buildModel } from './build-model';
import { evaluate } from './evaluate';
import { createTrainer } from './train';

/** Progress after each recorded point of one run. */
export interface AblationProgress {
  variantId: string;
  seed: number;
  step: number;
  trainLoss: number;
  /** Share of all steps of all runs done, in [0, 1]. */
  done: number;
}

/** Options for {@link runAblation}. */
export interface RunAblationOptions {
  /** Stop early; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called after each recorded point and awaited. */
  onProgress?: (p: AblationProgress) => void | Promise<void>;
}

/** One seed of one variant, with the same seed streams as `runLab` (init shared, batches per net). */
async function runOne(setup: AblationSetup, v: number, seed: number, opts: RunAblationOptions, tick: (n: number) => number): Promise<AblationRun> {
  const variant = setup.variants[v]!;
  const data = makeSpirals(ablationData(setup, seed));
  const model = buildModel(variantSpec(setup, variant), createRng(deriveSeed(seed, 'init')));
  const trainer = createTrainer(model, data.train, { optimizer: setup.optimizer, batchSize: null, rng: createRng(deriveSeed(seed, `train:${variant.id}`)) });
  const trainLoss: number[] = [];
  try {
    for (const target of recordSteps(setup)) {
      const chunk = target - trainer.stepCount;
      if (opts.signal?.aborted) throw new DOMException('ablation stopped', 'AbortError');
      if (chunk > 0) await trainer.run(chunk);
      const loss = (await evaluate(model, data.train)).loss;
      trainLoss.push(loss);
      await opts.onProgress?.({ variantId: variant.id, seed, step: target, trainLoss: loss, done: tick(chunk) });
    }
    const [tr, te] = [await evaluate(model, data.train), await evaluate(model, data.test)];
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

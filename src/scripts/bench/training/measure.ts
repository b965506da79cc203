/**
 * Training timings for one tfjs backend, the same code in Node and in a browser page:
 * - ms per step of each net of the default lab (src/ml's trainer, the lab's sizes),
 * - the trainer's overhead: its time per step ÷ a bare tfjs loop's on the same net, interleaved,
 * - the full default lab (`runLab(degradationLab)`) end to end, and the longest main-thread
 *   task meanwhile where the caller can observe tasks (browser),
 * - K separate runs against one batched run of K copies (bare tfjs reference: src/ml has no
 *   batched trainer), interleaved.
 */
import { useBackend, type BackendName, type StartOptions } from '~ml/backend';
import { buildModel } from '~ml/build-model';
import { runLab } from '~ml/training-lab/run-lab';
import { createTrainer } from '~ml/train';
import { makeSpirals } from '~lib/data/spirals';
import { degradationLab, labData } from '~lib/nets/lab';
import { createRng } from '~lib/random';
import { interleaved, ratio, scale, summarize, timeIt, type Summary } from '../stats.ts';
import { bareTrainer, type BareNet } from './bare-loop.ts';

/** How much to measure. */
export interface TrainingPlan {
  /** Interleaved rounds per comparison (each timing is the median of these). */
  rounds: number;
  /** Steps per timed sample. */
  stepsPerSample: number;
  /** Untimed steps first (shader compilation, wasm start-up, JIT). */
  warmupSteps: number;
  /** Full default-lab runs (0 skips them). */
  labRuns: number;
  /** K for the batched-vs-separate comparison (0 skips it). */
  k: number;
}

/** Observes main-thread tasks where the platform can (the browser's 'longtask' entries). */
export interface TaskWatch {
  start(): Promise<void>;
  /** The longest task that overlapped the time since `start`, in ms. */
  stop(): Promise<number>;
}

/** Timings of one net. */
export interface NetTiming {
  id: string;
  /** src/ml trainer, ms per step. */
  msPerStep: Summary;
  /** Bare tfjs loop on the same net, ms per step. */
  bareMsPerStep: Summary;
  /** Trainer ÷ bare, per round. */
  overhead: Summary;
}

/** Everything measured on one backend. */
export interface BackendTiming {
  requested: BackendName;
  /** The backend tfjs actually ran (differs when the requested one could not start). */
  active: string;
  status: 'measured' | 'unavailable';
  nets: NetTiming[];
  fullLabMs: Summary | null;
  /** Longest task while the full lab trained, over all runs; null where tasks are not observable. */
  longestTaskMs: number | null;
  batched: { k: number; net: string; separateMs: Summary; batchedMs: Summary; speedup: Summary } | null;
}

const bareShape = (spec: {
  depth: number;
  width: number;
  shortcut: string;
  inputDim: number;
  classes: number;
}): BareNet => ({
  depth: spec.depth,
  width: spec.width,
  residual: spec.shortcut !== 'none',
  inputDim: spec.inputDim,
  classes: spec.classes,
});

/** Measures `plan` on `backend`; `progress` hears a line per stage. */
export async function measureBackend(
  backend: BackendName,
  plan: TrainingPlan,
  progress: (message: string) => void,
  options: StartOptions = {},
  tasks?: TaskWatch,
): Promise<BackendTiming> {
  const active = await useBackend(backend, options);
  const result: BackendTiming = {
    requested: backend,
    active,
    status: 'unavailable',
    nets: [],
    fullLabMs: null,
    longestTaskMs: null,
    batched: null,
  };
  if (active !== backend) return result;
  result.status = 'measured';
  const lab = degradationLab;
  const { train } = makeSpirals(labData(lab));
  const S = plan.stepsPerSample;

  for (const { id, spec } of lab.models) {
    progress(`${backend}: ${id} ms/step, src/ml vs bare tfjs`);
    const model = buildModel(spec, createRng(lab.seed));
    const trainer = createTrainer(model, train, {
      optimizer: lab.optimizer,
      batchSize: lab.batchSize,
      rng: createRng(lab.seed),
    });
    const bare = bareTrainer(bareShape(spec), train.x, train.y, lab.optimizer.learningRate);
    try {
      await trainer.run(plan.warmupSteps);
      await bare.run(plan.warmupSteps);
      const samples = await interleaved(plan.rounds, { lab: () => trainer.run(S), bare: () => bare.run(S) });
      result.nets.push({
        id,
        msPerStep: scale(summarize(samples.lab), 1 / S),
        bareMsPerStep: scale(summarize(samples.bare), 1 / S),
        overhead: ratio(samples.lab, samples.bare),
      });
    } finally {
      trainer.dispose();
      model.dispose();
      bare.dispose();
    }
  }

  if (plan.k > 1) {
    const deepest = lab.models.reduce((a, b) =>
      b.spec.depth > a.spec.depth || (b.spec.depth === a.spec.depth && b.spec.shortcut !== 'none') ? b : a,
    );
    progress(`${backend}: ${plan.k} separate ${deepest.id} runs vs one batched run`);
    const shape = bareShape(deepest.spec);
    const separate = Array.from({ length: plan.k }, () =>
      bareTrainer(shape, train.x, train.y, lab.optimizer.learningRate),
    );
    const batched = bareTrainer(shape, train.x, train.y, lab.optimizer.learningRate, plan.k);
    try {
      for (const t of [...separate, batched]) await t.run(plan.warmupSteps);
      const samples = await interleaved(plan.rounds, {
        separate: async () => {
          for (const t of separate) await t.run(S);
        },
        batched: () => batched.run(S),
      });
      result.batched = {
        k: plan.k,
        net: deepest.id,
        separateMs: scale(summarize(samples.separate), 1 / S),
        batchedMs: scale(summarize(samples.batched), 1 / S),
        speedup: ratio(samples.separate, samples.batched),
      };
    } finally {
      for (const t of [...separate, batched]) t.dispose();
    }
  }

  if (plan.labRuns > 0) {
    const times: number[] = [];
    let longest = 0;
    for (let r = 0; r < plan.labRuns; r++) {
      progress(`${backend}: full default lab, run ${r + 1}/${plan.labRuns}`);
      await tasks?.start();
      times.push(await timeIt(() => runLab(lab)));
      longest = Math.max(longest, (await tasks?.stop()) ?? 0);
    }
    result.fullLabMs = summarize(times);
    result.longestTaskMs = tasks ? longest : null;
  }
  return result;
}

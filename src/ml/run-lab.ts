/**
 * Train every net of a lab side by side (one chunk of steps per net in turn) and return a
 * compact plain-object record that a recorder can write to JSON and a figure can replay.
 */
import { makeSpirals, type SpiralData } from '~lib/data/spirals';
import { labData, type LabConfig } from '~lib/nets/lab';
import { parameterCount, type MlpSpec } from '~lib/nets/spec';
import { createRng, deriveSeed } from '~lib/random';
import { buildModel, type MlpModel } from './build-model';
import { evaluate } from './evaluate';
import { createTrainer, type Trainer } from './train';
import { currentBackend } from './backend';

/** Metrics recorded every `recordEvery` steps, as parallel arrays. */
export interface Curves {
  step: number[];
  /** Cross-entropy on the whole training set, BN with that set's own statistics (the full-batch objective). */
  trainLoss: number[];
  trainAcc: number[];
  testAcc: number[];
}

/** Final inference-mode metrics after the last step. */
export interface FinalMetrics {
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
}

/** One net's share of a lab record. */
export interface ModelRecord {
  id: string;
  spec: MlpSpec;
  /** Learned parameters (see `parameterCount`). */
  params: number;
  curves: Curves;
  final: FinalMetrics;
}

/** Everything a lab run produced, as plain data. */
export interface LabRecord {
  config: LabConfig;
  seed: number;
  steps: number;
  /** The tfjs backend the run used (results are reproducible per backend). */
  backend: string;
  models: ModelRecord[];
}

/** A progress report after each recorded point. */
export interface LabProgress {
  /** Id of the net that just recorded a point. */
  modelId: string;
  step: number;
  trainLoss: number;
  trainAcc: number;
  testAcc: number;
  /** Share of all steps of all nets done, in [0, 1]. */
  done: number;
}

/** Options for {@link runLab}. */
export interface RunLabOptions {
  /** Stop early (the record then holds the steps taken so far). */
  signal?: AbortSignal;
}

/**
 * Builds one net of a lab with its trainer. Every net gets the same init stream ("same seed" in the
 * lab's sense) and its own batch stream; runLab and the step-wise lab session both build nets here,
 * so a live run and a recorded run start from identical weights.
 */
export function buildLabNet(config: LabConfig, m: LabConfig['models'][number], data: SpiralData): { model: MlpModel; trainer: Trainer } {
  const model = buildModel(m.spec, createRng(deriveSeed(config.seed, 'init')));
  const trainer = createTrainer(model, data.train, {
    optimizer: config.optimizer,
    batchSize: config.batchSize,
    rng: createRng(deriveSeed(config.seed, `train:${m.id}`)),
  });
  return { model, trainer };
}

/** Train the lab's nets side by side and return the record; all tensors are freed on return. */
export async function runLab(
  config: LabConfig,
  onProgress?: (p: LabProgress) => void,
  options: RunLabOptions = {},
): Promise<LabRecord> {
  const data: SpiralData = makeSpirals(labData(config));
  const every = Math.max(1, Math.floor(config.recordEvery));
  const nets: { id: string; model: MlpModel; trainer: Trainer; curves: Curves }[] = [];
  try {
    for (const m of config.models) {
      const { model, trainer } = buildLabNet(config, m, data);
      nets.push({ id: m.id, model, trainer, curves: { step: [], trainLoss: [], trainAcc: [], testAcc: [] } });
    }
    const total = config.steps * nets.length;
    let done = 0;
    const record = async (net: (typeof nets)[number]) => {
      const [tr, te] = [await evaluate(net.model, data.train, 'batch'), await evaluate(net.model, data.test)];
      const step = net.trainer.stepCount;
      net.curves.step.push(step);
      net.curves.trainLoss.push(tr.loss);
      net.curves.trainAcc.push(tr.accuracy);
      net.curves.testAcc.push(te.accuracy);
      onProgress?.({ modelId: net.id, step, trainLoss: tr.loss, trainAcc: tr.accuracy, testAcc: te.accuracy, done: total ? done / total : 1 });
    };
    for (const net of nets) await record(net);
    let step = 0;
    while (step < config.steps && !options.signal?.aborted) {
      const chunk = Math.min(every, config.steps - step);
      for (const net of nets) {
        await net.trainer.run(chunk);
        done += chunk;
        await record(net);
      }
      step += chunk;
    }
    const models: ModelRecord[] = [];
    for (const net of nets) {
      const [tr, te] = [await evaluate(net.model, data.train, 'batch'), await evaluate(net.model, data.test)];
      models.push({
        id: net.id,
        spec: net.model.spec,
        params: parameterCount(net.model.spec),
        curves: net.curves,
        final: { trainLoss: tr.loss, trainAcc: tr.accuracy, testLoss: te.loss, testAcc: te.accuracy },
      });
    }
    return { config, seed: config.seed, steps: step, backend: currentBackend(), models };
  } finally {
    for (const net of nets) {
      net.trainer.dispose();
      net.model.dispose();
    }
  }
}

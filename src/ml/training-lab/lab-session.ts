/**
 * The lab's nets trained side by side, one chunk at a time, so the caller can pause, step, draw
 * and stop between chunks: the one training loop of the lab. The worker drives it live, in slices
 * of a time budget (`work`), so it can stop within a slice even when a chunk takes half a minute;
 * `runLab` (run-lab.ts) drives it a whole chunk at a time (`advance`) for the recorder, the bench
 * and the tests. Sliced or whole, every net takes the same steps with the same draws, and points
 * are recorded at the same steps. It adds what an interactive run needs: the chunk as a unit of
 * work, a divergence stop, decision grids on demand and the time per step. Points and final
 * metrics are src/lib/training-lab/lab-record.ts's types.
 */
import * as tf from '@tensorflow/tfjs';
import { makeSpirals, type SpiralData } from '~lib/data/spirals';
import { isDiverged } from '~lib/training-lab/lab-config';
import type { LabFinal, LabPoint } from '~lib/training-lab/lab-record';
import { labData, type LabConfig } from '~lib/nets/lab';
import type { MlpModel } from '../build-model';
import { decisionGrid, evaluate, type GridOptions } from '../evaluate';
import { gradientNormsOf } from '../gradient-norms';
import { wireNet } from '../lab-net';
import { readWeights } from '../net-weights';
import type { Trainer } from '../train';

/** Where and why a run stopped early. */
export interface Divergence {
  modelId: string;
  step: number;
  loss: number;
}

/** A lab run that advances on request. */
export interface LabSession {
  readonly config: LabConfig;
  /** Steps every net has completed, counted in whole chunks: the step of the last points. */
  readonly step: number;
  /** Steps every net still training has taken, inside a chunk too (equal to `step` between chunks). */
  readonly progress: number;
  /** True once every step ran for every net that has not diverged. */
  readonly finished: boolean;
  /** The nets whose loss exploded, in the order they did; each stopped there, the others go on. */
  readonly diverged: readonly Divergence[];
  /** Milliseconds per optimiser step, averaged over every step so far (null before the first). */
  readonly msPerStep: number | null;
  /** Training time of each net in the last chunk (evaluation excluded), for timing hooks. */
  readonly lastChunk: readonly { modelId: string; ms: number; steps: number }[];
  /** Record step 0 for every net; call once, first. */
  start(): Promise<LabPoint[]>;
  /** Train every net for one chunk (`recordEvery` steps, fewer at the end) and record a point each. */
  advance(): Promise<LabPoint[]>;
  /**
   * Train toward the end of the current chunk for about `budgetMs` (at least one step), the net
   * furthest behind first. Resolves to the chunk's points once every net has reached its end (as
   * `advance` would), to null while the chunk goes on, to [] when the run is finished.
   */
  work(budgetMs: number): Promise<LabPoint[] | null>;
  /** ‖∂E/∂x_l‖ at every unit boundary l = 0 … L of every net that still trains, on the training set. */
  gradients(): Promise<{ modelId: string; step: number; norms: number[] }[]>;
  /** P(class 1) on a grid for every net. */
  grids(options: GridOptions): Promise<{ modelId: string; probs: Float32Array }[]>;
  /** Final metrics of every net at the current step. */
  finals(): Promise<{ modelId: string; final: LabFinal }[]>;
  /** Every net's variables at the current step, in build order (what the later-work figures rebuild). */
  weights(): Promise<{ modelId: string; weights: Float32Array[] }[]>;
  /** Free every tensor the session made. */
  dispose(): void;
}

interface Net {
  id: string;
  model: MlpModel;
  trainer: Trainer;
  initialLoss: number;
  /** Set when the net's loss exploded: it trains no further. */
  stopped: boolean;
}

/** Build every net of `config` (on the active backend) and pair each with its optimiser. */
export function createLabSession(config: LabConfig): LabSession {
  const data: SpiralData = makeSpirals(labData(config));
  const every = Math.max(1, Math.floor(config.recordEvery));
  const nets: Net[] = [];
  try {
    for (const m of config.models) {
      const { model, trainer } = wireNet(m.spec, { seed: config.seed, id: m.id, optimizer: config.optimizer, batchSize: config.batchSize, train: data.train });
      nets.push({ id: m.id, model, trainer, initialLoss: Number.NaN, stopped: false });
    }
  } catch (error) {
    for (const net of nets) {
      net.trainer.dispose();
      net.model.dispose();
    }
    throw error;
  }
  let step = 0;
  const diverged: Divergence[] = [];
  let trainMs = 0;
  let trainSteps = 0;
  let lastChunk: { modelId: string; ms: number; steps: number }[] = [];
  /** Training time of each net in the chunk under way, moved to `lastChunk` when it ends. */
  let chunkTimes = new Map<string, { ms: number; steps: number }>();
  let disposed = false;

  const measure = async (net: Net): Promise<LabPoint> => {
    const [tr, te] = [await evaluate(net.model, data.train, 'batch'), await evaluate(net.model, data.test)];
    return { modelId: net.id, step: net.trainer.stepCount, trainLoss: tr.loss, trainAcc: tr.accuracy, testAcc: te.accuracy };
  };
  const isFinished = () => step >= config.steps || nets.every((n) => n.stopped);
  const training = () => nets.filter((n) => !n.stopped);
  const alive = () => {
    if (disposed) throw new Error('the lab session was disposed');
  };

  /** Every net has reached `end`: measure each, stop the ones that diverged, and move on to the next chunk. */
  const endChunk = async (end: number): Promise<LabPoint[]> => {
    lastChunk = nets.filter((n) => chunkTimes.has(n.id)).map((n) => ({ modelId: n.id, ...chunkTimes.get(n.id)! }));
    chunkTimes = new Map();
    const points: LabPoint[] = [];
    for (const net of training()) {
      const p = await measure(net);
      points.push(p);
      if (isDiverged(p.trainLoss, net.initialLoss)) {
        net.stopped = true;
        diverged.push({ modelId: net.id, step: p.step, loss: p.trainLoss });
      }
    }
    step = end;
    return points;
  };

  const work = async (budgetMs: number): Promise<LabPoint[] | null> => {
    alive();
    if (isFinished()) return [];
    const end = Math.min(step + every, config.steps);
    const t0 = performance.now();
    let trained = false;
    for (;;) {
      const behind = training().filter((n) => n.trainer.stepCount < end);
      if (behind.length === 0) return endChunk(end);
      const elapsed = performance.now() - t0;
      if (trained && elapsed >= budgetMs) return null;
      const net = behind.reduce((a, b) => (b.trainer.stepCount < a.trainer.stepCount ? b : a));
      const { steps, ms } = await net.trainer.runFor(end - net.trainer.stepCount, budgetMs - elapsed);
      trained = true;
      trainMs += ms;
      trainSteps += steps;
      const t = chunkTimes.get(net.id) ?? { ms: 0, steps: 0 };
      chunkTimes.set(net.id, { ms: t.ms + ms, steps: t.steps + steps });
    }
  };

  return {
    config,
    get step() {
      return step;
    },
    get progress() {
      const live = training();
      return live.length ? Math.min(...live.map((n) => n.trainer.stepCount)) : step;
    },
    get finished() {
      return isFinished();
    },
    get diverged() {
      return diverged;
    },
    get lastChunk() {
      return lastChunk;
    },
    get msPerStep() {
      return trainSteps > 0 ? trainMs / trainSteps : null;
    },
    async start() {
      alive();
      const points: LabPoint[] = [];
      for (const net of nets) {
        const p = await measure(net);
        net.initialLoss = p.trainLoss;
        points.push(p);
      }
      return points;
    },
    async advance() {
      // An unbounded budget trains each net through the whole chunk in turn, in the nets' order.
      return (await work(Number.POSITIVE_INFINITY)) ?? [];
    },
    work,
    async gradients() {
      alive();
      const out: { modelId: string; step: number; norms: number[] }[] = [];
      for (const net of nets) {
        if (!net.stopped) out.push({ modelId: net.id, step: net.trainer.stepCount, norms: await gradientNormsOf(net.model, data.train) });
      }
      return out;
    },
    async grids(options) {
      alive();
      const out: { modelId: string; probs: Float32Array }[] = [];
      for (const net of nets) out.push({ modelId: net.id, probs: await decisionGrid(net.model, options) });
      return out;
    },
    async finals() {
      alive();
      const out: { modelId: string; final: LabFinal }[] = [];
      for (const net of nets) {
        const [tr, te] = [await evaluate(net.model, data.train, 'batch'), await evaluate(net.model, data.test)];
        out.push({ modelId: net.id, final: { trainLoss: tr.loss, trainAcc: tr.accuracy, testLoss: te.loss, testAcc: te.accuracy } });
      }
      return out;
    },
    async weights() {
      alive();
      const out: { modelId: string; weights: Float32Array[] }[] = [];
      for (const net of nets) out.push({ modelId: net.id, weights: await readWeights(net.model) });
      return out;
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      for (const net of nets) {
        net.trainer.dispose();
        net.model.dispose();
      }
    },
  };
}

/** Tensors alive on the active backend (the memory check's reading). */
export function liveTensors(): number {
  return tf.memory().numTensors;
}

/**
 * Optimiser steps on a built model. Each step runs inside tf.tidy; the only tensors that live
 * across steps are the model's variables, the optimiser's slots and the training set. Losses
 * leave as plain numbers, read with `await tensor.data()` and only when asked for.
 */
import * as tf from '@tensorflow/tfjs';
import type { PointSet } from '~lib/data/spirals';
import type { OptimizerSpec } from '~lib/nets/lab';
import type { Rng } from '~lib/random';
import type { MlpModel } from './build-model';
import { crossEntropy } from './layers';
import { makeOptimizer } from './optimizer';

/** Training options for one model. */
export interface TrainerOptions {
  /** The optimiser (a fresh instance, with fresh state, per trainer). */
  optimizer: OptimizerSpec;
  /** Minibatch size, or null for full-batch steps. */
  batchSize: number | null;
  /** Source of the minibatch order and dropout masks. */
  rng: Rng;
}

/** A model paired with its optimiser and training set. */
export interface Trainer {
  /** Steps taken so far. */
  readonly stepCount: number;
  /** Take `n` steps (default 1); resolves to the last step's minibatch loss (one read-back). */
  run(n?: number): Promise<number>;
  /**
   * Take as many of the next `max` steps as fit in about `budgetMs` at the pace of this trainer's
   * last run (one step before it has a pace, all `max` for an unbounded budget, never fewer than
   * one). They are the steps `run` would take, with the same draws: only the read-backs move.
   */
  runFor(max: number, budgetMs: number): Promise<{ steps: number; ms: number }>;
  /** Release the optimiser's slots and the training tensors (the model is the caller's). */
  dispose(): void;
}

/** Pair `model` with an optimiser over `train`; the model stays owned by the caller. */
export function createTrainer(model: MlpModel, train: PointSet, options: TrainerOptions): Trainer {
  const optimizer = makeOptimizer(options.optimizer);
  const xAll = tf.tensor2d(train.x, [train.n, 2]);
  const yAll = tf.tensor1d(train.y);
  const batchSize = options.batchSize === null ? train.n : Math.max(1, Math.min(train.n, options.batchSize));
  const fullBatch = batchSize >= train.n;
  let order: number[] = [];
  let cursor = 0;
  let stepCount = 0;
  /** Milliseconds per step of the last run (read-back included), null before the first. */
  let pace: number | null = null;

  const nextBatch = (): [tf.Tensor2D, tf.Tensor1D] => {
    if (fullBatch) return [xAll, yAll];
    if (cursor + batchSize > order.length) {
      // A new epoch: reshuffle, dropping the remainder so every batch has the same size.
      order = options.rng.shuffle(Array.from({ length: train.n }, (_, i) => i));
      cursor = 0;
    }
    const idx = tf.tensor1d(order.slice(cursor, cursor + batchSize), 'int32');
    cursor += batchSize;
    return [tf.gather(xAll, idx), tf.gather(yAll, idx)];
  };

  /** One step; returns the loss tensor, which the caller must dispose. */
  const step = (): tf.Scalar =>
    tf.tidy(() => {
      const [x, y] = nextBatch();
      const { value, grads } = tf.variableGrads(
        () => crossEntropy(model.forward(x, { training: true, rng: options.rng }), y),
        model.trainable,
      );
      optimizer.apply(model.trainable, model.trainable.map((v) => grads[v.name] as tf.Tensor));
      stepCount += 1;
      return value;
    });

  const run = async (n = 1): Promise<number> => {
    if (n < 1) throw new RangeError(`run(n) needs n >= 1, got ${n}`);
    const t0 = performance.now();
    for (let i = 0; i < n - 1; i++) step().dispose();
    const last = step();
    try {
      const [value] = await last.data();
      return value as number;
    } finally {
      last.dispose();
      pace = (performance.now() - t0) / n;
    }
  };

  return {
    get stepCount() {
      return stepCount;
    },
    run,
    async runFor(max, budgetMs) {
      if (max < 1) throw new RangeError(`runFor(max) needs max >= 1, got ${max}`);
      const fit = !Number.isFinite(budgetMs) ? max : pace === null ? 1 : Math.floor(budgetMs / Math.max(pace, 1e-3));
      const steps = Math.max(1, Math.min(max, fit));
      const t0 = performance.now();
      await run(steps);
      return { steps, ms: performance.now() - t0 };
    },
    dispose() {
      optimizer.dispose();
      xAll.dispose();
      yAll.dispose();
    },
  };
}

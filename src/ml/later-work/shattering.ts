/**
 * The gradients behind the shattering figure (src/lib/later-work/shattering.ts): for each depth
 * and seed, fresh plain and residual lab nets (the training lab's set-up, initialised from the
 * seed's `init` stream exactly as a lab run would be), and optionally a trained pair; the gradient
 * of logit 1 − logit 0 with respect to the input, along the segment. At initialisation batch norm
 * uses the statistics of the segment's points (the running averages are still 0 and 1); a trained
 * net uses its running averages, as when it is tested.
 */
import * as tf from '@tensorflow/tfjs';
import { labNet } from '~lib/nets/lab';
import { createRng, deriveSeed } from '~lib/random';
import {
  neighbourCorrelation,
  scaledSignal,
  segment,
  type InitRow,
  type ShatteringRecord,
  type Signal,
  type TrainedShattering,
} from '~lib/later-work/shattering';
import { buildModel, type MlpModel } from '../build-model';
import type { BuiltPair } from './trained-nets';

/** The directional derivative of logit 1 − logit 0 along the segment, at each of its points. */
export async function gradientAlong(model: MlpModel, seed: number, n: number, batchStats: boolean): Promise<Float32Array> {
  const seg = segment(seed, n);
  const g = tf.tidy(() => {
    const x = tf.tensor2d(seg.points, [n, 2]);
    const margin = (input: tf.Tensor) => {
      const z = model.forward(input as tf.Tensor2D, { training: false, batchStats, updateStats: false });
      return tf.sum(tf.sub(tf.slice(z, [0, 1], [n, 1]), tf.slice(z, [0, 0], [n, 1])));
    };
    const grad = tf.grad(margin)(x) as tf.Tensor2D;
    return tf.reshape(tf.matMul(grad, tf.tensor2d(seg.direction, [2, 1])), [n]);
  });
  try {
    return new Float32Array(await g.data());
  } finally {
    g.dispose();
  }
}

/** What to measure. */
export interface ShatterOptions {
  firstSeed: number;
  seeds: number;
  depths: readonly number[];
  points: number;
}

/** Stop early and hear progress (nets measured so far, of the total). */
export interface ShatterHooks {
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void | Promise<void>;
}

const aborted = () => new DOMException('The measurement was cancelled.', 'AbortError');

/** Measure every depth, kind and seed at initialisation, then the trained pair if given. */
export async function measureShattering(
  options: ShatterOptions,
  hooks: ShatterHooks = {},
  trainedPair: { built: BuiltPair; source: 'recorded' | 'reader'; step: number } | null = null,
): Promise<ShatteringRecord> {
  const pair = trainedPair?.built ?? null;
  const init: InitRow[] = [];
  const signals: Signal[] = [];
  const total = options.depths.length * 2 * options.seeds + (pair ? 2 : 0);
  let done = 0;
  for (const depth of options.depths) {
    for (const kind of ['plain', 'residual'] as const) {
      const row: InitRow = { kind, depth, correlation: [] };
      for (let s = 0; s < options.seeds; s++) {
        if (hooks.signal?.aborted) throw aborted();
        const seed = options.firstSeed + s;
        const model = buildModel(labNet(depth, kind === 'residual').spec, createRng(deriveSeed(seed, 'init')));
        try {
          const g = await gradientAlong(model, seed, options.points, true);
          row.correlation.push(Number(neighbourCorrelation(g).toPrecision(4)));
          if (s === 0) signals.push({ kind, depth, g: scaledSignal(g) });
        } finally {
          model.dispose();
        }
        await hooks.onProgress?.(++done, total);
      }
      init.push(row);
    }
  }
  let trained: TrainedShattering | null = null;
  if (pair) {
    const measured: Record<'plain' | 'residual', { c: number; g: Float32Array }> = {} as never;
    for (const kind of ['plain', 'residual'] as const) {
      if (hooks.signal?.aborted) throw aborted();
      const g = await gradientAlong(pair[kind], options.firstSeed, options.points, false);
      measured[kind] = { c: Number(neighbourCorrelation(g).toPrecision(4)), g };
      await hooks.onProgress?.(++done, total);
    }
    trained = {
      source: trainedPair!.source,
      depth: pair.depth,
      step: trainedPair!.step,
      plain: measured.plain.c,
      residual: measured.residual.c,
      signals: (['plain', 'residual'] as const).map((kind) => ({ kind, depth: pair.depth, g: scaledSignal(measured[kind].g) })),
    };
  }
  return { format: 1, firstSeed: options.firstSeed, seeds: options.seeds, points: options.points, depths: [...options.depths], init, signals, trained };
}

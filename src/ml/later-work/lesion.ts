/**
 * The lesion study on a rebuilt pair (src/ml/later-work/trained-nets.ts): the test error of each
 * net intact, with each unit deleted in turn, and with k random units deleted (the draws from
 * src/lib/later-work/lesion.ts, the same for both nets). Forward passes only, BN in inference mode.
 * Errors are counted in whole test points, so a run on any backend gives the same numbers unless a
 * logit pair sits within rounding of a tie.
 */
import * as tf from '@tensorflow/tfjs';
import type { PointSet } from '~lib/data/spirals';
import { planOf } from '~lib/nets/spec';
import { pairIds } from '~lib/later-work/trained-nets';
import { median } from '~lib/median';
import { clampK, kSubsets, unitList, type LesionModel, type LesionOptions, type LesionResult, type LesionRole } from '~lib/later-work/lesion';
import type { MlpModel } from '../build-model';
import type { BuiltPair } from './trained-nets';

/** How far a run is: evaluations done of the total. */
export interface LesionProgress {
  done: number;
  total: number;
}

export interface LesionHooks {
  /** Checked before every evaluation; an aborted run throws an AbortError. */
  signal?: AbortSignal;
  /** After every evaluation; awaited, so a worker can let messages in. */
  onProgress?: (p: LesionProgress) => void | Promise<void>;
}

/** Test error (share of points misclassified) of `model` with the `lesioned` units deleted. */
async function testError(model: MlpModel, x: tf.Tensor2D, y: tf.Tensor1D, n: number, lesioned: ReadonlySet<number>): Promise<number> {
  const wrong = tf.tidy(() => {
    const logits = model.forward(x, { training: false, lesioned });
    return tf.sum(tf.cast(tf.notEqual(tf.argMax(logits, 1), y), 'int32'));
  });
  try {
    return (await wrong.data())[0]! / n;
  } finally {
    wrong.dispose();
  }
}

/** The number of evaluations a study of `units` units with `options` takes (both nets). */
export function lesionEvaluations(units: number, options: LesionOptions): number {
  return 2 * (1 + units + clampK(options.maxK, units) * options.draws);
}

/** Run the study on both nets of `built`; every tensor it makes is disposed, also when stopped. */
export async function runLesion(built: BuiltPair, options: LesionOptions, hooks: LesionHooks = {}): Promise<LesionResult> {
  const units = planOf(built.residual.spec).units;
  const maxK = clampK(options.maxK, units);
  const draws = Array.from({ length: maxK }, (_, i) => kSubsets(units, i + 1, options.draws, options.seed));
  const total = lesionEvaluations(units, options);
  const test: PointSet = built.data.test;
  const x = tf.tensor2d(test.x, [test.n, 2]);
  const y = tf.tensor1d(Array.from(test.y), 'int32');
  let done = 0;
  const measure = async (model: MlpModel, lesioned: number[]) => {
    if (hooks.signal?.aborted) throw new DOMException('The lesion study was stopped', 'AbortError');
    const e = await testError(model, x, y, test.n, new Set(lesioned));
    done += 1;
    await hooks.onProgress?.({ done, total });
    return e;
  };
  const ids = pairIds(built.config);
  const study = async (model: MlpModel, role: LesionRole): Promise<LesionModel> => {
    const intact = await measure(model, []);
    const single: number[] = [];
    for (const l of unitList(units)) single.push(await measure(model, [l]));
    const random = [];
    for (const [i, sets] of draws.entries()) {
      const errors: number[] = [];
      for (const set of sets) errors.push(await measure(model, set));
      random.push({ k: i + 1, errors, median: median(errors) });
    }
    return { id: ids?.[role] ?? `${role}-${built.depth}`, role, intact, single, random };
  };
  try {
    const plain = await study(built.plain, 'plain');
    const residual = await study(built.residual, 'residual');
    return { units, testPoints: test.n, options: { ...options, maxK }, plain, residual };
  } finally {
    x.dispose();
    y.dispose();
  }
}

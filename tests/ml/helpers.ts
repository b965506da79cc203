import * as tf from '@tensorflow/tfjs';
import { beforeAll } from 'vitest';
import { makeSpirals, type PointSet } from '~lib/data/spirals';
import { useBackend } from '~ml/backend';

/** The backend tests/ml run on: wasm was 2–5× faster than cpu for these nets in Node. */
export const TEST_BACKEND = 'wasm' as const;

/** Register a beforeAll that switches to the test backend and checks it started. */
export function useTestBackend(): void {
  beforeAll(async () => {
    const active = await useBackend(TEST_BACKEND);
    if (active !== TEST_BACKEND) throw new Error(`expected the ${TEST_BACKEND} backend, got ${active}`);
  });
}

/** A small spiral set for quick checks. */
export function tinySpirals(n = 24, seed = 5): PointSet {
  return makeSpirals({ n, seed, testFraction: 0 }).train;
}

/** Read a tensor produced inside tf.tidy and dispose it. */
export async function readAndDispose(t: tf.Tensor): Promise<Float32Array> {
  try {
    return (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
}

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodePair } from '~lib/later-work/trained-nets';
import { recordedLesion } from '~lib/recorded/lesion';
import { lesionEvaluations, runLesion } from '~ml/later-work/lesion';
import { buildPair } from '~ml/later-work/trained-nets';
import { useTestBackend } from './helpers';

useTestBackend();

// That deleting a unit equals running the net without it is proven in tests/ml/trained-nets.test.ts.
const recordedPair = () => {
  const decoded = decodePair(readFileSync(new URL('../../src/lib/recorded/lab-nets.json', import.meta.url), 'utf8'));
  if (!decoded.ok) throw new Error(decoded.reason);
  return buildPair(decoded.pair);
};

describe('runLesion on the recorded pair', () => {
  it('reproduces src/lib/recorded/lesion.json (whole test points, so exactly)', async () => {
    const record = recordedLesion();
    const built = recordedPair();
    try {
      const result = await runLesion(built, record.result.options);
      expect(result).toEqual(record.result);
    } finally {
      built.dispose();
    }
  });

  it('reports every evaluation, clamps k to the unit count, and leaves no tensor behind', async () => {
    const tf = await import('@tensorflow/tfjs');
    const built = recordedPair();
    try {
      const before = tf.memory().numTensors;
      const seen: number[] = [];
      const options = { draws: 1, maxK: 99, seed: 3 };
      const result = await runLesion(built, options, { onProgress: ({ done, total }) => void seen.push(done / total) });
      expect(result.options.maxK).toBe(28);
      expect(result.residual.random.map((k) => k.k)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
      expect(seen).toHaveLength(lesionEvaluations(28, options));
      expect(seen.at(-1)).toBe(1);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      built.dispose();
    }
  });

  it('stops before the next evaluation once aborted, and frees its tensors', async () => {
    const tf = await import('@tensorflow/tfjs');
    const built = recordedPair();
    try {
      const before = tf.memory().numTensors;
      const controller = new AbortController();
      let done = 0;
      const run = runLesion(
        built,
        { draws: 20, maxK: 10, seed: 1 },
        {
          signal: controller.signal,
          onProgress: (p) => {
            done = p.done;
            if (p.done === 5) controller.abort();
          },
        },
      );
      await expect(run).rejects.toThrow(/stopped/);
      expect(done).toBe(5);
      expect(tf.memory().numTensors).toBe(before);
    } finally {
      built.dispose();
    }
  });
});

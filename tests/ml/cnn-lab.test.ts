import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { cnnRecordSteps, cnnSetupKey, type CnnLabRecord } from '~lib/cnn-lab/record';
import { cnnLabShort, cnnNetwork } from '~lib/cnn-lab/setup';
import { parameterCount } from '~lib/arch/cost';
import { decodeDigits, splitDigits } from '~lib/data/digits';
import { runCnnLab } from '~ml/run-cnn-lab';
import { useTestBackend } from './helpers';

useTestBackend();

// The CNN lab (issue 16): its short comparison, re-trained here, against the committed record.
const records = JSON.parse(readFileSync(new URL('../../src/lib/recorded/cnn-lab.json', import.meta.url), 'utf8')) as Record<string, CnnLabRecord>;
const file = readFileSync(new URL('../../public/data/digits-8x8.bin', import.meta.url));
const data = splitDigits(decodeDigits(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)), cnnLabShort.split);
const STALE = 'the CNN lab recording is stale: run `npm run record -- cnn-lab-short` and commit src/lib/recorded/cnn-lab.json';

/** Equal within 1e-3 absolute (errors are fractions; the record keeps 5 significant digits). */
const near = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-3 + 1e-3 * Math.abs(b));

describe('the CNN lab’s short comparison (plain-8 against ResNet-8 on the digits)', () => {
  const committed = records['cnn-lab-short']!;

  it('is recorded for the current set-up, at the set-up’s steps, with the cost model’s parameter counts', () => {
    expect(committed.key, STALE).toBe(cnnSetupKey(cnnLabShort));
    expect(committed.steps).toEqual(cnnRecordSteps(cnnLabShort));
    expect(committed.nets.map((n) => n.id)).toEqual(cnnLabShort.nets.map((n) => n.id));
    cnnLabShort.nets.forEach((net, i) => expect(committed.nets[i]!.params).toBe(parameterCount(cnnNetwork(cnnLabShort, net))));
  });

  it('reproduces: re-training it on WASM gives the recorded errors, losses and gradient norms, and leaves no tensors', async () => {
    const before = tf.memory().numTensors;
    const fresh = await runCnnLab(cnnLabShort, data);
    expect(tf.memory().numTensors).toBe(before);
    expect(fresh.backend).toBe(committed.backend);
    for (const [i, net] of fresh.nets.entries()) {
      const run = net.runs[0]!;
      const rec = committed.nets[i]!.runs[0]!;
      for (const key of ['trainError', 'testError', 'trainLoss'] as const) {
        run[key].forEach((v, k) => expect(near(v, rec[key][k]!), `${net.id} ${key}[${k}]: ${v} vs ${rec[key][k]} (${STALE})`).toBe(true));
      }
      run.gradNorms!.forEach((norms, k) => norms.forEach((v, l) => expect(near(v, rec.gradNorms![k]![l]!), `${net.id} ‖∂E/∂x_${l}‖ at point ${k}`).toBe(true)));
      // It learned: the digits are far from chance (90 % error) after the short run.
      expect(run.testError.at(-1)!).toBeLessThan(0.2);
      // One norm per unit boundary: the stem's output and each of the 3n units'.
      expect(run.gradNorms![0]!.length).toBe(3 * cnnLabShort.nets[i]!.n + 1);
    }
  });

  it('stops when asked, and frees what it made', async () => {
    const before = tf.memory().numTensors;
    const controller = new AbortController();
    const run = runCnnLab(cnnLabShort, data, {
      signal: controller.signal,
      sliceMs: 1,
      onSlice: (t) => {
        if (t.step >= 5) controller.abort();
      },
    });
    await expect(run).rejects.toThrow(/stopped/);
    expect(tf.memory().numTensors).toBe(before);
  });
});

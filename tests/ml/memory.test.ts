import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { makeSpec, type MlpSpec } from '~lib/nets/spec';
import { createRng } from '~lib/random';
import { buildModel } from '~ml/build-model';
import { decisionGrid, evaluate } from '~ml/evaluate';
import { gradientNormsAtInit } from '~ml/gradient-norms';
import { createTrainer } from '~ml/train';
import { tinySpirals, useTestBackend } from './helpers';

useTestBackend();

const data = tinySpirals(64);

async function tensorsAcrossTraining(spec: MlpSpec, batchSize: number | null, kind: 'adam' | 'momentum' | 'sgd') {
  const baseline = tf.memory().numTensors;
  const model = buildModel(spec, createRng(1));
  const trainer = createTrainer(model, data, { optimizer: { kind, learningRate: 1e-3, momentum: 0.9 }, batchSize, rng: createRng(2) });
  await trainer.run(1); // the optimiser creates its state on the first step
  const afterFirst = tf.memory().numTensors;
  for (let i = 0; i < 10; i++) await trainer.run(5);
  const afterMany = tf.memory().numTensors;
  await evaluate(model, data);
  await decisionGrid(model, { resolution: 8 });
  const afterEval = tf.memory().numTensors;
  trainer.dispose();
  model.dispose();
  return { baseline, afterFirst, afterMany, afterEval, afterDispose: tf.memory().numTensors };
}

describe('no tensors leak', () => {
  const cases: [string, Partial<MlpSpec>, number | null, 'adam' | 'momentum' | 'sgd'][] = [
    ['plain, full batch, Adam', { shortcut: 'none', batchNorm: false }, null, 'adam'],
    ['residual with BN, minibatches, momentum', { shortcut: 'identity', batchNorm: true, zeroInitBranch: true }, 16, 'momentum'],
    ['dropout shortcut, SGD', { shortcut: 'dropout', batchNorm: true }, 16, 'sgd'],
    ['exclusive gating, full pre-activation, Adam', { shortcut: 'exclusiveGate', placement: 'fullPreact' }, null, 'adam'],
  ];
  for (const [name, o, batch, kind] of cases) {
    it(`keeps the tensor count flat across 50 steps and returns to baseline after dispose: ${name}`, async () => {
      const m = await tensorsAcrossTraining(makeSpec({ depth: 6, width: 8, ...o }), batch, kind);
      expect(m.afterMany).toBe(m.afterFirst);
      expect(m.afterEval).toBe(m.afterFirst);
      expect(m.afterDispose).toBe(m.baseline);
    });
  }

  it('leaves nothing behind after measuring gradient norms', async () => {
    const before = tf.memory().numTensors;
    await gradientNormsAtInit(makeSpec({ depth: 10, width: 8 }), data, 1);
    expect(tf.memory().numTensors).toBe(before);
  });
});

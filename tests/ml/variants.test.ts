import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { placementKeys } from '~lib/arch/placements';
import { shortcutKeys } from '~lib/arch/shortcuts';
import { makeSpec, parameterCount } from '~lib/nets/spec';
import { createRng } from '~lib/random';
import { buildModel } from '~ml/build-model';
import { evaluate } from '~ml/evaluate';
import { createTrainer } from '~ml/train';
import { tinySpirals, useTestBackend } from './helpers';

useTestBackend();

const data = tinySpirals(48);

describe('every shortcut kind and activation placement', () => {
  for (const shortcut of shortcutKeys) {
    for (const batchNorm of [true, false]) {
      it(`builds and trains the ${shortcut} shortcut under all five placements, BN ${batchNorm ? 'on' : 'off'}, without NaN`, async () => {
        for (const placement of placementKeys) {
          const spec = makeSpec({ depth: 6, width: 8, shortcut, placement, batchNorm, zeroInitBranch: true, gateBias: -2, lambda: 0.8, dropP: 0.3 });
          const model = buildModel(spec, createRng(4));
          const learned = model.trainable.reduce((s, v) => s + v.size, 0);
          expect(learned, `${shortcut}/${placement}: parameter count`).toBe(parameterCount(spec));
          const trainer = createTrainer(model, data, { optimizer: { kind: 'adam', learningRate: 1e-2 }, batchSize: 16, rng: createRng(5) });
          const before = await evaluate(model, data);
          const loss = await trainer.run(5);
          const after = await evaluate(model, data);
          expect(Number.isFinite(loss), `${shortcut}/${placement}: loss ${loss}`).toBe(true);
          expect(Number.isFinite(after.loss) && Number.isFinite(before.loss)).toBe(true);
          trainer.dispose();
          model.dispose();
        }
      });
    }
  }

  it('starts each zero-initialised unit as its shortcut, so an identity net computes head(stem(x))', async () => {
    // With every branch zero and no ops after the addition, the units pass x through unchanged.
    const deep = buildModel(makeSpec({ depth: 8, width: 8, shortcut: 'identity', placement: 'fullPreact', batchNorm: false, zeroInitBranch: true }), createRng(6));
    const shallow = buildModel(makeSpec({ depth: 2, width: 8, shortcut: 'identity', placement: 'fullPreact', batchNorm: false, zeroInitBranch: true }), createRng(6));
    const stemAndHead = (m: typeof deep) => [m.trainable[0], m.trainable[1], ...m.trainable.slice(-2)] as tf.Variable[];
    stemAndHead(shallow).forEach((v, i) => v.assign(stemAndHead(deep)[i] as tf.Variable));
    const x = tf.tensor2d(data.x, [data.n, 2]);
    const a = tf.tidy(() => deep.forward(x, { training: false }));
    const b = tf.tidy(() => shallow.forward(x, { training: false }));
    expect(Array.from(await a.data())).toEqual(Array.from(await b.data()));
    tf.dispose([a, b, x]);
    deep.dispose();
    shallow.dispose();
  });
});

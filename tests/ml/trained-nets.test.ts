import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { decodePair, encodePair, pairIds } from '~lib/later-work/trained-nets';
import { labConfigOf } from '~lib/training-lab/lab-config';
import { DEFAULT_LAB_STATE, formatLabQuery, parseLabQuery } from '~lib/training-lab/lab-state';
import type { RecordedLab } from '~lib/training-lab/lab-record';
import { evaluate } from '~ml/evaluate';
import { makeSpec } from '~lib/nets/spec';
import { createRng } from '~lib/random';
import { buildModel, type MlpModel } from '~ml/build-model';
import { buildPair, capturePair } from '~ml/later-work/trained-nets';
import { loadPair } from '~ml/later-work/load-pair';
import { readWeights, writeWeights } from '~ml/net-weights';
import { createLabSession } from '~ml/training-lab/lab-session';
import { useTestBackend } from './helpers';

useTestBackend();

const points = (n: number, seed: number) => {
  const rng = createRng(seed);
  return tf.tensor2d(
    Array.from({ length: n * 2 }, () => rng.uniform(-1, 1)),
    [n, 2],
  );
};

const logitsOf = (model: MlpModel, x: tf.Tensor2D, lesioned?: Set<number>) =>
  tf.tidy(() => model.forward(x, { training: false, ...(lesioned ? { lesioned } : {}) }).arraySync());

/** Random running statistics, so that inference-mode BN is not the identity. */
const stir = (model: MlpModel, seed: number) => {
  const rng = createRng(seed);
  const values = model.variables.map((v) => Float32Array.from({ length: v.size }, () => rng.uniform(0.5, 1.5)));
  writeWeights(model, values);
};

describe('a lesioned unit is the net without that unit', () => {
  for (const shortcut of ['identity', 'none'] as const) {
    it(`${shortcut === 'none' ? 'plain' : 'residual'}: deleting unit 2 of 5 gives the logits of the 4-unit net built from the other units' weights`, async () => {
      const spec = makeSpec({ depth: 12, width: 6, shortcut, batchNorm: true });
      const full = buildModel(spec, createRng(3));
      const short = buildModel({ ...spec, depth: 10 }, createRng(4));
      stir(full, 5);
      const x = points(9, 6);
      try {
        const w = await readWeights(full);
        // `variables` is every learned array in build order (stem, units, head), then every BN's
        // running statistics in the same order. The stem is a 2 × 6 weight and one BN (γ, β), so
        // the units' learned arrays start at the first 6 × 6 weight and their statistics after the stem BN's two.
        const perUnitLearned = full.trainable.length - short.trainable.length;
        const perUnitStats = full.variables.length - full.trainable.length - (short.variables.length - short.trainable.length);
        const firstUnit = full.trainable.findIndex((v) => v.shape.join() === '6,6');
        const stemStats = full.trainable.slice(0, firstUnit).filter((v) => v.rank === 1).length;
        const learnedStart = firstUnit + 2 * perUnitLearned;
        const statsStart = full.trainable.length + stemStats + 2 * perUnitStats;
        const dropped = (i: number) => (i >= learnedStart && i < learnedStart + perUnitLearned) || (i >= statsStart && i < statsStart + perUnitStats);
        const kept = w.filter((_, i) => !dropped(i));
        writeWeights(short, kept);
        const lesioned = logitsOf(full, x, new Set([2]));
        const without = logitsOf(short, x);
        lesioned.flat().forEach((v, i) => expect(v).toBeCloseTo(without.flat()[i]!, 5));
        expect(
          logitsOf(full, x)
            .flat()
            .some((v, i) => Math.abs(v - lesioned.flat()[i]!) > 1e-4),
        ).toBe(true);
      } finally {
        full.dispose();
        short.dispose();
        x.dispose();
      }
    });
  }
});

describe('a trained pair leaves a lab session, survives its text form and is rebuilt exactly', () => {
  it('the rebuilt nets give the session nets’ logits', async () => {
    const state = { ...DEFAULT_LAB_STATE, depth: 12, width: 6, steps: 20 };
    const config = labConfigOf(state);
    const session = createLabSession(config);
    try {
      await session.start();
      await session.advance();
      const pair = await capturePair(session, formatLabQuery(state), 'reader');
      expect(pair).not.toBeNull();
      expect(pairIds(config)).toEqual({ plain: 'plain-12', residual: 'residual-12', depth: 12 });
      const decoded = decodePair(encodePair(pair!));
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(decoded.pair.step).toBe(session.step);
      const built = buildPair(decoded.pair);
      try {
        expect(built.depth).toBe(12);
        const original = await session.weights();
        const rebuilt = await readWeights(built.residual);
        expect(rebuilt).toEqual(original.find((w) => w.modelId === 'residual-12')!.weights);
      } finally {
        built.dispose();
      }
    } finally {
      session.dispose();
    }
  });

  it('bad text is refused with a reason, and weights that do not fit the run are refused when rebuilding', async () => {
    expect(decodePair('{').ok).toBe(false);
    expect(decodePair(JSON.stringify({ format: 2 })).ok).toBe(false);
    const nan = encodePair({
      source: 'reader',
      query: '',
      step: 0,
      plain: { id: 'plain-50', weights: [new Float32Array([Number.NaN])] },
      residual: { id: 'residual-50', weights: [] },
    });
    expect(decodePair(nan)).toEqual({ ok: false, reason: 'the saved nets hold values that are not finite numbers' });
    const ids = pairIds(labConfigOf(DEFAULT_LAB_STATE))!;
    const short = decodePair(
      encodePair({
        source: 'reader',
        query: '',
        step: 0,
        plain: { id: ids.plain, weights: [new Float32Array(3)] },
        residual: { id: ids.residual, weights: [] },
      }),
    );
    if (!short.ok) throw new Error(short.reason);
    expect(() => buildPair(short.pair)).toThrow(/expected \d+ arrays, got 1/);
    const wrongIds = decodePair(
      encodePair({ source: 'reader', query: '', step: 0, plain: { id: 'plain-8', weights: [] }, residual: { id: ids.residual, weights: [] } }),
    );
    if (!wrongIds.ok) throw new Error(wrongIds.reason);
    expect(() => buildPair(wrongIds.pair)).toThrow(/do not match their run/);
  });
});

describe('the recorded pair (src/lib/recorded/lab-nets.json)', () => {
  it('is the recorded default run’s deep plain and deep residual nets: rebuilt, they give that run’s final metrics', async () => {
    const decoded = decodePair(readFileSync(new URL('../../src/lib/recorded/lab-nets.json', import.meta.url), 'utf8'));
    if (!decoded.ok) throw new Error(decoded.reason);
    const recorded = JSON.parse(readFileSync(new URL('../../src/lib/recorded/degradation-lab.json', import.meta.url), 'utf8')) as RecordedLab;
    expect(decoded.pair.source).toBe('recorded');
    expect(parseLabQuery(decoded.pair.query).state).toEqual(parseLabQuery(recorded.query).state);
    const built = buildPair(decoded.pair);
    try {
      for (const [id, model] of [
        [decoded.pair.plain.id, built.plain],
        [decoded.pair.residual.id, built.residual],
      ] as const) {
        const final = recorded.models.find((m) => m.id === id)!.final!;
        const test = await evaluate(model, built.data.test);
        expect(test.accuracy).toBeCloseTo(final.testAcc, 3);
        expect(test.loss / final.testLoss).toBeCloseTo(1, 2);
      }
    } finally {
      built.dispose();
    }
  });
});

describe('loadPair: the reader’s nets when usable, else the recorded ones, always with a sentence saying which', () => {
  it('no saved run, or a saved run that cannot be read, gives the recorded pair and the reason', async () => {
    const none = await loadPair(null);
    try {
      expect(none.pair.source).toBe('recorded');
      expect(none.note).toMatch(/^The recorded run's 56-layer plain and residual nets \(600 steps\), because you have not finished a run/);
    } finally {
      none.built.dispose();
    }
    const bad = await loadPair('{"format":1');
    try {
      expect(bad.pair.source).toBe('recorded');
      expect(bad.note).toContain('your saved run could not be read (the saved nets are not valid JSON)');
    } finally {
      bad.built.dispose();
    }
  });

  it('a usable saved run is used', async () => {
    const recorded = await loadPair(null);
    recorded.built.dispose();
    const mine = await loadPair(encodePair({ ...recorded.pair, source: 'reader', step: 600 }));
    try {
      expect(mine.pair.source).toBe('reader');
      expect(mine.note).toBe('Your own run from the training lab: its 56-layer plain and residual nets after 600 steps.');
    } finally {
      mine.built.dispose();
    }
  });
});

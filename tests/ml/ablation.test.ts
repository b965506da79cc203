import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { ablationSetups, activationAblation, shortcutAblation, type AblationSetup } from '~lib/ablation/setup';
import { seedsWhereBetter, summarise } from '~lib/ablation/summary';
import { recordedAblation } from '~lib/recorded/ablation';
import { runAblation, type AblationTick } from '~ml/run-ablation';
import { useTestBackend } from './helpers';

useTestBackend();

/** The canonical set-up reduced to the given variants and seeds (nothing else changes). */
const subset = (setup: AblationSetup, ids: string[], seeds: number[]): AblationSetup => ({
  ...setup,
  seeds,
  variants: setup.variants.filter((v) => ids.includes(v.id)),
});

describe('the recorded ablations', () => {
  it('reproduce: re-running identity, λ = 0.5 and dropout on seed 1 for the first quarter of the run gives the recorded curves there', async () => {
    // The runs are deterministic and the learning-rate drops come later, so the first quarter of
    // a run is exactly the first quarter of the recorded one: enough to show the recording is
    // what today's code trains, at a quarter of the cost of the whole run.
    const ids = ['identity', 'scale-f1', 'dropout'];
    const quarter = shortcutAblation.steps / 4;
    expect(Math.min(...(shortcutAblation.optimizer.decaySteps ?? [Infinity]))).toBeGreaterThan(quarter);
    const again = await runAblation({ ...subset(shortcutAblation, ids, [1]), steps: quarter });
    const recorded = recordedAblation('shortcuts');
    expect(again.steps).toEqual(recorded.steps.filter((s) => s <= quarter));
    for (const id of ids) {
      const want = recorded.variants.find((v) => v.id === id)!.runs.find((r) => r.seed === 1)!;
      const got = again.variants.find((v) => v.id === id)!.runs[0]!;
      got.trainLoss.forEach((l, i) => expect(Math.abs(l - want.trainLoss[i]!), `${id} step ${again.steps[i]}`).toBeLessThanOrEqual(1e-4 + 1e-3 * want.trainLoss[i]!));
    }
  });

  it('share one run: the shortcut ablation’s identity and the placement ablation’s original unit are the same net and set-up', () => {
    const [a, b] = [recordedAblation('shortcuts'), recordedAblation('activations')];
    expect(b.variants.find((v) => v.id === 'original')!.runs).toEqual(a.variants.find((v) => v.id === 'identity')!.runs);
  });
});

describe('a live ablation run in slices (as the lab’s worker runs it)', () => {
  it('takes the same steps with the same draws as a run in one go, and reports every step between recorded points, in order', async () => {
    // Dropout draws its masks from the run's stream: a slice that took another step or draw would show.
    const setup: AblationSetup = { ...subset(shortcutAblation, ['identity', 'dropout'], [1, 2]), steps: 24, recordEvery: 8 };
    const whole = await runAblation(setup);
    const ticks: AblationTick[] = [];
    const marks: number[] = [];
    // A zero budget: one step per slice, the finest slicing there is.
    const sliced = await runAblation(setup, { sliceMs: 0, onSlice: (t) => void ticks.push(t), onProgress: (p) => void marks.push(p.done) });
    expect(sliced).toEqual(whole);
    const between = Array.from({ length: 24 }, (_, i) => i).filter((s) => s % 8 !== 0);
    for (const id of ['identity', 'dropout'])
      for (const seed of [1, 2]) expect(ticks.filter((t) => t.variantId === id && t.seed === seed).map((t) => t.step)).toEqual(between);
    const shares = ticks.map((t) => t.done);
    expect(shares.every((d, i) => i === 0 || d > shares[i - 1]!)).toBe(true);
    expect(marks.at(-1)).toBe(1);
  });
});

// What the figure's note and chapters 7, 8 and 10 say about the recordings, re-derived from them.
describe('the recorded shortcut ablation, against P2 Table 1', () => {
  const record = recordedAblation('shortcuts');
  const rows = summarise(shortcutAblation, record);
  const rank = (id: string) => rows.find((r) => r.id === id)!.labRank;
  const runs = (id: string) => record.variants.find((v) => v.id === id)!.runs;
  const all = shortcutAblation.seeds;

  it('ranks P2’s two best rows first and second by median, in the opposite order, and dropout last', () => {
    expect([rank('sc-gate-6'), rank('identity'), rank('dropout')]).toEqual([1, 2, 9]);
    expect(rows.find((r) => r.id === 'identity')!.paperRank).toBe(1);
    expect(rows.find((r) => r.id === 'sc-gate-6')!.paperRank).toBe(2);
    expect(seedsWhereBetter(record, 'sc-gate-6', 'identity')).toHaveLength(2);
  });

  it('has the identity ending below λ = 0.5 with F×0.5, exclusive gating b = −6, the 1×1 projection and dropout on every seed, and below λ = 0.5 with F unscaled on two seeds of three', () => {
    for (const id of ['scale-f05', 'excl-gate-6', 'projection', 'dropout']) expect(seedsWhereBetter(record, 'identity', id), id).toEqual(all);
    expect(seedsWhereBetter(record, 'identity', 'scale-f1')).toHaveLength(2);
  });

  it('has no run diverge to NaN', () => {
    for (const r of rows) expect(r.diverged, r.id).toEqual([]);
  });

  it('trains P2’s failing λ = 0.5 (F unscaled) and exclusive gate b = 0, and λ = 0.5 with F×0.5, below 0.05 and under 10% test error on every seed', () => {
    expect(shortcutAblation.base.depth, 'the figure note and chapter 8 work out 0.5¹⁰ for 10 units').toBe(20);
    for (const id of ['scale-f1', 'excl-gate-0', 'scale-f05']) {
      for (const r of runs(id)) {
        expect(r.final.trainLoss, `${id} seed ${r.seed}`).toBeLessThan(0.05);
        expect(r.final.testAcc, `${id} seed ${r.seed}`).toBeGreaterThan(0.9);
      }
    }
  });

  it('ends dropout and exclusive gating b = −6 above every variant but the projection on every seed, with median test accuracy under 85%', () => {
    const bottom = ['dropout', 'excl-gate-6'];
    for (const low of bottom) {
      for (const other of shortcutAblation.variants.map((v) => v.id).filter((id) => ![...bottom, 'projection'].includes(id))) expect(seedsWhereBetter(record, other, low), `${other} < ${low}`).toEqual(all);
      expect(rows.find((r) => r.id === low)!.labTestAcc).toBeLessThan(0.85);
    }
  });

  it('never fits the spirals with exclusive gating b = −6 (final loss above 0.2 on every seed)', () => {
    for (const r of runs('excl-gate-6')) expect(r.final.trainLoss).toBeGreaterThan(0.2);
  });

  it('has the 1×1 projection’s loss jump up and settle at ln 2 on seed 2, and train without a jump on seeds 1 and 3', () => {
    const seed2 = runs('projection').find((x) => x.seed === 2)!;
    expect(Math.min(...seed2.trainLoss) * 2).toBeLessThan(seed2.final.trainLoss);
    expect(seed2.final.trainLoss).toBeCloseTo(Math.LN2, 2);
    for (const seed of [1, 3]) {
      const r = runs('projection').find((x) => x.seed === seed)!;
      expect(r.final.trainLoss, `seed ${seed}`).toBe(Math.min(...r.trainLoss));
      expect(r.final.trainLoss, `seed ${seed}`).toBeLessThan(0.05);
    }
  });
});

describe('the recorded placement ablation, against P2 Table 2', () => {
  const record = recordedAblation('activations');
  const rows = summarise(activationAblation, record);
  const rank = (id: string) => rows.find((r) => r.id === id)!.labRank;
  const all = activationAblation.seeds;

  it('ranks P2’s two worst rows last by median, in the opposite order, with ReLU before addition above the original unit, BN after addition and full pre-activation on every seed', () => {
    expect([rank('bn-after-add'), rank('relu-before-add')]).toEqual([4, 5]);
    expect(rows.find((r) => r.id === 'bn-after-add')!.paperRank).toBe(5);
    expect(rows.find((r) => r.id === 'relu-before-add')!.paperRank).toBe(4);
    for (const id of ['original', 'bn-after-add', 'full-preact']) expect(seedsWhereBetter(record, id, 'relu-before-add'), id).toEqual(all);
  });

  it('ranks full pre-activation, P2’s best, third by median, behind the original unit and ReLU-only pre-activation', () => {
    expect(rows.find((r) => r.id === 'full-preact')!.paperRank).toBe(1);
    expect([rank('original'), rank('relu-only-preact'), rank('full-preact')]).toEqual([1, 2, 3]);
  });

  it('has no run diverge to NaN', () => {
    for (const r of rows) expect(r.diverged, r.id).toEqual([]);
  });
});

describe('runAblation', () => {
  for (const kind of ['shortcuts', 'activations'] as const) {
    it(`trains every ${kind} variant a few steps to finite losses without leaking tensors`, async () => {
      const short: AblationSetup = { ...ablationSetups[kind], steps: 4, recordEvery: 2, seeds: [7, 8] };
      const before = tf.memory().numTensors;
      const record = await runAblation(short);
      expect(tf.memory().numTensors).toBe(before);
      expect(record.steps).toEqual([0, 2, 4]);
      for (const v of record.variants) {
        expect(v.runs.map((r) => r.seed)).toEqual([7, 8]);
        for (const r of v.runs) expect(r.trainLoss.every(Number.isFinite), `${v.id}: ${r.trainLoss}`).toBe(true);
      }
    });
  }

  it('stops training a run whose loss stops being finite, with NaN from that point and NaN finals', async () => {
    const wild: AblationSetup = { ...subset(shortcutAblation, ['scale-f1'], [1]), steps: 6, recordEvery: 2, optimizer: { kind: 'sgd', learningRate: 1e30 } };
    const before = tf.memory().numTensors;
    const run = (await runAblation(wild)).variants[0]!.runs[0]!;
    expect(tf.memory().numTensors).toBe(before);
    const first = run.trainLoss.findIndex((l) => !Number.isFinite(l));
    expect(first).toBeGreaterThan(0);
    expect(run.trainLoss.slice(first).every(Number.isNaN)).toBe(true);
    expect(Object.values(run.final).every(Number.isNaN)).toBe(true);
  });

  it('stops when its signal is aborted', async () => {
    const controller = new AbortController();
    const run = runAblation(shortcutAblation, { signal: controller.signal, onProgress: (p) => (p.step >= 20 ? controller.abort() : undefined) });
    await expect(run).rejects.toThrow(/stopped/);
  });
});

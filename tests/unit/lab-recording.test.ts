/**
 * What chapters 1, 2 and 9 say about the default lab's recorded run (seed 1) and about the sweep's
 * runs without BN, checked against the committed data, so a re-recording that changes the story
 * fails here until the text is changed with it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { firstToLastRatio, HEALTHY_BAND } from '~lib/training-lab/gradient-health';
import { rankCandidates, type LabSweep } from '~lib/training-lab/lab-sweep';
import { degradationLab } from '~lib/nets/lab';

interface Recorded {
  models: { id: string; curves: { step: number[]; trainLoss: number[]; trainAcc: number[]; testAcc: number[] }; final: { trainLoss: number; trainAcc: number; testAcc: number } }[];
  gradients: { modelId: string; step: number; norms: number[] }[];
}
const read = <T,>(name: string) => JSON.parse(readFileSync(new URL(`../../src/lib/recorded/${name}.json`, import.meta.url), 'utf8')) as T;
const run = read<Recorded>('degradation-lab');
const sweep = read<LabSweep>('lab-sweep');
const [shallowId, plainId, residualId] = degradationLab.models.map((m) => m.id);
const net = (id: string | undefined) => run.models.find((m) => m.id === id)!;
const lossAt = (id: string | undefined, step: number) => {
  const c = net(id).curves;
  return c.trainLoss[c.step.indexOf(step)]!;
};

describe('the recorded default run, as chapters 1, 2 and 9 describe it', () => {
  test('the deep plain net stays within 0.07 of ln 2 (guessing) at every recorded step up to 150', () => {
    for (let step = 10; step <= 150; step += 10) expect(Math.abs(lossAt(plainId, step) - Math.LN2), `step ${step}`).toBeLessThan(0.07);
  });

  test('it ends several hundred times (> 200×) above the shallow plain net, misclassifying a quarter of its training points', () => {
    expect(net(plainId).final.trainLoss / net(shallowId).final.trainLoss).toBeGreaterThan(200);
    expect(Math.abs(1 - net(plainId).final.trainAcc - 0.25)).toBeLessThanOrEqual(0.02);
    expect(net(shallowId).final.trainAcc).toBe(1);
  });

  test('the deep residual net ends lowest of the three', () => {
    const lowest = Math.min(...run.models.map((m) => m.final.trainLoss));
    expect(net(residualId).final.trainLoss).toBe(lowest);
  });

  test('the deep residual net’s loss starts above the shallow plain net’s and is below it at every recorded step from 20 to 100', () => {
    expect(lossAt(residualId, 0)).toBeGreaterThan(lossAt(shallowId, 0));
    for (let step = 20; step <= 100; step += 10) expect(lossAt(residualId, step), `step ${step}`).toBeLessThan(lossAt(shallowId, step));
  });

  test('the deep plain net is still far above both when the learning rate is first divided (> 100×)', () => {
    const at = degradationLab.optimizer.decaySteps![0]!;
    expect(lossAt(plainId, at) / Math.max(lossAt(shallowId, at), lossAt(residualId, at))).toBeGreaterThan(100);
  });

  test('its held-out accuracy is more than 30 points below the shallow net’s, over two thirds of that already missing on the training set, and its own gap is wider', () => {
    const [deep, shallow] = [net(plainId).final, net(shallowId).final];
    const shortfall = shallow.testAcc - deep.testAcc;
    expect(shortfall).toBeGreaterThan(0.3);
    expect((shallow.trainAcc - deep.trainAcc) / shortfall).toBeGreaterThan(2 / 3);
    expect(deep.trainAcc - deep.testAcc).toBeGreaterThan(shallow.trainAcc - shallow.testAcc);
  });

  test('at the end the deep plain net’s first-to-last gradient ratio is inside the healthy band', () => {
    const last = run.gradients.filter((g) => g.modelId === plainId).at(-1)!;
    const ratio = firstToLastRatio(last.norms);
    expect(ratio).toBeLessThanOrEqual(HEALTHY_BAND);
    expect(ratio).toBeGreaterThanOrEqual(1 / HEALTHY_BAND);
  });
});

describe('the sweep, as chapters 1 and 2 describe it', () => {
  test('with BN and the default’s shallow net, at the larger learning rate no deep depth meets all three conditions on every seed', () => {
    const lr = Math.max(...sweep.setup.learningRates);
    const shallow = degradationLab.models[0]!.spec.depth;
    const met = rankCandidates(sweep, HEALTHY_BAND).filter((r) => r.meetsAll && r.candidate.lr === lr && r.candidate.shallow === shallow);
    expect(met).toEqual([]);
  });

  test('without BN, the 56-layer plain nets end at chance with final ratios between 1e-7 and 1e-3, or exactly 0', () => {
    const rows = sweep.rows.filter((r) => !r.batchNorm && !r.residual && r.depth === 56);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(Math.abs(r.finalLoss! - Math.LN2)).toBeLessThan(0.01);
      const last = r.ratios.at(-1)!;
      expect(last === 0 || (last >= 1e-8 && last <= 2e-3), `${r.lr} seed ${r.seed}: ${last}`).toBe(true);
    }
    expect(rows.some((r) => r.ratios.at(-1) === 0)).toBe(true);
  });

  test('without BN, every residual net of 20 layers or more diverges or ends at chance', () => {
    const rows = sweep.rows.filter((r) => !r.batchNorm && r.residual && r.depth >= 20);
    for (const r of rows) expect(r.finalLoss === null || Math.abs(r.finalLoss - Math.LN2) < 0.01, `${r.lr} ${r.depth} seed ${r.seed}`).toBe(true);
  });

  test('with BN, the deep plain net’s ratio at initialisation is in the hundreds of thousands', () => {
    const rows = sweep.rows.filter((r) => r.batchNorm && !r.residual && r.depth === 56);
    for (const r of rows) expect(r.ratios[0]).toBeGreaterThan(1e5);
  });
});

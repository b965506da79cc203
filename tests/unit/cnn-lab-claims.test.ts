import { describe, expect, it } from 'vitest';
import { firstToLastRatio } from '~lib/training-lab/gradient-health';
import { cnnLab } from '~lib/cnn-lab/setup';
import { summariseCnnLab } from '~lib/cnn-lab/summary';
import { recordedCnnLab } from '~lib/recorded/cnn-lab';

// What chapters 1, 2 and 9 say about the CNN lab's recorded comparison (issue 16), checked against
// the record they describe. A re-recording that changes these facts fails here, and the prose
// must change with it.
const record = recordedCnnLab('cnn-lab');
const summary = summariseCnnLab(cnnLab, record);
const runs = (id: string) => record.nets.find((n) => n.id === id)!.runs;
const at = (id: string, step: number, key: 'trainError' | 'testError') => runs(id).map((r) => r[key][record.steps.indexOf(step)]!);
const finals = (id: string, key: 'trainError' | 'testError') => runs(id).map((r) => r[key].at(-1)!);
const row = (id: string) => summary.rows.find((r) => r.id === id)!;
const TRAIN_IMAGES = 1437;

describe('the CNN lab’s recorded comparison, as the chapters describe it', () => {
  it('is three seeds of plain and residual nets at 8, 20 and 56 layers', () => {
    expect(record.nets.map((n) => n.id)).toEqual(['plain-8', 'resnet-8', 'plain-20', 'resnet-20', 'plain-56', 'resnet-56']);
    for (const n of record.nets) expect(n.runs.map((r) => r.seed)).toEqual([1, 2, 3]);
  });

  it('chapter 1: plain-56 ends with 45–59 % training error on every seed; plain-20 misses at most 4 of 1,437 training images; ResNet-56 ends at most 1.2 %', () => {
    for (const e of finals('plain-56', 'trainError')) expect(e).toBeGreaterThanOrEqual(0.45), expect(e).toBeLessThan(0.59);
    for (const e of finals('plain-20', 'trainError')) expect(Math.round(e * TRAIN_IMAGES)).toBeLessThanOrEqual(4);
    for (const e of finals('resnet-56', 'trainError')) expect(e).toBeLessThanOrEqual(0.012);
  });

  it('chapter 1: the ResNets’ median test errors lie between 0.8 and 1.9 %, and the deepest tests worst', () => {
    const medians = ['resnet-8', 'resnet-20', 'resnet-56'].map((id) => row(id).finalTestError);
    for (const m of medians) expect(m).toBeGreaterThanOrEqual(0.008), expect(m).toBeLessThan(0.0195);
    expect(Math.max(...medians)).toBe(row('resnet-56').finalTestError);
  });

  it('chapter 2: plain-56 ends near 53 % test and 48 % training error (medians); its gradient ratio ends about a third (0.18–1.6), and starts at 2,500–3,500', () => {
    expect(row('plain-56').finalTestError).toBeCloseTo(0.53, 2);
    expect(row('plain-56').finalTrainError).toBeCloseTo(0.48, 1);
    expect(row('plain-56').finalGradientRatio).toBeGreaterThan(0.3), expect(row('plain-56').finalGradientRatio).toBeLessThan(0.37);
    for (const r of runs('plain-56')) {
      const end = firstToLastRatio(r.gradNorms!.at(-1)!);
      const start = firstToLastRatio(r.gradNorms![0]!);
      expect(end).toBeGreaterThanOrEqual(0.175), expect(end).toBeLessThan(1.65);
      expect(start).toBeGreaterThanOrEqual(2500), expect(start).toBeLessThan(3500);
    }
  });

  it('chapter 9: both 8-layer nets end with no training error; their test errors differ by at most two images per seed', () => {
    expect([...finals('plain-8', 'trainError'), ...finals('resnet-8', 'trainError')]).toEqual([0, 0, 0, 0, 0, 0]);
    const plain = finals('plain-8', 'testError');
    finals('resnet-8', 'testError').forEach((e, i) => expect(Math.round(Math.abs(e - plain[i]!) * 360)).toBeLessThanOrEqual(2));
  });

  it('chapter 9: at iteration 100 ResNet-8 is ahead by the median (0.28 % against 1.9 %) but behind on one seed; one depth up, plain-20 is at 7–22 % and ResNet-20 at 0.3–2.2 %', () => {
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[1]!;
    expect(median(at('resnet-8', 100, 'trainError'))).toBeCloseTo(0.0028, 4);
    expect(median(at('plain-8', 100, 'trainError'))).toBeCloseTo(0.019, 3);
    const behind = at('resnet-8', 100, 'trainError').filter((e, i) => e > at('plain-8', 100, 'trainError')[i]!);
    expect(behind).toHaveLength(1);
    for (const e of at('plain-20', 100, 'trainError')) expect(e).toBeGreaterThanOrEqual(0.07), expect(e).toBeLessThan(0.225);
    for (const e of at('resnet-20', 100, 'trainError')) expect(e).toBeGreaterThanOrEqual(0.0025), expect(e).toBeLessThan(0.0225);
  });
});

import { describe, expect, test } from 'vitest';
import { judgeCandidate, rankCandidates, worstDeparture, type LabSweep, type SweepRow } from '~lib/training-lab/lab-sweep';
import { sweepTable } from '~viz/training-lab/lab-sweep-table';

const row = (depth: number, residual: boolean, seed: number, finalLoss: number, ratios: number[] = [100, 2, 3, 0.5]): SweepRow => ({
  lr: 0.1,
  batchNorm: true,
  depth,
  residual,
  seed,
  finalLoss,
  finalAcc: 1,
  ratios,
});

/** Two seeds; depth 20 degrades on both, depth 14 only on seed 1. */
const sweep: LabSweep = {
  setup: { learningRates: [0.1], depths: [8, 14, 20], seeds: [1, 2], steps: 600, checkpoints: [0, 60, 300, 600] },
  rows: [
    row(8, false, 1, 0.01),
    row(8, false, 2, 0.02),
    row(8, true, 1, 0.01),
    row(8, true, 2, 0.02),
    row(14, false, 1, 0.05),
    row(14, false, 2, 0.01),
    row(14, true, 1, 0.001),
    row(14, true, 2, 0.001),
    row(20, false, 1, 0.3, [2000, 4, 0.2, 9]),
    row(20, false, 2, 0.4),
    row(20, true, 1, 0.005),
    row(20, true, 2, 0.02),
  ],
};

describe('choosing the lab default from the sweep', () => {
  test('the worst departure ignores the measurement at initialisation and counts both directions', () => {
    expect(worstDeparture([2000, 4, 0.2, 9])).toBe(9);
    expect(worstDeparture([1, 0.05])).toBe(20);
    expect(worstDeparture([1, Number.NaN])).toBe(Number.POSITIVE_INFINITY);
  });

  test('a candidate is judged per seed on all three conditions', () => {
    const seeds = judgeCandidate(sweep, { lr: 0.1, batchNorm: true, shallow: 8, deep: 14 }, 10)!;
    expect(seeds.map((s) => [s.seed, s.degrades, s.residualRecovers, s.healthy])).toEqual([
      [1, true, true, true],
      [2, false, true, true],
    ]);
    // "At or below": seed 2's residual-20 ends level with plain-8.
    expect(judgeCandidate(sweep, { lr: 0.1, batchNorm: true, shallow: 8, deep: 20 }, 10)!.every((s) => s.residualRecovers)).toBe(true);
    expect(judgeCandidate(sweep, { lr: 0.1, batchNorm: false, shallow: 8, deep: 20 }, 10)).toBeNull();
  });

  test('only candidates meeting every condition on every seed are marked, and the band matters', () => {
    const meeting = (band: number) => rankCandidates(sweep, band).filter((r) => r.meetsAll).map((r) => `${r.candidate.shallow}-${r.candidate.deep}`);
    expect(meeting(10)).toEqual(['8-20']);
    expect(meeting(5)).toEqual([]);
  });

  test('the sweep table has one row per configuration with every seed’s loss in its data attributes', () => {
    const table = sweepTable(sweep);
    expect(table.rows).toHaveLength(6);
    expect(table.rows.find((r) => r.attrs.model === 'plain-20')!.attrs['final-losses']).toBe('0.3 0.4');
  });
});

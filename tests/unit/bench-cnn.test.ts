import { describe, expect, it } from 'vitest';
import { cnnLabEstimates } from '../../src/scripts/bench/training/cnn-estimate.ts';
import { fitSamples } from '../../src/scripts/bench/training/cnn-measure.ts';
import { liveCnnSetup } from '~lib/cnn-lab/state';

const timed = (id: string, ms: number, conv = 'ours') => ({ id, conv, msPerStep: { median: ms } });

describe('the CNN bench’s arithmetic', () => {
  it('cut rounds and steps to fit a row’s budget, never below one step and never above the plan', () => {
    expect(fitSamples({ rounds: 5, steps: 5 }, 10, 10_000)).toEqual({ rounds: 5, steps: 5 });
    expect(fitSamples({ rounds: 5, steps: 5 }, 100, 1_000)).toEqual({ rounds: 2, steps: 5 });
    expect(fitSamples({ rounds: 5, steps: 5 }, 400, 1_000)).toEqual({ rounds: 1, steps: 2 });
    expect(fitSamples({ rounds: 5, steps: 5 }, 5_000, 1_000)).toEqual({ rounds: 1, steps: 1 });
  });

  it('estimate the quick and full runs from our convolution’s step times, standing in a net of the same depth, scaled by the quick run', () => {
    const quick = liveCnnSetup({ run: 'quick', steps: null });
    const full = liveCnnSetup({ run: 'full', steps: null });
    const rows = [timed('plain-8', 10), timed('plain-20', 20), timed('resnet-20', 30), timed('resnet-56', 100), timed('resnet-56', 1, 'tfjs')];
    const e = cnnLabEstimates(rows, { ms: 2 * quick.steps * (10 + 10 + 20 + 30) });
    expect(e.quickStepsMs).toBe(quick.steps * (10 + 10 + 20 + 30));
    expect(e.fullStepsMs).toBe(full.steps * (10 + 10 + 20 + 30 + 100 + 100));
    expect(e.overhead).toBe(2);
    expect(e.fullMs).toBe(2 * e.fullStepsMs!);
    expect(e.standIns).toEqual(['resnet-8 as plain-8', 'plain-56 as resnet-56']);
    expect(cnnLabEstimates(rows, null)).toMatchObject({ overhead: null, fullMs: e.fullStepsMs });
    expect(cnnLabEstimates([timed('plain-8', 10)], null)).toMatchObject({ quickStepsMs: null, fullStepsMs: null, fullMs: null });
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { HEALTHY_BAND } from '~lib/training-lab/gradient-health';
import { judgeCandidate, rankCandidates, sweepSetup, type LabSweep } from '~lib/training-lab/lab-sweep';
import { degradationClaim, degradationLab } from '~lib/nets/lab';

const sweep = JSON.parse(readFileSync(new URL('../../src/lib/recorded/lab-sweep.json', import.meta.url), 'utf8')) as LabSweep;
const [shallow, deepPlain, deepResidual] = degradationLab.models;
const candidate = {
  lr: degradationLab.optimizer.learningRate,
  batchNorm: deepPlain!.spec.batchNorm,
  shallow: shallow!.spec.depth,
  deep: deepPlain!.spec.depth,
};

describe('the default lab and the recorded sweep that chose it', () => {
  test('the default lab is in P1’s setting: BN everywhere, He init, no zero-initialised branch, SGD with momentum 0.9 and weight decay 1e-4', () => {
    for (const m of degradationLab.models) {
      expect(m.spec).toMatchObject({ batchNorm: true, init: 'he', zeroInitBranch: false, placement: 'original' });
    }
    expect(deepResidual!.spec.depth).toBe(deepPlain!.spec.depth);
    expect(degradationLab.optimizer).toMatchObject({ kind: 'momentum', momentum: 0.9, weightDecay: 1e-4, decayFactor: 0.1 });
  });

  test('the default is a point of the sweep: the same optimiser, steps, width, data and seeds', () => {
    const { learningRate, decaySteps, ...rest } = degradationLab.optimizer;
    const { learningRate: _sweepRate, ...sweepRest } = sweepSetup.optimizer;
    expect(rest).toEqual(sweepRest);
    expect(sweep.setup.learningRates).toContain(learningRate);
    expect(decaySteps).toEqual(sweepSetup.decayShares.map((s) => s * degradationLab.steps));
    expect(degradationLab.steps).toBe(sweep.setup.steps);
    expect(degradationLab.data).toEqual(sweepSetup.data);
    expect(deepPlain!.spec.width).toBe(sweepSetup.width);
    expect([...degradationClaim.seeds]).toEqual([...sweep.setup.seeds]);
  });

  test('in the recorded sweep the default meets all three conditions on every seed', () => {
    const seeds = judgeCandidate(sweep, candidate, HEALTHY_BAND);
    expect(seeds).not.toBeNull();
    for (const s of seeds!) expect({ seed: s.seed, degrades: s.degrades, residualRecovers: s.residualRecovers, healthy: s.healthy }).toEqual({ seed: s.seed, degrades: true, residualRecovers: true, healthy: true });
  });

  test('no shallower deep depth meets them at the default’s learning rate and BN setting (the smallest that does)', () => {
    const smaller = rankCandidates(sweep, HEALTHY_BAND).filter(
      (r) => r.meetsAll && r.candidate.lr === candidate.lr && r.candidate.batchNorm === candidate.batchNorm && r.candidate.shallow === candidate.shallow && r.candidate.deep < candidate.deep,
    );
    expect(smaller.map((r) => r.candidate.deep)).toEqual([]);
  });
});

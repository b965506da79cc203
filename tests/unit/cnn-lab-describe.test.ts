import { describe, expect, it } from 'vitest';
import { compareWithFig6, describeCnnDepartures, describeCnnSetup, errorPercent } from '~lib/cnn-lab/describe';
import { cnnLab, cnnLabShort } from '~lib/cnn-lab/setup';
import { syntheticSummary } from '../support/cnn-lab-synthetic';

const DEPTHS = [8, 20];
const ok = [0.02, 0.05] as const;

describe('the CNN lab in words', () => {
  it('writes error fractions as percentages, finer below 1 %', () => {
    expect(errorPercent(0.1234)).toBe('12.3%');
    expect(errorPercent(0.0035)).toBe('0.35%');
    expect(errorPercent(Number.NaN)).toBe('–');
  });

  it('states the set-up from the set-up object', () => {
    const text = describeCnnSetup(cnnLab, 'wasm');
    expect(text).toContain(`${cnnLab.widths.join('/')} channels`);
    expect(text).toContain(`of ${cnnLab.batch} images`);
    expect(text).toContain('1,437 training and 360 test images');
    expect(text).toContain(`after iterations ${cnnLab.optimizer.decaySteps?.map((s) => s.toLocaleString('en-GB')).join(' and ')}`);
    expect(text).toContain('Recorded on the wasm backend.');
    expect(describeCnnSetup(cnnLabShort, 'webgl')).toContain('one seed (1)');
    expect(describeCnnDepartures(cnnLab)).toMatch(/8×8 grey digits instead of CIFAR-10's 32×32 colour images.*no data augmentation/);
  });

  it('says degradation appears, with the medians and the seeds, when every deeper plain net ends higher', () => {
    const s = syntheticSummary(DEPTHS, {
      'plain-8': [[0.01, 0.03], [0.02, 0.04], [0.015, 0.035]],
      'plain-20': [[0.05, 0.07], [0.04, 0.06], [0.06, 0.08]],
      'resnet-8': [[0.01, 0.03], [0.012, 0.03], [0.011, 0.03]],
      'resnet-20': [[0.005, 0.02], [0.004, 0.02], [0.02, 0.03]],
    });
    const text = compareWithFig6(s).join(' ');
    expect(text).toMatch(/^As in P1 Fig\. 6 \(left\)/);
    expect(text).toContain('plain-20 ends with higher median training error than plain-8 (5.0% against 1.5%; higher on 3 of 3 seeds).');
    expect(text).toContain('ResNet-20 ends with lower median training error than ResNet-8 (0.50% against 1.1%; higher on 1 of 3 seeds).');
    expect(text).toContain('ResNet-20 ends with lower median training error than plain-20 (0.50% against 5.0%; lower on 3 of 3 seeds).');
  });

  it('says degradation does not appear when no deeper plain net ends higher', () => {
    const s = syntheticSummary(DEPTHS, { 'plain-8': [ok, ok], 'plain-20': [[0.01, 0.04], [0.01, 0.04]], 'resnet-8': [ok, ok], 'resnet-20': [ok, ok] });
    const text = compareWithFig6(s).join(' ');
    expect(text).toMatch(/^Unlike P1 Fig\. 6 \(left\).*degradation does not appear on the median at this scale\./);
    expect(text).toContain('plain-20 ends with lower median training error than plain-8 (1.0% against 2.0%; higher on 0 of 2 seeds).');
    expect(text).toContain('ResNet-20 ends with the same median training error as ResNet-8 (2.0% against 2.0%; higher on 0 of 2 seeds).');
  });

  it('says how many seeds agree when the median and the seeds disagree, and only in part across depths', () => {
    const s = syntheticSummary([8, 20, 56], {
      'plain-8': [[0.02, 0.05], [0.02, 0.05], [0.02, 0.05]],
      'plain-20': [[0.03, 0.05], [0.03, 0.05], [0.01, 0.05]],
      'plain-56': [[0.01, 0.05], [0.01, 0.05], [0.05, 0.05]],
      'resnet-8': [ok, ok, ok],
      'resnet-20': [ok, ok, ok],
      'resnet-56': [ok, ok, ok],
    });
    const text = compareWithFig6(s).join(' ');
    expect(text).toMatch(/^Only in part as in P1 Fig\. 6 \(left\).*: 1 of 2 deeper plain nets here end with higher/);
    expect(text).toContain('plain-20 ends with higher median training error than plain-8 (3.0% against 2.0%; higher on 2 of 3 seeds).');
    expect(text).toContain('plain-56 ends with lower median training error than plain-20 (1.0% against 3.0%; higher on 1 of 3 seeds).');
  });

  it('claims nothing before any net has finished, and nothing for a net without a final value', () => {
    expect(compareWithFig6(syntheticSummary(DEPTHS, {}))).toEqual(['No net has finished yet, so there is nothing to compare with P1 Fig. 6.']);
    const partial = compareWithFig6(syntheticSummary(DEPTHS, { 'plain-8': [ok], 'resnet-8': [ok] })).join(' ');
    expect(partial).toContain('The plain nets cannot be compared yet.');
    expect(partial).toContain('plain-20 against plain-8: no comparison, plain-20 has no final training error.');
    expect(partial).not.toMatch(/ends with (higher|lower)/);
  });
});

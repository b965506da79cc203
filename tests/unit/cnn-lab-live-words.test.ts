import { describe, expect, it } from 'vitest';
import { aboutTime, doneSentence, estimateSentence, guessVerdict, recordedTitle, runLabel } from '~lib/cnn-lab/live-words';
import { estimateCnnMs, partialRecord } from '~lib/cnn-lab/progress';
import { liveCnnSetup } from '~lib/cnn-lab/state';
import { summariseCnnLab } from '~lib/cnn-lab/summary';

const quick = liveCnnSetup({ run: 'quick', steps: null });
const full = liveCnnSetup({ run: 'full', steps: null });

/** A finished quick run where each net ends at the given training error. */
function finished(finals: Record<string, number>) {
  const last = quick.steps;
  const ms = quick.nets.flatMap((n) => [
    { netId: n.id, seed: quick.seeds[0]!, step: 0, trainError: 0.9, testError: 0.9, trainLoss: 2.3 },
    { netId: n.id, seed: quick.seeds[0]!, step: last, trainError: finals[n.id] ?? 0.1, testError: 0.2, trainLoss: 0.3 },
  ]);
  return summariseCnnLab(quick, partialRecord(quick, ms, 'wasm'));
}

describe('the live CNN lab’s words', () => {
  it('labels the runs by their depths', () => {
    expect(runLabel('quick', quick)).toBe('Quick (8, 20 layers)');
    expect(runLabel('full', full)).toBe('Full (8, 20, 56 layers)');
    expect(recordedTitle({ nets: full.nets, seeds: [1, 2, 3], steps: 600 })).toBe('Recorded run: 8, 20, 56 layers, 3 seeds, 600 steps');
    expect(recordedTitle({ nets: quick.nets, seeds: [1], steps: 100 })).toBe('Recorded run: 8, 20 layers, 1 seed, 100 steps');
    expect(recordedTitle(null)).toBe('Recorded run');
  });

  it('states the backend, the timed step and the estimate, and on the quick run what the full one would cost', () => {
    const s = estimateSentence({ badge: 'CPU · WASM', reason: 'no hardware GPU started here', msPerStep: 80, deepest: 'resnet-20', images: 1797, live: quick, run: 'quick', other: full, otherScale: 56 / 20 });
    expect(s).toContain(`Training on CPU · WASM (no hardware GPU started here); a step of resnet-20 takes 80 ms here, so the quick comparison (${quick.steps} steps per net) should take `);
    expect(s).toContain(aboutTime(estimateCnnMs(quick, 80, 1797)));
    expect(s).toContain(`The full comparison would take ${aboutTime(estimateCnnMs(full, 224, 1797))}: choose Run: full`);
    expect(aboutTime(3_000)).toBe('a few seconds');
    expect(aboutTime(600_000)).toBe('about 10 minutes');
    expect(aboutTime(Number.NaN)).toBe('an unknown time');
  });

  it('judges the prediction on the two deepest plain nets’ final training error', () => {
    const degraded = finished({ 'plain-20': 0.05, 'plain-8': 0.02 });
    expect(guessVerdict('deeper', quick, degraded)).toBe(' You predicted plain-20 would end higher: right. plain-20 ended at 5.0% training error, plain-8 at 2.0%.');
    expect(guessVerdict('shallower', quick, degraded)).toContain('You predicted plain-8 would end higher: not this time.');
    expect(guessVerdict(null, quick, degraded)).toBe('');
    // A net without a final number: no verdict rather than a wrong one.
    expect(guessVerdict('deeper', quick, finished({ 'plain-20': Number.NaN }))).toBe('');
  });

  it('says how the run ended, naming nets whose loss stopped being finite', () => {
    const s = doneSentence(finished({ 'resnet-20': Number.NaN }), 12_345, 'CPU · WASM');
    expect(s).toMatch(/^Done in 12\.3 s on CPU · WASM\. Final training error: plain-8 10\.0%, ResNet-8 10\.0%, plain-20 10\.0%, ResNet-20 –\./);
    expect(s).toContain('Diverged (loss not finite, not trained further): ResNet-20.');
  });
});

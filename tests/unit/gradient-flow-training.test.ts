import { describe, expect, it } from 'vitest';
import { deviationReasons, dominanceSentence, statusSentence, trainingSentence } from '~lib/gradient-flow/readout';
import { defaultGradientFlowState } from '~lib/gradient-flow/state';
import { gradientFlowOptimizer, whenPhrase, type GradientFlowMeasurement } from '~lib/gradient-flow/training';
import { degradationLab, PAPER_LEARNING_RATE } from '~lib/nets/lab';

const D = defaultGradientFlowState;
const measured = (over: Partial<GradientFlowMeasurement> = {}): GradientFlowMeasurement => ({
  norms: Array.from({ length: D.L + 1 }, (_, l) => 2 - l / D.L),
  steps: 100,
  loss: 0.69,
  divergedAt: null,
  optimizer: gradientFlowOptimizer(100),
  backend: 'wasm',
  ...over,
});

describe('how the gradient-flow figure trains before it measures', () => {
  it('uses the training lab’s optimiser at P1’s learning rate, with its learning-rate drops at the same shares of the run', () => {
    const lab = { ...degradationLab.optimizer, learningRate: PAPER_LEARNING_RATE };
    const shares = (lab.decaySteps ?? []).map((s) => s / degradationLab.steps);
    const o = gradientFlowOptimizer(100);
    expect({ ...o, decaySteps: undefined }).toEqual({ ...lab, decaySteps: undefined });
    expect(o.decaySteps ?? []).toEqual(shares.map((s) => Math.max(1, Math.round(s * 100))));
    for (const step of gradientFlowOptimizer(1).decaySteps ?? []) expect(step).toBeGreaterThanOrEqual(1);
  });

  it('names when the curve was measured', () => {
    expect(whenPhrase({ steps: 0 })).toBe('at initialisation');
    expect(whenPhrase({ steps: 1 })).toBe('after 1 training step');
    expect(whenPhrase({ steps: 100 })).toBe('after 100 training steps');
  });
});

describe('the words beside the measured curve', () => {
  it('with He-random branches after training, names the weight term of eq. (8) as the reason', () => {
    const reasons = deviationReasons(D).join(' ');
    expect(reasons).toContain('start He-random and get 100 training steps before the measurement');
    expect(reasons).toContain('weight term of eq. (8)');
    expect(deviationReasons({ ...D, kind: 'identity', steps: 0 }).join(' ')).toContain('start He-random, not at zero, so the weight term of eq. (5)');
  });

  it('with zero branches, says the curve is exactly the direct term only while nothing is trained', () => {
    expect(deviationReasons({ ...D, branch: 'zero', steps: 0 })).toEqual([expect.stringMatching(/^Every branch starts at zero, nothing is trained/)]);
    expect(deviationReasons({ ...D, branch: 'zero', steps: 50 })).toEqual([expect.stringMatching(/^The branches start at zero, but the 50 training steps before the measurement change their weights/)]);
  });

  it('mentions the ReLU after the addition when there is one', () => {
    expect(deviationReasons({ ...D, act: 'relu' }).join(' ')).toContain('ReLU after each addition');
  });

  it('says the gradient arrives through the weight layers when it is far above the direct term, and nothing when close', () => {
    const analytic = [5.6e-17, 1];
    expect(dominanceSentence(D, analytic, [5.5e-5, 1])).toBe(
      'At x_0 the measured gradient is 9.8×10¹¹ times the direct term, so nearly all of it arrives through the weight layers, not along the shortcuts.',
    );
    expect(dominanceSentence(D, [0.5, 1], [0.6, 1])).toBeNull();
    expect(dominanceSentence(D, [0.5, 1], [0.01, 1])).toMatch(/only 0\.02 of the direct term/);
    expect(dominanceSentence({ ...D, kind: 'none' }, [0, 1], [1e-3, 1])).toBeNull();
  });

  it('describes the training behind a measurement with its optimiser and loss', () => {
    expect(trainingSentence(measured({ steps: 0, loss: null, optimizer: null }))).toBe('Measured at initialisation, before any training.');
    const sentence = trainingSentence(measured());
    expect(sentence).toMatch(/^Measured after 100 training steps \(full batch; /);
    expect(sentence).toContain(', training loss 0.69.');
  });

  it('states in the status line what was measured, on which backend and where', () => {
    const place = { thread: 'worker' as const, ms: 2345, fallback: null };
    expect(statusSentence(D, measured(), place)).toBe(
      'Measured 55 gradient norms by backprop after 100 training steps on WASM, in a background worker, 2.3 s; at the first unit, 2 of the gradient at the last.',
    );
    const main = { thread: 'main' as const, ms: 900, fallback: 'The background worker was not available (x), so this ran on the main thread.' };
    expect(statusSentence(D, measured({ steps: 0, backend: 'cpu' }), main)).toBe(
      'Measured 55 gradient norms by backprop at initialisation on the cpu backend, on the main thread, 0.9 s; at the first unit, 2 of the gradient at the last. The background worker was not available (x), so this ran on the main thread.',
    );
    expect(statusSentence(D, measured({ norms: null, steps: 40, divergedAt: 40 }), place)).toMatch(/^Trained on WASM, in a background worker, 2\.3 s\. Training diverged: by step 40 /);
    const dead = measured({ norms: Array.from({ length: D.L + 1 }, () => 0) });
    expect(statusSentence(D, dead, place)).toContain('no gradient reaches the last unit (‖∂E/∂x_L‖ = 0)');
  });
});

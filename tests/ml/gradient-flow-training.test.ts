import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { gradientFlowPresets, type GradientFlowState } from '~lib/gradient-flow/state';
import { gradientFlowOptimizer } from '~lib/gradient-flow/training';
import record from '~lib/recorded/gradient-flow.json';
import { measureGradientFlow } from '~ml/gradient-flow';
import { useTestBackend } from './helpers';

useTestBackend();

const small: GradientFlowState = { ...gradientFlowPresets.scaled, L: 8, steps: 20 };

describe('the gradient-flow measurement after k training steps (wasm in Node)', () => {
  it('does not depend on how the steps are chunked, so the worker measures what the recorder records', async () => {
    const whole = await measureGradientFlow(small, { chunk: 20 });
    const seen: number[] = [];
    const chunked = await measureGradientFlow(small, { chunk: 7, onProgress: (steps) => void seen.push(steps) });
    expect(seen).toEqual([7, 14, 20]);
    expect(chunked).toEqual(whole);
    expect(whole).toMatchObject({ steps: 20, divergedAt: null, optimizer: gradientFlowOptimizer(20), backend: 'wasm' });
    expect(Number.isFinite(whole.loss)).toBe(true);
  });

  it('after 100 steps at the default, agrees with the cpu recording to 5 % at every unit', async () => {
    const committed = record.presets.scaled;
    const live = await measureGradientFlow(gradientFlowPresets.scaled);
    expect(live.steps).toBe(committed.steps);
    expect(live.norms).toHaveLength(committed.norms.length);
    live.norms?.forEach((n, l) => expect(Math.abs(n / (committed.norms[l] as number) - 1)).toBeLessThan(0.05));
  });

  it('reports training that diverges instead of a curve of NaNs', async () => {
    // λ = 1.5 over 100 units with He-random branches: the forward signal overflows within a few steps.
    const m = await measureGradientFlow({ ...gradientFlowPresets.scaled, L: 100, lambda: 1.5, steps: 20 });
    expect(m.norms).toBeNull();
    expect(m.divergedAt).not.toBeNull();
    expect(m.divergedAt).toBeLessThanOrEqual(20);
  });

  it('stops between chunks when asked to, with an AbortError', async () => {
    const controller = new AbortController();
    const run = measureGradientFlow(small, { chunk: 5, signal: controller.signal, onProgress: () => controller.abort() });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('leaves no tensors behind: the count is flat across trained, aborted and diverged measurements', async () => {
    await measureGradientFlow(small);
    const before = tf.memory().numTensors;
    for (let i = 0; i < 3; i++) await measureGradientFlow({ ...small, seed: i });
    const controller = new AbortController();
    await measureGradientFlow(small, { chunk: 5, signal: controller.signal, onProgress: () => controller.abort() }).catch(() => undefined);
    await measureGradientFlow({ ...small, L: 100, lambda: 1.5 });
    expect(tf.memory().numTensors).toBe(before);
  });
});

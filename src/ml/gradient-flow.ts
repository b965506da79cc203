/**
 * The measured half of the gradient-flow figure: build the net `specOfGradientFlow` describes from
 * the seed, train it for `state.steps` full-batch steps with the training lab's optimiser on the
 * lab's points, then measure ‖∂E/∂x_l‖. Used by the recorder (Node), the figure's worker (WASM)
 * and its main-thread fallback (cpu), so all three measure the same thing.
 */
import * as tf from '@tensorflow/tfjs';
import { gradientFlowPoints, specOfGradientFlow, type GradientFlowState } from '~lib/gradient-flow/state';
import { GRADIENT_FLOW_CHUNK, gradientFlowOptimizer, type GradientFlowMeasurement } from '~lib/gradient-flow/training';
import { useBackend } from './backend';
import { gradientNormsOf } from './gradient-norms';
import { wireNet } from './lab-net';

/** How to run a measurement. */
export interface MeasureOptions {
  /** Training steps per chunk (default {@link GRADIENT_FLOW_CHUNK}); the arithmetic does not depend on it. */
  chunk?: number;
  /** Awaited after every chunk with the steps taken so far: the caller can yield or report. */
  onProgress?: (steps: number) => void | Promise<void>;
  /** Checked after every chunk; an aborted signal ends the measurement with an AbortError. */
  signal?: AbortSignal;
}

let points: ReturnType<typeof gradientFlowPoints> | null = null;

/**
 * Keep whatever backend is already active (the worker starts WASM first); otherwise use 'cpu',
 * which needs no extra files.
 */
export async function prepareMeasurementBackend(): Promise<string> {
  const active = tf.engine().backendName as string | null | undefined;
  if (active) {
    await tf.ready();
    return tf.getBackend();
  }
  return useBackend('cpu');
}

const finite = (values: readonly number[]) => values.every(Number.isFinite);

/** Train (if `state.steps` > 0), then measure ‖∂E/∂x_l‖ in training mode (dropout masks on). */
export async function measureGradientFlow(state: GradientFlowState, options: MeasureOptions = {}): Promise<GradientFlowMeasurement> {
  const backend = await prepareMeasurementBackend();
  points ??= gradientFlowPoints();
  const optimizer = state.steps > 0 ? gradientFlowOptimizer(state.steps) : null;
  // The trainer's stream keeps the name the records were made under (it only draws dropout masks).
  const { model, trainer } = wireNet(specOfGradientFlow(state), {
    seed: state.seed,
    id: 'gradient-flow',
    stream: 'gradient-flow training',
    optimizer: optimizer ?? gradientFlowOptimizer(0), // never stepped when there is no training
    batchSize: null,
    train: points,
  });
  const outcome = (norms: number[] | null, steps: number, loss: number | null, divergedAt: number | null): GradientFlowMeasurement => ({
    norms,
    steps,
    loss,
    divergedAt,
    optimizer,
    backend,
  });
  try {
    let loss: number | null = null;
    try {
      const chunk = Math.max(1, options.chunk ?? GRADIENT_FLOW_CHUNK);
      while (optimizer && trainer.stepCount < state.steps) {
        loss = await trainer.run(Math.min(chunk, state.steps - trainer.stepCount));
        if (!Number.isFinite(loss)) return outcome(null, trainer.stepCount, loss, trainer.stepCount);
        await options.onProgress?.(trainer.stepCount);
        if (options.signal?.aborted) throw new DOMException('a newer measurement was asked for', 'AbortError');
      }
    } finally {
      trainer.dispose();
    }
    const norms = await gradientNormsOf(model, points, { maskSeed: state.seed });
    // Weights can overflow in the last step while its loss (computed before the update) was finite.
    if (!finite(norms)) return outcome(null, state.steps, loss, state.steps);
    return outcome(norms, state.steps, loss, null);
  } finally {
    model.dispose();
  }
}

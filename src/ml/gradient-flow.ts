/**
 * The measured half of the gradient-flow figure: build the net of `gradientFlowSetup(state)` from
 * the seed, train it for `state.steps` full-batch steps with the training lab's optimiser on the
 * lab's points, then measure ‖∂E/∂x_l‖. Used by the recorder (Node), the figure's worker (WASM)
 * and its main-thread fallback (cpu), so all three measure the same thing.
 */
import * as tf from '@tensorflow/tfjs';
import type { GradientFlowState } from '~lib/gradient-flow/state';
import { GRADIENT_FLOW_CHUNK, gradientFlowPoints, gradientFlowSetup, type GradientFlowMeasurement } from '~lib/gradient-flow/training';
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
  const setup = gradientFlowSetup(state);
  const optimizer = setup.steps > 0 ? setup.optimizer : null;
  // The trainer's stream keeps the name the records were made under (it only draws dropout masks);
  // with no steps it is never stepped.
  const { model, trainer } = wireNet(setup.model.spec, {
    seed: setup.seed,
    id: setup.model.id,
    stream: 'gradient-flow training',
    optimizer: setup.optimizer,
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
      while (optimizer && trainer.stepCount < setup.steps) {
        loss = await trainer.run(Math.min(chunk, setup.steps - trainer.stepCount));
        if (!Number.isFinite(loss)) return outcome(null, trainer.stepCount, loss, trainer.stepCount);
        await options.onProgress?.(trainer.stepCount);
        if (options.signal?.aborted) throw new DOMException('a newer measurement was asked for', 'AbortError');
      }
    } finally {
      trainer.dispose();
    }
    const norms = await gradientNormsOf(model, points, { maskSeed: setup.seed });
    // Weights can overflow in the last step while its loss (computed before the update) was finite.
    if (!finite(norms)) return outcome(null, setup.steps, loss, setup.steps);
    return outcome(norms, setup.steps, loss, null);
  } finally {
    model.dispose();
  }
}

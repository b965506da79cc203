/**
 * The measured half of the gradient-flow figure: ‖∂E/∂x_l‖ at initialisation for one setting, in
 * the net `specOfGradientFlow` describes, on the training lab's points. Used by the recorder (Node)
 * and by the figure's island (browser), so both measure the same thing.
 */
import * as tf from '@tensorflow/tfjs';
import { gradientFlowPoints, specOfGradientFlow, type GradientFlowState } from '~lib/gradient-flow/state';
import { useBackend } from './backend';
import { gradientNormsAtInit } from './gradient-norms';

/** Raw norms ‖∂E/∂x_l‖ for l = 0 … L, and where they were computed. */
export interface GradientFlowMeasurement {
  /** One norm per unit boundary, x_0 first. */
  norms: number[];
  /** The tfjs backend that computed them. */
  backend: string;
}

let points: ReturnType<typeof gradientFlowPoints> | null = null;

/**
 * Keep whatever backend another figure on the page already started; otherwise use 'cpu', which is
 * quick enough for these width-16 nets and needs no extra files.
 */
export async function prepareMeasurementBackend(): Promise<string> {
  const active = tf.engine().backendName as string | null | undefined;
  if (active) {
    await tf.ready();
    return tf.getBackend();
  }
  return useBackend('cpu');
}

/** ‖∂E/∂x_l‖ at init for a setting: built from its seed, training-mode forward pass (dropout masks on). */
export async function measureGradientFlow(state: GradientFlowState): Promise<GradientFlowMeasurement> {
  const backend = await prepareMeasurementBackend();
  points ??= gradientFlowPoints();
  const norms = await gradientNormsAtInit(specOfGradientFlow(state), points, state.seed, { maskSeed: state.seed });
  return { norms, backend };
}

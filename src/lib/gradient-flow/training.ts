/**
 * What the gradient-flow figure does before it measures, and what a measurement yields: a number
 * of full-batch steps with the training lab's optimiser at P1's learning rate, then ‖∂E/∂x_l‖ for l = 0 … L. The worker,
 * the main-thread fallback, the recorder and the figure's words all read these.
 */
import { makeSpirals, type PointSet } from '../data/spirals';
import { degradationLab, labData, PAPER_LEARNING_RATE, type LabModel, type OptimizerSpec, type TrainingSetup } from '../nets/lab';
import { makeSpec, type MlpSpec } from '../nets/spec';
import { afterAdditions, GRADIENT_FLOW_DROP_P, GRADIENT_FLOW_WIDTH, type GradientFlowState } from './state';

/** Training steps taken between two progress reports (and between two looks for a newer request). */
export const GRADIENT_FLOW_CHUNK = 10;

/**
 * The optimiser for `steps` training steps: the training lab's own (`degradationLab.optimizer`,
 * whatever it is today) starting at P1's learning rate ({@link PAPER_LEARNING_RATE}, as the
 * figure's presets were chosen at), with its learning-rate drops moved to the same shares of
 * `steps` as they have of the lab's run. Scaled rather than dropped, so a short run ends at the
 * small learning rate the lab ends at too; a drop that would land on step 0 goes to step 1.
 */
export function gradientFlowOptimizer(steps: number): OptimizerSpec {
  const lab = { ...degradationLab.optimizer, learningRate: PAPER_LEARNING_RATE };
  if (!lab.decaySteps?.length) return lab;
  const decaySteps = lab.decaySteps.map((s) => Math.max(1, Math.round((s / degradationLab.steps) * steps)));
  return { ...lab, decaySteps };
}

/** The lab architecture a setting stands for: the training lab's width-16 MLP without BN, L units deep. */
export function specOfGradientFlow(state: GradientFlowState): MlpSpec {
  return makeSpec({
    depth: 2 * state.L,
    width: GRADIENT_FLOW_WIDTH,
    shortcut: state.kind,
    lambda: state.lambda,
    scaleBranch: false,
    gateBias: state.bg,
    dropP: GRADIENT_FLOW_DROP_P,
    placement: afterAdditions[state.act].placement,
    batchNorm: false,
    activation: 'relu',
    init: 'he',
    zeroInitBranch: state.branch === 'zero',
  });
}

/** The points E is measured on: the training set of the training lab's default run. */
export function gradientFlowPoints(): PointSet {
  return makeSpirals(labData(degradationLab)).train;
}

/**
 * A setting as an experiment of the lab's one set-up type: the training lab's spirals (the points of
 * its default run, whatever the setting's seed), the figure's optimiser, `steps` full-batch steps,
 * and one net whose weights and dropout masks the setting's seed draws.
 */
export interface GradientFlowSetup extends TrainingSetup {
  /** Seeds the weights and the dropout masks. */
  seed: number;
  /** The one net. */
  model: LabModel;
}

/** The experiment a setting stands for. */
export function gradientFlowSetup(state: GradientFlowState): GradientFlowSetup {
  return {
    data: degradationLab.data,
    optimizer: gradientFlowOptimizer(state.steps),
    steps: state.steps,
    seed: state.seed,
    model: { id: 'gradient-flow', spec: specOfGradientFlow(state) },
  };
}

/** One measurement's outcome, as the worker sends it, the recorder stores it and the figure reads it. */
export interface GradientFlowMeasurement {
  /** ‖∂E/∂x_l‖ for l = 0 … L, x_0 first; null when training diverged. */
  norms: number[] | null;
  /** Training steps taken before measuring (fewer than asked for when training diverged). */
  steps: number;
  /** Full-batch training loss of the last step taken, or null when no step was taken. */
  loss: number | null;
  /** The step count by which the loss or a norm stopped being finite, or null. */
  divergedAt: number | null;
  /** The optimiser used, or null when no step was taken. */
  optimizer: OptimizerSpec | null;
  /** The tfjs backend that computed it. */
  backend: string;
}

/** An optimiser in a few words: "Adam, lr 0.003", "SGD with momentum 0.9, lr 0.1, weight decay 0.0001". */
export function optimizerPhrase(o: OptimizerSpec): string {
  const kind = o.kind === 'adam' ? 'Adam' : o.kind === 'momentum' ? `SGD with momentum ${o.momentum ?? 0.9}` : 'SGD';
  const drops = o.decaySteps?.length ? `, ×${o.decayFactor ?? 0.1} after steps ${o.decaySteps.join(' and ')}` : '';
  const decay = o.weightDecay ? `, weight decay ${o.weightDecay}` : '';
  return `${kind}, lr ${o.learningRate}${drops}${decay}`;
}

/** When the curve was measured: "at initialisation" or "after 100 training steps". */
export function whenPhrase(m: Pick<GradientFlowMeasurement, 'steps'>): string {
  return m.steps === 0 ? 'at initialisation' : `after ${m.steps} training step${m.steps === 1 ? '' : 's'}`;
}

/** A backend's name for readers: "WASM", "the cpu backend", "WebGL", "WebGPU". */
export function backendName(backend: string): string {
  const names: Record<string, string> = { wasm: 'WASM', cpu: 'the cpu backend', webgl: 'WebGL', webgpu: 'WebGPU' };
  return names[backend] ?? `the ${backend} backend`;
}

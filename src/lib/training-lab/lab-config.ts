/**
 * From the lab's controls to a run, and the small judgements the lab makes about a run: which
 * LabConfig a state trains, when a loss has diverged, when a run is too slow to train here, and
 * whether the reader's prediction was right (when to announce progress and how long a run has
 * left are src/lib/run-progress.ts's, shared with the ablation lab). Pure, so the island, the
 * worker, the recorder and the tests agree.
 */
import { degradationLab, type LabConfig, type LabModel } from '../nets/lab';
import type { LabState } from './lab-state';

/** The three roles of the default lab, in `degradationLab.models` order. */
export const LAB_ROLES = ['shallow plain', 'deep plain', 'deep residual'] as const;

/** Curves get about this many points whatever the run length (step 0 and the last step included). */
export const CURVE_POINTS = 60;

/** Record curves every this many steps, so that a run has about {@link CURVE_POINTS} points. */
export function recordEveryFor(steps: number): number {
  return Math.max(1, Math.round(steps / CURVE_POINTS));
}

/** The learning-rate drops of `degradationLab` as shares of its run, so they scale with the steps. */
const DECAY_SHARES = (degradationLab.optimizer.decaySteps ?? []).map((s) => s / degradationLab.steps);

const modelId = (model: LabModel, depth: number) => `${model.spec.shortcut === 'none' ? 'plain' : 'residual'}-${depth}`;

/**
 * The run a state describes: `degradationLab` with the deep nets' depth, every net's width, batch
 * norm, the residual branches' start, the optimiser, learning rate, steps and seed taken from the state. The default state gives
 * `degradationLab` itself.
 */
export function labConfigOf(state: LabState): LabConfig {
  const models = degradationLab.models.map((m, i) => {
    const depth = i === 0 ? m.spec.depth : state.depth;
    const zeroInitBranch = m.spec.shortcut !== 'none' && state.zeroInit;
    return { id: modelId(m, depth), spec: { ...m.spec, depth, width: state.width, batchNorm: state.bn, zeroInitBranch } };
  });
  const decaySteps = DECAY_SHARES.map((share) => Math.round(share * state.steps));
  const base = degradationLab.optimizer;
  return {
    ...degradationLab,
    seed: state.seed,
    models,
    optimizer: {
      ...base,
      kind: state.optimizer,
      learningRate: state.lr,
      ...(state.optimizer === 'momentum' ? { momentum: base.momentum ?? 0.9 } : {}),
      ...(decaySteps.length ? { decaySteps } : {}),
    },
    steps: state.steps,
    recordEvery: state.steps === degradationLab.steps ? degradationLab.recordEvery : recordEveryFor(state.steps),
  };
}

/** A loss counts as exploded when it exceeds this many times its starting value (and at least this). */
export const DIVERGENCE_FACTOR = 10;

/** True when a training loss is NaN/infinite or has grown past {@link DIVERGENCE_FACTOR}× its start. */
export function isDiverged(loss: number, initialLoss: number): boolean {
  if (!Number.isFinite(loss)) return true;
  const start = Number.isFinite(initialLoss) ? Math.max(1, initialLoss) : 1;
  return loss > DIVERGENCE_FACTOR * start;
}

/** What happened to a diverged net, e.g. "plain-50’s training loss became NaN at step 120". */
export function divergenceSentence(d: { modelId: string; step: number; loss: number }): string {
  const what = Number.isFinite(d.loss) ? `exploded to ${formatLoss(d.loss)}` : 'became NaN';
  return `${d.modelId}’s training loss ${what} at step ${d.step}`;
}

/** Why nets probably diverged (named by id), for the note beside the stopped chart. */
export function divergenceAdvice(state: LabState, modelIds: readonly string[]): string {
  const nets = modelIds.join(' and ') || 'these nets';
  const optimiser = state.optimizer === 'adam' ? 'Adam' : 'SGD';
  const hints = [`the learning rate (${state.lr}) is probably too high for ${optimiser} on ${nets}${state.bn ? '' : ' without batch norm'}`];
  if (!state.bn) hints.push(`without batch normalisation a deep stack amplifies any large step`);
  const tryThis = state.bn ? 'Try a smaller learning rate' : 'Try a smaller learning rate or batch norm on';
  return `Likely causes: ${hints.join('; ')}. ${tryThis}, or reset to the defaults.`;
}

/** The id with the lowest final training loss (ties: the first). */
export function lowestLoss(finals: readonly { id: string; trainLoss: number }[]): string | null {
  const ok = finals.filter((f) => Number.isFinite(f.trainLoss));
  if (ok.length === 0) return null;
  return ok.reduce((a, b) => (b.trainLoss < a.trainLoss ? b : a)).id;
}

/** The sentence that tells the reader whether their prediction was right. */
export function predictionVerdict(predicted: string, finals: readonly { id: string; trainLoss: number }[]): string {
  const best = lowestLoss(finals);
  if (best === null) return `You predicted ${predicted}; no net finished with a finite loss, so there is no winner.`;
  const loss = finals.find((f) => f.id === best)?.trainLoss ?? Number.NaN;
  const lowest = `${best} ended with the lowest training loss (${formatLoss(loss)})`;
  return predicted === best ? `You predicted ${predicted}: right, ${lowest}.` : `You predicted ${predicted}, but ${lowest}.`;
}

/** A loss with three significant digits ("0.0123"), or "diverged" when it is not finite. */
export function formatLoss(loss: number): string {
  return Number.isFinite(loss) ? String(Number(loss.toPrecision(3))) : 'diverged';
}

/** An accuracy as a whole percentage ("97 %"). */
export function formatAccuracy(acc: number): string {
  return Number.isFinite(acc) ? `${Math.round(acc * 100)} %` : '–';
}

/** Above this many seconds the lab offers the recorded run instead of training. */
export const SLOW_RUN_SECONDS = 180;

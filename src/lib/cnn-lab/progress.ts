/**
 * What the CNN lab says while it trains, and what it draws from a run that has not finished: the
 * line under its progress bar ("Training ResNet-20: step 150 of 600 (net 4 of 4), about 1 minute
 * left"), the tenth-of-run announcements for its polite live region, the time estimate before a
 * run, and `partialRecord`, the measurements so far as a record the figure can summarise.
 *
 * A step of a 56-layer net costs about seven times one of an 8-layer net, so the run's progress is
 * counted in work, steps times weighted layers (6n + 2), not in steps: the bar and the time left
 * then move evenly across nets of different depth. Pure, so the island, the worker and the tests
 * agree; the pacing and the wording of time are src/lib/run-progress.ts's.
 */
import { parameterCount } from '../arch/cost';
import { secondsLeft, shouldAnnounce, timeLeft } from '../run-progress';
import { cnnRecordSteps, cnnSetupKey, GRADIENT_IMAGES, type CnnLabRecord } from './record';
import { cnnNetwork, type CnnLabNet, type CnnLabSetup } from './setup';

/** Where a live run is, as its worker reports it: `ms` is the training time so far (pauses excluded). */
export interface CnnWhere {
  netId: string;
  seed: number;
  step: number;
  ms: number;
}

/** One measurement of one run, as the worker posts it. */
export interface CnnMeasurement {
  netId: string;
  seed: number;
  step: number;
  trainError: number;
  testError: number;
  trainLoss: number;
  /** ‖∂E/∂x_l‖ at every unit boundary (empty when the run diverged); absent from older messages. */
  gradNorms?: number[];
}

type Run = Pick<CnnLabSetup, 'nets' | 'seeds' | 'steps'>;

const depthOf = (net: CnnLabNet) => 6 * net.n + 2;

/** A net as P1 names it: "plain-20", "ResNet-20". */
export function cnnNetLabel(net: CnnLabNet): string {
  return net.residual ? `ResNet-${depthOf(net)}` : `plain-${depthOf(net)}`;
}

/** The whole run's work: every step of every seed of every net, weighted by its layers. */
export function cnnTotalWork(setup: Run): number {
  return setup.nets.reduce((sum, net) => sum + depthOf(net), 0) * setup.seeds.length * setup.steps;
}

/** Work done when the run is at `where` (nets run in order, each on every seed in order). */
export function cnnWorkDone(setup: Run, where: Pick<CnnWhere, 'netId' | 'seed' | 'step'>): number {
  const at = setup.nets.findIndex((n) => n.id === where.netId);
  if (at < 0) return 0;
  const before = setup.nets.slice(0, at).reduce((sum, net) => sum + depthOf(net), 0) * setup.seeds.length * setup.steps;
  const seedsBefore = Math.max(0, setup.seeds.indexOf(where.seed));
  return before + depthOf(setup.nets[at]!) * (seedsBefore * setup.steps + Math.min(where.step, setup.steps));
}

/** The share of the run done, 0..1, for the progress bar. */
export function cnnShareDone(setup: Run, where: Pick<CnnWhere, 'netId' | 'seed' | 'step'>): number {
  const total = cnnTotalWork(setup);
  return total > 0 ? cnnWorkDone(setup, where) / total : 0;
}

/** The seconds the rest of the run should take at its pace so far, or null before any work was timed. */
export function cnnSecondsLeft(setup: Run, where: CnnWhere): number | null {
  const done = cnnWorkDone(setup, where);
  if (done <= 0 || !(where.ms > 0)) return null;
  return secondsLeft(where.ms / done, cnnTotalWork(setup) - done);
}

/** The progress line, e.g. "Training ResNet-20: step 150 of 600 (net 4 of 4), about 1 minute left." */
export function cnnProgressLine(setup: Run, where: CnnWhere): string {
  const i = setup.nets.findIndex((n) => n.id === where.netId);
  const net = setup.nets[i];
  const seeds = setup.seeds.length;
  const seed = seeds > 1 ? `, seed ${setup.seeds.indexOf(where.seed) + 1} of ${seeds}` : '';
  const left = cnnSecondsLeft(setup, where);
  return `Training ${net ? cnnNetLabel(net) : where.netId}: step ${where.step} of ${setup.steps} (net ${i + 1} of ${setup.nets.length}${seed})${left === null ? '' : `, ${timeLeft(left)}`}.`;
}

/** Whether the live region should say the line: when the run crosses another tenth of its work (never at its end, which has its own sentence). */
export function announceCnn(setup: Run, previous: Pick<CnnWhere, 'netId' | 'seed' | 'step'> | null, where: Pick<CnnWhere, 'netId' | 'seed' | 'step'>): boolean {
  const total = cnnTotalWork(setup);
  const now = cnnWorkDone(setup, where);
  return now < total && shouldAnnounce(previous ? cnnWorkDone(setup, previous) : 0, now, total);
}

/**
 * Milliseconds a whole run should take on a backend where one SGD step of the set-up's deepest net
 * took `msPerStep`: every net's steps at its share of that (by layers), plus its measurements.
 * Each measurement is a forward pass over `images` (training and test) in inference mode, counted
 * as a third of a training step per batch (no backward pass, no update), and the gradient norms
 * on GRADIENT_IMAGES images, a forward and backward pass like a step's.
 */
export function estimateCnnMs(setup: CnnLabSetup, msPerStep: number, images: number): number {
  const deepest = Math.max(...setup.nets.map(depthOf));
  const measures = cnnRecordSteps(setup).length;
  const perMeasure = images / setup.batch / 3 + GRADIENT_IMAGES / setup.batch;
  return setup.nets.reduce((sum, net) => sum + setup.seeds.length * (msPerStep * depthOf(net)) / deepest * (setup.steps + measures * perMeasure), 0);
}

/**
 * The measurements received so far as a record of the whole set-up: every net and seed, NaN at
 * every step not measured yet, so `summariseCnnLab` and the figure can draw a run in progress.
 */
export function partialRecord(setup: CnnLabSetup, measurements: readonly CnnMeasurement[], backend: string): CnnLabRecord {
  const steps = cnnRecordSteps(setup);
  const nan = () => steps.map(() => Number.NaN);
  const nets = setup.nets.map((net) => ({
    id: net.id,
    params: parameterCount(cnnNetwork(setup, net)),
    runs: setup.seeds.map((seed) => ({ seed, trainError: nan(), testError: nan(), trainLoss: nan(), gradNorms: steps.map((): number[] => []) })),
  }));
  for (const m of measurements) {
    const run = nets.find((n) => n.id === m.netId)?.runs.find((r) => r.seed === m.seed);
    const i = steps.indexOf(m.step);
    if (!run || i < 0) continue;
    run.trainError[i] = m.trainError;
    run.testError[i] = m.testError;
    run.trainLoss[i] = m.trainLoss;
    if (m.gradNorms) run.gradNorms[i] = m.gradNorms;
  }
  return { key: cnnSetupKey(setup), backend, steps, nets };
}

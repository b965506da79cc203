/**
 * What the ablation lab says while it trains: the line under its progress bar after every slice
 * of steps ("Training identity: step 120 of 400 (variant 2 of 9, seed 1 of 3), about 2 minutes
 * left") and, at each tenth of the run, the same words in its polite live region. Pure, so the
 * island and the tests agree; the pacing and the time estimate are src/lib/run-progress.ts's.
 */
import { secondsLeft, shouldAnnounce, timeLeft } from '../run-progress';
import type { AblationSetup } from './setup';

/** Where a live run is, as its worker reports it: `done` is the share of all steps of all runs, `ms` the training time so far. */
export interface AblationWhere {
  variantId: string;
  seed: number;
  step: number;
  done: number;
  ms: number;
}

/** The run's steps: every step of every seed of every variant. */
export function totalSteps(setup: Pick<AblationSetup, 'steps' | 'seeds' | 'variants'>): number {
  return setup.steps * setup.seeds.length * setup.variants.length;
}

/** Steps of the whole run done so far (a whole number). */
export function stepsDone(setup: Pick<AblationSetup, 'steps' | 'seeds' | 'variants'>, where: Pick<AblationWhere, 'done'>): number {
  return Math.round(where.done * totalSteps(setup));
}

/** The seconds the rest of the run should take at its pace so far, or null before any step was timed. */
export function ablationSecondsLeft(setup: Pick<AblationSetup, 'steps' | 'seeds' | 'variants'>, where: Pick<AblationWhere, 'done' | 'ms'>): number | null {
  const done = stepsDone(setup, where);
  if (done <= 0 || !(where.ms > 0)) return null;
  return secondsLeft(where.ms / done, totalSteps(setup) - done);
}

/** The progress line, e.g. "Training identity: step 120 of 400 (variant 2 of 9, seed 1 of 3), about 2 minutes left." */
export function ablationProgressLine(setup: AblationSetup, where: AblationWhere): string {
  const v = setup.variants.findIndex((x) => x.id === where.variantId);
  const label = setup.variants[v]?.label ?? where.variantId;
  const seeds = setup.seeds.length;
  const seed = seeds > 1 ? `, seed ${setup.seeds.indexOf(where.seed) + 1} of ${seeds}` : '';
  const left = ablationSecondsLeft(setup, where);
  return `Training ${label}: step ${where.step} of ${setup.steps} (variant ${v + 1} of ${setup.variants.length}${seed})${left === null ? '' : `, ${timeLeft(left)}`}.`;
}

/** Whether the live region should say the line: when the run crosses another tenth of its steps (never at its end, which has its own sentence). */
export function announceAblation(setup: Pick<AblationSetup, 'steps' | 'seeds' | 'variants'>, previous: Pick<AblationWhere, 'done'>, where: Pick<AblationWhere, 'done'>): boolean {
  const total = totalSteps(setup);
  const now = stepsDone(setup, where);
  return now < total && shouldAnnounce(stepsDone(setup, previous), now, total);
}

/**
 * The live CNN lab's sentences: which backend it found and what a run will cost there, how a
 * finished run came out, and whether the reader's prediction held. Pure, so the island and the
 * tests agree on the words.
 */
import { timeLeft } from '../run-progress';
import { formatMs } from '../training-lab/lab-backends';
import { errorPercent } from './describe';
import { estimateCnnMs } from './progress';
import type { CnnLabSetup } from './setup';
import { guessPair, type CnnGuess, type CnnRun } from './state';
import type { CnnLabSummary } from './summary';

/** "about 3 minutes", "a few seconds": run-progress's words for time, without "left". */
export function aboutTime(ms: number): string {
  const words = timeLeft(ms / 1000);
  return words.endsWith(' left') ? words.slice(0, -' left'.length) : 'an unknown time';
}

/** A set-up's depths, shallowest first: "8, 20, 56 layers". */
export function depthList(setup: Pick<CnnLabSetup, 'nets'>): string {
  return `${[...new Set(setup.nets.map((n) => 6 * n.n + 2))].sort((a, b) => a - b).join(', ')} layers`;
}

/** The two runs a reader can choose, in a few words for the select (the steps are said with the estimate). */
export function runLabel(run: CnnRun, setup: Pick<CnnLabSetup, 'nets'>): string {
  return `${run === 'quick' ? 'Quick' : 'Full'} (${depthList(setup)})`;
}

/** The recorded run's title above its chart once a live chart is drawn: "Recorded run: 8, 20, 56 layers, 3 seeds, 600 steps". */
export function recordedTitle(setup: Pick<CnnLabSetup, 'nets' | 'seeds' | 'steps'> | null): string {
  if (!setup) return 'Recorded run';
  const seeds = setup.seeds.length;
  return `Recorded run: ${depthList(setup)}, ${seeds} seed${seeds === 1 ? '' : 's'}, ${setup.steps} steps`;
}

/**
 * Before training, once a step has been timed: the backend, why, and the estimate for this run,
 * plus the other run's when the reader might want it ("the full comparison would take about …").
 */
export function estimateSentence(opts: {
  badge: string;
  reason: string;
  msPerStep: number;
  deepest: string;
  images: number;
  live: CnnLabSetup;
  run: CnnRun;
  other: CnnLabSetup | null;
  /** Scale from the live run's deepest net's step to the other run's deepest (by layers). */
  otherScale: number;
}): string {
  const { badge, reason, msPerStep, deepest, images, live, run, other, otherScale } = opts;
  const est = estimateCnnMs(live, msPerStep, images);
  const head = `Training on ${badge} (${reason}); a step of ${deepest} takes ${formatMs(msPerStep)} here, so the ${run} comparison (${live.steps} steps per net) should take ${aboutTime(est)}.`;
  if (!other) return head;
  const otherMs = estimateCnnMs(other, msPerStep * otherScale, images);
  return run === 'quick'
    ? `${head} The full comparison would take ${aboutTime(otherMs)}: choose Run: full to train it anyway; the recorded run stays drawn below.`
    : `${head} The quick one would take ${aboutTime(otherMs)}.`;
}

/** The verdict on the reader's prediction, or '' without one (or when a net has no final number). */
export function guessVerdict(guess: CnnGuess | null, setup: Pick<CnnLabSetup, 'nets'>, summary: CnnLabSummary): string {
  const pair = guessPair(setup);
  if (!guess || !pair) return '';
  const row = (id: string) => summary.rows.find((r) => r.id === id);
  const deep = row(pair.deeper);
  const shallow = row(pair.shallower);
  if (!deep || !shallow || !Number.isFinite(deep.finalTrainError) || !Number.isFinite(shallow.finalTrainError)) return '';
  const higher = deep.finalTrainError > shallow.finalTrainError ? 'deeper' : deep.finalTrainError < shallow.finalTrainError ? 'shallower' : null;
  const named = guess === 'deeper' ? deep.label : shallow.label;
  const facts = `${deep.label} ended at ${errorPercent(deep.finalTrainError)} training error, ${shallow.label} at ${errorPercent(shallow.finalTrainError)}`;
  if (higher === null) return ` You predicted ${named} would end higher; they tied: ${facts}.`;
  return ` You predicted ${named} would end higher: ${higher === guess ? 'right' : 'not this time'}. ${facts}.`;
}

/** How a finished run came out: time, backend, final errors per net, nets whose loss stopped being finite. */
export function doneSentence(summary: CnnLabSummary, ms: number, badge: string): string {
  const finals = summary.rows.map((r) => `${r.label} ${errorPercent(r.finalTrainError)}`).join(', ');
  const diverged = summary.rows.filter((r) => !Number.isFinite(r.finalTrainError)).map((r) => r.label);
  return (
    `Done in ${(ms / 1000).toFixed(1)} s on ${badge}. Final training error: ${finals}.` +
    (diverged.length ? ` Diverged (loss not finite, not trained further): ${diverged.join(', ')}.` : '')
  );
}

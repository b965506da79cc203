/**
 * How a live training run (the training lab's, the ablation lab's) paces itself and reports its
 * progress: the slice of work between two chances to pause, when a polite live region may speak,
 * and how long the rest of the run should take. Pure, so the islands, the workers and the tests agree.
 */

/**
 * A worker trains for about this long (at least one step) before it looks at its messages again,
 * so Pause, Reset and Stop take effect within a slice, or within one step when a step takes longer.
 */
export const SLICE_MS = 150;

/** Announce progress when a run crosses another tenth of its steps, and at its end. */
export function shouldAnnounce(previousStep: number, step: number, total: number): boolean {
  if (total <= 0) return false;
  if (step >= total) return previousStep < total;
  return Math.floor((10 * step) / total) > Math.floor((10 * previousStep) / total);
}

/** Estimated seconds for the steps still to run, from the measured wall time of one step of the whole run (all its nets). */
export function secondsLeft(msPerRunStep: number, stepsLeft: number): number {
  return (msPerRunStep * stepsLeft) / 1000;
}

/** The estimate shown when a run would be slow, e.g. "… about 4 more minutes (45 ms per step on CPU · JS)." */
export function slowRunSentence(seconds: number, msPerStep: number, nets: number, badge: string): string {
  const ms = `${Number(msPerStep.toPrecision(2))} ms`;
  return `Training all ${nets} nets here would take about ${Math.round(seconds / 60)} more minutes (${ms} per step on ${badge}).`;
}

/** The time left in a few words: "a few seconds left", "about 40 s left", "about 3 minutes left". */
export function timeLeft(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return 'time left unknown';
  if (seconds < 10) return 'a few seconds left';
  if (seconds < 90) return `about ${Math.round(seconds / 10) * 10} s left`;
  return `about ${Math.round(seconds / 60)} minutes left`;
}

/** The steps at which a lab run measures: 0, every `recordEvery` (at least 1), and the last. */
export function recordSteps(setup: { steps: number; recordEvery: number }): number[] {
  const every = Math.max(1, Math.floor(setup.recordEvery));
  const out: number[] = [];
  for (let s = 0; s < setup.steps; s += every) out.push(s);
  out.push(setup.steps);
  return out;
}

/**
 * What the lab's controls show in each phase of a run: which buttons are live and what they say,
 * the progress bar and its words, the one-line loss summary and the verdict on the reader's
 * prediction. The runner (lab-runner.ts) decides the phase; this file only shows it.
 */
import { formatLoss, predictionVerdict } from '~lib/training-lab/lab-config';
import type { LabSnapshot } from '~lib/training-lab/lab-record';
import type { LabControls } from './lab-controls';

/** Where a lab is in its life; mirrored on the figure as `data-lab-state` for tests and styles. */
export type Phase = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'diverged' | 'failed' | 'replaying' | 'replayed';

/** Sets the figure's `data-lab-state` and the buttons a phase allows. */
export function showPhase(figure: HTMLElement, c: LabControls, phase: Phase, canReplay: boolean): void {
  figure.dataset.labState = phase;
  const live = phase === 'running' || phase === 'loading';
  c.train.textContent = phase === 'running' ? 'Pause' : phase === 'paused' ? 'Resume' : 'Train';
  c.train.disabled = phase === 'loading' || phase === 'replaying';
  c.step.disabled = live || phase === 'replaying' || phase === 'done' || phase === 'diverged';
  c.replay.disabled = live || phase === 'replaying' || !canReplay;
  c.predict.disabled = phase !== 'idle';
}

/** The progress bar and its words: "Not started" or "Step 120 of 400". */
export function showProgress(c: LabControls, step: number | null, steps: number): void {
  c.progress.value = step === null || !steps ? 0 : step / steps;
  c.progressText.textContent = step === null ? 'Not started' : `Step ${step} of ${steps}`;
}

/** Each net's last training loss in one line: "plain-8 0.0009, plain-56 0.52". */
export function lossSummary(s: LabSnapshot): string {
  return s.models.map((m) => `${m.id} ${formatLoss(m.curves.trainLoss.at(-1) ?? Number.NaN)}`).join(', ');
}

/** The verdict on the reader's prediction (hidden when they made none). */
export function showVerdict(c: LabControls, predicted: string | null, finals: { id: string; trainLoss: number }[]): void {
  c.verdict.hidden = predicted === null;
  c.verdict.textContent = predicted === null ? '' : predictionVerdict(predicted, finals);
}

/**
 * The lab's visible notes for the three things that can go wrong with a run: it cannot start, it
 * would be too slow here, or it diverged. Each says what happened, why, and what the reader can
 * do next (a button).
 */
import { divergenceAdvice, divergenceSentence } from '~lib/training-lab/lab-config';
import type { LabState } from '~lib/training-lab/lab-state';
import { noteButton, showNote, type LabControls } from './lab-controls';

/** Training could not run; offer the recorded run when there is one for these settings. */
export function noteFailure(c: LabControls, message: string, replay: (() => void) | null): void {
  const extra = replay ? 'You can replay the run recorded with the same settings instead.' : 'The charts show the recorded run of the default settings.';
  showNote(c, [message, extra], replay ? [noteButton('Replay the recorded run', replay)] : []);
}

/** The run would take long here: offer the recording (when there is one) or keep training. */
export function noteSlowRun(c: LabControls, estimate: string, replay: (() => void) | null, keepTraining: () => void): void {
  if (!replay) return showNote(c, [estimate]);
  showNote(c, [estimate, 'You can replay the run recorded with these settings instead, or keep training.'], [
    noteButton('Replay the recorded run', replay),
    noteButton('Keep training', () => {
      showNote(c, []);
      keepTraining();
    }),
  ]);
}

/** Losses exploded: which nets and where, the likely causes, and a way back to settings that train. */
export function noteDivergence(
  c: LabControls,
  diverged: readonly { modelId: string; step: number; loss: number }[],
  state: LabState,
  resetToDefaults: () => void,
  allStopped: boolean,
): string {
  const what = diverged.map(divergenceSentence).join('; ');
  const others = allStopped ? 'every net stopped there' : 'that net stopped there and the others trained to the end';
  const reset = noteButton('Reset to the default settings', resetToDefaults);
  showNote(c, [`${what}, so ${others} (marked ✕ on the loss chart).`, divergenceAdvice(state, diverged.map((d) => d.modelId))], [reset]);
  return what;
}

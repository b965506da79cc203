/**
 * The training lab's caption for each chapter focus, and a one-sentence summary of a recorded run
 * written from its numbers (never typed), so the words always match the committed recording.
 */
import { formatLoss } from '~lib/training-lab/lab-config';
import { degradationClaim } from '~lib/nets/lab';
import type { LabSnapshot } from '~lib/training-lab/lab-record';
import type { LabFocus } from './lab-view';

/**
 * E.g. "after 600 steps, plain-50 ended at training loss 0.118, above plain-8 (0.000182);
 * residual-50 ended at 0.000295, level with plain-8 (within 0.01)." Differences within the
 * degradation claim's margin are called level, as the claim's test does.
 */
export function recordedSummary(snapshot: LabSnapshot): string {
  const [shallow, deepPlain, deepResidual] = snapshot.models;
  if (!shallow || !deepPlain || !deepResidual) return '';
  const loss = (m: typeof shallow) => m.final?.trainLoss ?? Number.NaN;
  const margin = degradationClaim.margin;
  const rel = (m: typeof shallow) => {
    const d = loss(m) - loss(shallow);
    if (Math.abs(d) <= margin) return `level with ${shallow.id} (within ${margin})`;
    return `${d > 0 ? 'above' : 'below'} ${shallow.id} (${formatLoss(loss(shallow))})`;
  };
  return (
    `after ${snapshot.step} steps, ${deepPlain.id} ended at training loss ${formatLoss(loss(deepPlain))}, ${rel(deepPlain)}; ` +
    `${deepResidual.id} ended at ${formatLoss(loss(deepResidual))}, ${rel(deepResidual)}.`
  );
}

/** The caption for a chapter's focus; the net names come from the run. */
export function labCaption(focus: LabFocus, snapshot: LabSnapshot): string {
  const [shallow, deepPlain, deepResidual] = snapshot.models.map((m) => m.id);
  const nets = `a shallow plain net (${shallow}), a deep plain net (${deepPlain}) and a deep residual net (${deepResidual}) of the same width, trained side by side on the same two spirals with the same seed and optimiser`;
  switch (focus) {
    case 'degradation':
      return `Training lab: ${nets}. Read the training loss: a deep plain net that ends above the shallow one is degradation at toy scale, and the residual net shows what the shortcuts change.`;
    case 'train-vs-test':
      return `Training lab: ${nets}. Read each net’s training and test accuracy together: a net that is poor on both has failed to optimise; a gap between them would point to overfitting.`;
    case 'early-convergence':
      return `Training lab: ${nets}. Read the first quarter of the run: how quickly each net’s training loss starts to fall, and whether the slow starters catch up later.`;
  }
}

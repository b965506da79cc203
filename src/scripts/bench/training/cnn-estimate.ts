/**
 * Whole-lab times from per-net step times (issue 16): the live quick comparison (8 and 20 layers)
 * and the full one (8, 20 and 56 layers), one seed each as the live lab runs them, counted as
 * steps × ms/step with our convolution (the one the lab trains with). Where the quick run was
 * also timed end to end, its wall time ÷ its step sum is what measuring errors and gradients adds,
 * and the full estimate is scaled by it. Pure.
 */
import { liveCnnSetup } from '~lib/cnn-lab/state';
import type { CnnLabSetup } from '~lib/cnn-lab/setup';

/** The nets the bench times: both 8- and 20-layer plain nets, the middle and the deepest ResNet. */
export const CNN_TIMED_NETS = ['plain-8', 'plain-20', 'resnet-20', 'resnet-56'] as const;

/** What the estimates need of a timing row and of a quick run. */
interface Timed {
  id: string;
  conv: string;
  msPerStep?: { median: number };
}

export interface CnnLabEstimates {
  /** Σ steps × ms/step over the quick run's nets. */
  quickStepsMs: number | null;
  /** Σ steps × ms/step over all six nets (the full run). */
  fullStepsMs: number | null;
  /** The quick run's wall time ÷ its step sum, where it ran. */
  overhead: number | null;
  /** The full run: its step sum × the overhead (or the step sum alone where the quick run did not run). */
  fullMs: number | null;
  /** Nets not timed, counted at the step time of the net of the same depth: "resnet-8 as plain-8". */
  standIns: string[];
}

const depth = (id: string) => id.replace(/^\D+/, '');

/** Σ steps × ms/step of a set-up's nets, or null when a net has no timing of its depth. */
function stepSum(setup: CnnLabSetup, rows: readonly Timed[], standIns: Set<string>): number | null {
  let sum = 0;
  for (const net of setup.nets) {
    const ours = rows.filter((r) => r.conv === 'ours' && r.msPerStep);
    const own = ours.find((r) => r.id === net.id);
    const same = own ?? ours.find((r) => depth(r.id) === depth(net.id));
    if (!same) return null;
    if (!own) standIns.add(`${net.id} as ${same.id}`);
    sum += same.msPerStep!.median * setup.steps * setup.seeds.length;
  }
  return sum;
}

/** The quick and full comparisons' times from `rows`, calibrated by `quick` when it ran. */
export function cnnLabEstimates(rows: readonly Timed[], quick: { ms: number } | null): CnnLabEstimates {
  const standIns = new Set<string>();
  const quickStepsMs = stepSum(liveCnnSetup({ run: 'quick', steps: null }), rows, standIns);
  const fullStepsMs = stepSum(liveCnnSetup({ run: 'full', steps: null }), rows, standIns);
  const overhead = quick && quickStepsMs ? quick.ms / quickStepsMs : null;
  return {
    quickStepsMs,
    fullStepsMs,
    overhead,
    fullMs: fullStepsMs === null ? null : fullStepsMs * (overhead ?? 1),
    standIns: [...standIns],
  };
}

/**
 * The sweep that chose the training lab's default (`npm run sweep`, src/scripts/sweep-lab.ts):
 * its set-up as data, the shape of its rows, and the rule that picks a default from them.
 */
import type { OptimizerSpec } from '../nets/lab';
import { degradationLab } from '../nets/lab';
import { defaultSpec } from '../nets/spec';

/** What the sweep trains: one net per depth, kind, BN setting and seed. */
export const sweepSetup = {
  /** Hidden weight layers of every net swept (plain and residual alike). */
  depths: [8, 14, 20, 32, 44, 56],
  /** Every seed of every configuration. */
  seeds: [1, 2, 3],
  /** Units per hidden layer: the lab nets' default. */
  width: defaultSpec.width,
  /** Full-batch steps per net. */
  steps: 600,
  /** The spirals of the lab. */
  data: degradationLab.data,
  /** P1 §3.4's optimiser: SGD, momentum 0.9, weight decay 1e-4, ÷10 twice (learning rate swept). */
  optimizer: { kind: 'momentum', learningRate: 0.1, momentum: 0.9, weightDecay: 1e-4, decayFactor: 0.1 } as OptimizerSpec,
  /** Starting learning rates swept: P1's 0.1, and 0.03. */
  learningRates: [0.03, 0.1],
  /** Where the two ÷10 drops fall, as shares of the run. */
  decayShares: [0.5, 0.75],
  /** Where the gradient-norm ratio is measured, as shares of the run (0 = at initialisation). */
  checkpointShares: [0, 0.1, 0.5, 1],
} as const;

/** One trained net of the sweep. */
export interface SweepRow {
  /** Starting learning rate. */
  lr: number;
  /** Hidden weight layers. */
  depth: number;
  residual: boolean;
  batchNorm: boolean;
  seed: number;
  /** Cross-entropy on the training set after the last step, in inference mode. */
  finalLoss: number;
  /** Training accuracy after the last step. */
  finalAcc: number;
  /** ‖∂E/∂x₀‖ / ‖∂E/∂x_L‖ at each checkpoint of `checkpointShares`. */
  ratios: number[];
}

/** The sweep as committed: its set-up (with the checkpoint steps) and its rows. */
export interface LabSweep {
  setup: { learningRates: readonly number[]; depths: readonly number[]; seeds: readonly number[]; steps: number; checkpoints: readonly number[] };
  rows: SweepRow[];
}

/** One candidate default: a learning rate, BN on or off, a shallow and a deep depth. */
export interface SweepCandidate {
  lr: number;
  batchNorm: boolean;
  shallow: number;
  deep: number;
}

/** What a candidate shows on one seed, against the three conditions of the lab's claim. */
export interface SeedVerdict {
  seed: number;
  /** Final training losses of shallow plain, deep plain and deep residual. */
  losses: { shallowPlain: number; deepPlain: number; deepResidual: number };
  /** The deep plain net ends above the shallow plain one (degradation). */
  degrades: boolean;
  /** The deep residual net ends at or below the shallow plain one. */
  residualRecovers: boolean;
  /** The deep plain net's largest departure from ratio 1 after initialisation (max of r and 1/r). */
  worstRatio: number;
  /** That departure is within the band. */
  healthy: boolean;
}

/** Rows of one configuration, by seed. */
function rowOf(rows: readonly SweepRow[], c: { lr: number; batchNorm: boolean }, depth: number, residual: boolean, seed: number): SweepRow | undefined {
  return rows.find((r) => r.lr === c.lr && r.batchNorm === c.batchNorm && r.depth === depth && r.residual === residual && r.seed === seed);
}

/** max(r, 1/r) over the measurements after initialisation (NaN counts as infinitely far). */
export function worstDeparture(ratios: readonly number[]): number {
  const after = ratios.slice(1);
  if (after.length === 0) return Number.NaN;
  return Math.max(...after.map((r) => (Number.isFinite(r) && r > 0 ? Math.max(r, 1 / r) : Number.POSITIVE_INFINITY)));
}

/** The candidate judged on every seed of the sweep (null where a row is missing). */
export function judgeCandidate(sweep: LabSweep, c: SweepCandidate, band: number): SeedVerdict[] | null {
  const out: SeedVerdict[] = [];
  for (const seed of sweep.setup.seeds) {
    const shallowPlain = rowOf(sweep.rows, c, c.shallow, false, seed);
    const deepPlain = rowOf(sweep.rows, c, c.deep, false, seed);
    const deepResidual = rowOf(sweep.rows, c, c.deep, true, seed);
    if (!shallowPlain || !deepPlain || !deepResidual) return null;
    const worst = worstDeparture(deepPlain.ratios);
    out.push({
      seed,
      losses: { shallowPlain: shallowPlain.finalLoss, deepPlain: deepPlain.finalLoss, deepResidual: deepResidual.finalLoss },
      degrades: deepPlain.finalLoss > shallowPlain.finalLoss,
      residualRecovers: deepResidual.finalLoss <= shallowPlain.finalLoss,
      worstRatio: worst,
      healthy: worst <= band,
    });
  }
  return out;
}

/** A candidate judged on every seed, and whether it meets all three conditions on each. */
export interface JudgedCandidate {
  candidate: SweepCandidate;
  seeds: SeedVerdict[];
  meetsAll: boolean;
}

/** Every pair of swept depths (shallow < deep) at every learning rate and BN setting, judged, in sweep order. */
export function rankCandidates(sweep: LabSweep, band: number): JudgedCandidate[] {
  const out: JudgedCandidate[] = [];
  for (const lr of sweep.setup.learningRates) {
    for (const batchNorm of [true, false]) {
      for (const shallow of sweep.setup.depths) {
        for (const deep of sweep.setup.depths.filter((d) => d > shallow)) {
          const candidate = { lr, batchNorm, shallow, deep };
          const seeds = judgeCandidate(sweep, candidate, band);
          if (seeds) out.push({ candidate, seeds, meetsAll: seeds.every((s) => s.degrades && s.residualRecovers && s.healthy) });
        }
      }
    }
  }
  return out;
}

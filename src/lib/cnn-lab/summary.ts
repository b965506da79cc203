/**
 * From a CNN lab record to what the figure shows: per net, the median over seeds of its training
 * and test error at every measured step, its final errors, and P1 Table 6's CIFAR-10 numbers
 * beside the nets the table lists (ResNet-20 and ResNet-56; plain nets appear only in P1 Fig. 6).
 */
import { median } from '../median';
import { P1_TABLE_6 } from '../papers';
import { tableNumber } from '../papers/lookup';
import { firstToLastRatio } from '../training-lab/gradient-health';
import type { CnnLabRecord } from './record';
import type { CnnLabSetup } from './setup';

/** One net of the figure and its table. */
export interface CnnLabRow {
  id: string;
  /** As P1 names it: "plain-20", "ResNet-20". */
  label: string;
  depth: number;
  residual: boolean;
  params: number;
  /** Median over the seeds at every measured step (NaN once most seeds diverged). */
  trainError: number[];
  testError: number[];
  /** Median over the seeds after the last step. */
  finalTrainError: number;
  finalTestError: number;
  /** Each seed's final errors, in seed order (the spread the medians hide). */
  seedFinals: { seed: number; trainError: number; testError: number }[];
  /**
   * Median over the seeds of ‖∂E/∂x_0‖ / ‖∂E/∂x_L‖ after the last step (first unit boundary over
   * last: P1 Sec. 4.1's check that the gradient reaches the early layers), NaN when not measured.
   */
  finalGradientRatio: number;
  /**
   * ‖∂E/∂x_l‖ at every unit boundary l = 0 … L at the last measured point, the median over the
   * seeds boundary by boundary (empty when no seed measured it).
   */
  finalGradNorms: number[];
  /** P1 Table 6's CIFAR-10 test error (%) and parameter count (millions) for this depth, when listed. */
  paper: { testError: number; paramsM: number } | null;
}

/** The figure's data: the measured steps and one row per net, in the set-up's order. */
export interface CnnLabSummary {
  steps: number[];
  seeds: number;
  backend: string;
  rows: CnnLabRow[];
}

const T6 = 'p1-table-6';

function paperRow(depth: number, residual: boolean): CnnLabRow['paper'] {
  const key = `resnet-${depth}`;
  if (!residual || !P1_TABLE_6.rows.some((r) => r.key === key)) return null;
  return {
    testError: tableNumber(T6, key, 'error'),
    paramsM: tableNumber(T6, key, 'params'),
  };
}

/** The last measurement of a run's gradient norms (a live run's last point may not be its final step). */
const lastNorms = (all: readonly number[][] | undefined): number[] => [...(all ?? [])].reverse().find((n) => n.length > 0) ?? [];

/** Boundary by boundary, the median over the runs that measured that many boundaries. */
function medianNorms(runs: readonly number[][]): number[] {
  const measured = runs.filter((n) => n.length > 0);
  const length = measured[0]?.length ?? 0;
  return Array.from({ length }, (_, l) => median(measured.map((n) => n[l] ?? Number.NaN)));
}

export function summariseCnnLab(setup: Pick<CnnLabSetup, 'nets'>, record: CnnLabRecord): CnnLabSummary {
  const rows = setup.nets.map((net): CnnLabRow => {
    const rec = record.nets.find((r) => r.id === net.id);
    if (!rec) throw new Error(`the CNN lab record has no run of ${net.id}`);
    const depth = 6 * net.n + 2;
    const at = (pick: 'trainError' | 'testError') => record.steps.map((_, i) => median(rec.runs.map((r) => r[pick][i] ?? Number.NaN)));
    const seedFinals = rec.runs.map((r) => ({
      seed: r.seed,
      trainError: r.trainError.at(-1) ?? Number.NaN,
      testError: r.testError.at(-1) ?? Number.NaN,
    }));
    return {
      id: net.id,
      label: net.residual ? `ResNet-${depth}` : `plain-${depth}`,
      depth,
      residual: net.residual,
      params: rec.params,
      trainError: at('trainError'),
      testError: at('testError'),
      finalTrainError: median(seedFinals.map((s) => s.trainError)),
      finalTestError: median(seedFinals.map((s) => s.testError)),
      seedFinals,
      finalGradientRatio: median(rec.runs.map((r) => firstToLastRatio(lastNorms(r.gradNorms)))),
      finalGradNorms: medianNorms(rec.runs.map((r) => lastNorms(r.gradNorms))),
      paper: paperRow(depth, net.residual),
    };
  });
  return {
    steps: record.steps,
    seeds: record.nets[0]?.runs.length ?? 0,
    backend: record.backend,
    rows,
  };
}

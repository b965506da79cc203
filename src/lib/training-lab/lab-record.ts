/**
 * A lab run as plain data: what the charts, the decision-boundary pictures and the results table
 * draw, whether the run is live in the browser or was recorded in Node (`npm run record`) and
 * committed as JSON for readers without JavaScript, without a fast device, and for the PDF.
 */
import type { NetGradients } from './gradient-health';
import type { LabConfig } from '../nets/lab';
import { parameterCount } from '../nets/spec';

/** Metrics every `recordEvery` steps, as parallel arrays (the core's `Curves`). */
export interface LabCurves {
  step: number[];
  /** Cross-entropy on the whole training set, BN with that set's own statistics (the full-batch objective). */
  trainLoss: number[];
  trainAcc: number[];
  testAcc: number[];
}

/** Final inference-mode metrics (the core's `FinalMetrics`). */
export interface LabFinal {
  trainLoss: number;
  trainAcc: number;
  testLoss: number;
  testAcc: number;
}

/** One net of a run, as far as it has got. */
export interface LabSnapshotModel {
  id: string;
  /** Learned parameters. */
  params: number;
  curves: LabCurves;
  /** Set when the net has finished (or the run stopped). */
  final: LabFinal | null;
  /** P(class 1) on the decision grid, row-major, top row first; null until measured. */
  grid: number[] | null;
  /** Where a diverged net stopped. */
  stoppedAt: { step: number; reason: string } | null;
}

/** The decision grid's geometry, shared by every net of a run. */
export interface GridGeometry {
  /** Cells per side. */
  resolution: number;
  /** [xMin, xMax, yMin, yMax]. */
  extent: [number, number, number, number];
}

/** A run in progress or finished: what the view draws. */
export interface LabSnapshot {
  /** The run's configuration (nets, data, optimiser, steps). */
  config: LabConfig;
  /** Steps every net has completed. */
  step: number;
  grid: GridGeometry;
  /** The step the decision grids were measured at, when not the snapshot's step. */
  gridStep?: number;
  /** The latest gradient-norm measurement of each net (P1 §4.1's "healthy norms"), when there is one. */
  gradients?: NetGradients[];
  models: LabSnapshotModel[];
}

/** A recorded run, as committed under src/lib/recorded/. */
export interface RecordedLab extends LabSnapshot {
  /** Format version of this file. */
  format: 1;
  /** The lab state it records, as `lab-…` query parameters. */
  query: string;
  /** Where it was recorded: tfjs backend and version (results are reproducible per backend). */
  recordedWith: { backend: string; tfjs: string };
}

/** The decision grid every lab draws: 24 × 24 cells over [-1.25, 1.25]² (the spirals fill [-1, 1]²). */
export const LAB_GRID: GridGeometry = { resolution: 24, extent: [-1.25, 1.25, -1.25, 1.25] };

/** `x` rounded to `digits` significant digits (non-finite values become null in JSON anyway). */
export function roundSig(x: number, digits = 4): number {
  if (!Number.isFinite(x) || x === 0) return x;
  return Number(x.toPrecision(digits));
}

/** A snapshot with every measured number rounded to `digits` significant digits, for committing. */
export function roundSnapshot<T extends LabSnapshot>(snapshot: T, digits = 4): T {
  const r = (xs: number[]) => xs.map((x) => roundSig(x, digits));
  return {
    ...snapshot,
    models: snapshot.models.map((m) => ({
      ...m,
      curves: { step: m.curves.step.slice(), trainLoss: r(m.curves.trainLoss), trainAcc: r(m.curves.trainAcc), testAcc: r(m.curves.testAcc) },
      final: m.final && {
        trainLoss: roundSig(m.final.trainLoss, digits),
        trainAcc: roundSig(m.final.trainAcc, digits),
        testLoss: roundSig(m.final.testLoss, digits),
        testAcc: roundSig(m.final.testAcc, digits),
      },
      grid: m.grid && r(m.grid),
    })),
    ...(snapshot.gradients ? { gradients: snapshot.gradients.map((g) => ({ ...g, norms: r(g.norms) })) } : {}),
  };
}

/** An empty snapshot for a configuration: every net at step 0 with no points yet, with its parameter count. */
export function emptySnapshot(config: LabConfig): LabSnapshot {
  return {
    config,
    step: 0,
    grid: LAB_GRID,
    models: config.models.map((m) => ({
      id: m.id,
      params: parameterCount(m.spec),
      curves: { step: [], trainLoss: [], trainAcc: [], testAcc: [] },
      final: null,
      grid: null,
      stoppedAt: null,
    })),
  };
}

/** The snapshot's curves cut at `step` (replay shows a recorded run growing). */
export function snapshotUpTo(snapshot: LabSnapshot, step: number): LabSnapshot {
  const done = step >= snapshot.step;
  return {
    ...snapshot,
    step: Math.min(step, snapshot.step),
    models: snapshot.models.map((m) => {
      const n = m.curves.step.filter((s) => s <= step).length;
      const cut = (xs: number[]) => xs.slice(0, n);
      return {
        ...m,
        curves: { step: cut(m.curves.step), trainLoss: cut(m.curves.trainLoss), trainAcc: cut(m.curves.trainAcc), testAcc: cut(m.curves.testAcc) },
        final: done ? m.final : null,
        grid: done ? m.grid : null,
        stoppedAt: m.stoppedAt && m.stoppedAt.step <= step ? m.stoppedAt : null,
      };
    }),
    ...(snapshot.gradients ? { gradients: snapshot.gradients.filter((g) => g.step <= step) } : {}),
  };
}

/** One measured point of one net, as the session and the worker report it. */
export interface LabPoint {
  modelId: string;
  step: number;
  trainLoss: number;
  trainAcc: number;
  testAcc: number;
}

/** The snapshot with new points appended (in place, for a live run's many small updates). */
export function addPoints(snapshot: LabSnapshot, points: readonly LabPoint[]): LabSnapshot {
  for (const p of points) {
    const m = snapshot.models.find((x) => x.id === p.modelId);
    if (!m) continue;
    m.curves.step.push(p.step);
    m.curves.trainLoss.push(p.trainLoss);
    m.curves.trainAcc.push(p.trainAcc);
    m.curves.testAcc.push(p.testAcc);
    snapshot.step = Math.max(snapshot.step, p.step);
  }
  return snapshot;
}

/** The snapshot with each net's decision grid measured at `step` (in place). */
export function setGrids(snapshot: LabSnapshot, grids: readonly { modelId: string; probs: ArrayLike<number> }[], step?: number): LabSnapshot {
  if (step !== undefined) snapshot.gridStep = step;
  for (const g of grids) {
    const m = snapshot.models.find((x) => x.id === g.modelId);
    if (m) m.grid = Array.from(g.probs);
  }
  return snapshot;
}

/** The snapshot with the latest gradient norms of the nets measured (in place; nets not measured keep theirs). */
export function setGradients(snapshot: LabSnapshot, gradients: readonly NetGradients[]): LabSnapshot {
  const kept = (snapshot.gradients ?? []).filter((g) => !gradients.some((n) => n.modelId === g.modelId));
  const order = snapshot.models.map((m) => m.id);
  snapshot.gradients = [...kept, ...gradients.map((g) => ({ ...g, norms: [...g.norms] }))].sort((a, b) => order.indexOf(a.modelId) - order.indexOf(b.modelId));
  return snapshot;
}

/** The snapshot with final metrics and, for each net that diverged, where it stopped (in place). */
export function finish(
  snapshot: LabSnapshot,
  finals: readonly { modelId: string; final: LabFinal }[],
  diverged: readonly { modelId: string; step: number; loss: number }[],
): LabSnapshot {
  for (const f of finals) {
    const m = snapshot.models.find((x) => x.id === f.modelId);
    if (m) m.final = { ...f.final };
  }
  for (const d of diverged) {
    const m = snapshot.models.find((x) => x.id === d.modelId);
    const what = Number.isFinite(d.loss) ? `loss exploded to ${roundSig(d.loss, 3)}` : 'loss became NaN';
    if (m) m.stoppedAt = { step: d.step, reason: `Stopped at step ${d.step}: ${what}` };
  }
  return snapshot;
}

/**
 * The training lab's charts from a run snapshot: training loss (whole run, or its first quarter
 * for early convergence) and, per net, training against held-out accuracy. Each net keeps its
 * role's colour and dash pattern across the lab (roles.ts), so nets differ by more than colour.
 */
import type { LabSnapshot, LabSnapshotModel } from '~lib/training-lab/lab-record';
import { formatAccuracy, formatLoss, LAB_ROLES } from '~lib/training-lab/lab-config';
import type { Frame } from '../axes';
import type { Layout } from '../layout';
import { lineChart, type Series } from '../line-chart';
import { labNetRole, SPLITS } from '../roles';
import type { SvgNode } from '../svg';

/** The i-th net's role (shallow plain, deep plain, deep residual): its colour and dash (roles.ts). */
const styleOf = (i: number) => ({ role: labNetRole(i) });

/** The role of the i-th net in words ("deep residual"). */
export function roleOf(i: number): string {
  return LAB_ROLES[i] ?? 'net';
}

const pointsOf = (m: LabSnapshotModel, values: number[], xMax: number) =>
  m.curves.step.map((x, k) => ({ x, y: values[k] as number })).filter((p) => p.x <= xMax);

/** The last recorded value of a curve (NaN when there is none). */
export function lastOf(values: readonly number[]): number {
  return values.length ? (values[values.length - 1] as number) : Number.NaN;
}

/** Steps shown by the early-convergence chart: the first quarter of the run. */
export function earlySteps(totalSteps: number): number {
  return Math.max(1, Math.round(totalSteps / 4));
}

/** Training loss of every net; `early` zooms into the first quarter on a linear scale. */
export function lossChart(snapshot: LabSnapshot, id: string, early = false, layout: Layout = 'wide'): SvgNode {
  const total = snapshot.config.steps;
  const xMax = early ? earlySteps(total) : total;
  const series: Series[] = snapshot.models.map((m, i) => ({
    key: m.id,
    label: m.id,
    points: pointsOf(m, m.curves.trainLoss, xMax),
    ...styleOf(i),
    ...(m.stoppedAt && m.stoppedAt.step <= xMax ? { stoppedAt: { x: m.stoppedAt.step, reason: m.stoppedAt.reason } } : {}),
  }));
  const now = snapshot.models.map((m) => `${m.id} ${formatLoss(lastOf(pointsOf(m, m.curves.trainLoss, xMax).map((p) => p.y)))}`);
  return lineChart({
    id,
    title: early ? `Training loss in the first ${xMax} steps` : 'Training loss',
    description: `Training loss (cross-entropy on the training set) against step for ${snapshot.models.map((m) => m.id).join(', ')}${early ? `, steps 0 to ${xMax} of ${total}` : ''}. At step ${Math.min(snapshot.step, xMax)}: ${now.join(', ')}.`,
    xLabel: 'step',
    yLabel: early ? 'training loss' : 'training loss (log scale)',
    series,
    xDomain: [0, xMax],
    ...(early ? {} : { yLog: true }),
    layout,
  });
}

/**
 * Each net's accuracy chart is drawn at the width it is shown at: a third of a desktop column
 * (three side by side, 200 px each) or a phone's column (stacked). Both take the line chart's
 * narrow ticks, which keep four tick labels apart on a 126 px plot. The net is named over its
 * chart (lab-tiles.ts), so the x axis says only "step".
 */
export const ACCURACY_FRAME: Readonly<Record<Layout, Frame>> = {
  wide: { width: 200, height: 180, margin: { top: 8, right: 12, bottom: 46, left: 62 } },
  narrow: { width: 360, height: 150, margin: { top: 8, right: 18, bottom: 46, left: 62 } },
};

/** One chart per net, in its colour: training accuracy (solid) and held-out test accuracy (dash-dot). */
export function accuracyCharts(snapshot: LabSnapshot, id: string, layout: Layout = 'wide'): SvgNode[] {
  const total = snapshot.config.steps;
  return snapshot.models.map((m, i) => {
    const { role } = styleOf(i);
    const train = pointsOf(m, m.curves.trainAcc, total);
    const test = pointsOf(m, m.curves.testAcc, total);
    return lineChart({
      id: `${id}-${m.id}`,
      title: `${m.id} (${roleOf(i)}): training and test accuracy`,
      description: `Accuracy of ${m.id} on its training points (solid line) and on held-out test points (dash-dot line) against step. At step ${snapshot.step}: training ${formatAccuracy(lastOf(train.map((p) => p.y)))}, test ${formatAccuracy(lastOf(test.map((p) => p.y)))}.`,
      xLabel: 'step',
      yLabel: 'accuracy',
      series: [
        { key: `${m.id}-train`, label: '', points: train, role, dash: SPLITS.train.dash },
        { key: `${m.id}-test`, label: '', points: test, role, dash: SPLITS.test.dash },
      ],
      xDomain: [0, total],
      yDomain: [0.4, 1],
      layout: 'narrow',
      narrowFrame: ACCURACY_FRAME[layout],
    });
  });
}

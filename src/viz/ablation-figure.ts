/**
 * The ablation figure's two views, pure and DOM-free: median training-loss curves of every variant
 * on one log chart (the baseline in the residual colour, the paper's "fail" rows dash-dot-dotted and labelled), and the side-by-side table of
 * the paper's error, the lab's medians and both rankings.
 */
import type { AblationRow } from '~lib/ablation/summary';
import { FAIL_TEXT } from '~lib/papers';
import type { DataTable } from './data-table';
import type { Layout } from './layout';
import { lineChart, type Series } from './line-chart';
import { PAPER_FAIL_DASH, roleDash, variantStyle } from './roles';
import type { SvgNode } from './svg';

const fmtLoss = (v: number) => (Number.isNaN(v) ? 'diverged' : v < 1e-3 ? v.toExponential(1) : v.toFixed(4));
const fmtAcc = (v: number) => (Number.isNaN(v) ? '–' : `${(v * 100).toFixed(1)}%`);

/** Median loss curves: one series per variant; paper-"fail" variants dash-dot-dotted, marked where they diverged. */
export function ablationChart(id: string, rows: readonly AblationRow[], steps: readonly number[], what: string, layout: Layout = 'wide'): SvgNode {
  let others = 0;
  const series: Series[] = rows.map((r, i) => {
    const points = r.curve.map((y, j) => ({ x: steps[j] as number, y }));
    const firstNaN = points.findIndex((p) => !Number.isFinite(p.y));
    const fail = r.paperError === FAIL_TEXT;
    // The first row is the baseline (identity shortcut, original placement): the residual net.
    const style = i === 0 ? { role: 'residual' as const, dash: roleDash('residual') } : variantStyle(others++);
    return {
      key: r.id,
      label: fail ? `${r.label} (paper: fail)` : r.label,
      points,
      role: style.role,
      dash: fail ? PAPER_FAIL_DASH : style.dash,
      ...(firstNaN >= 0 ? { stoppedAt: { x: points[Math.max(0, firstNaN - 1)]?.x ?? 0, reason: 'diverged (NaN)' } } : {}),
    };
  });
  const best = [...rows].sort((a, b) => a.labRank - b.labRank)[0];
  return lineChart({
    id: `${id}-chart`,
    title: `Median training loss of each ${what} variant over the seeds`,
    description: `Log-scale training loss against step for ${rows.length} variants; dash-dot-dotted lines are the variants P2 reports as failing. Lowest final median loss: ${best?.label ?? '–'}.`,
    xLabel: 'step',
    yLabel: 'training loss (median)',
    yLog: true,
    series,
    frame: { width: 640, height: 340, margin: { top: 16, right: 150, bottom: 52, left: 64 } },
    layout,
  });
}

/** The side-by-side table; rows carry raw numbers in data-variant, data-paper-error, data-lab-loss …. */
export function ablationTable(rows: readonly AblationRow[], caption: string): DataTable {
  return {
    caption,
    columns: [
      { key: 'variant', label: 'variant' },
      { key: 'paper', label: 'paper CIFAR-10 error', numeric: true },
      { key: 'paperRank', label: 'paper rank', numeric: true },
      { key: 'loss', label: 'lab median final training loss', numeric: true },
      { key: 'acc', label: 'lab median test accuracy', numeric: true },
      { key: 'labRank', label: 'lab rank', numeric: true },
    ],
    rows: rows.map((r) => ({
      attrs: {
        variant: r.id,
        'paper-error': r.paperError === FAIL_TEXT ? FAIL_TEXT : r.paperError,
        'paper-rank': r.paperRank,
        'lab-loss': Number.isNaN(r.labLoss) ? 'NaN' : r.labLoss,
        'lab-acc': Number.isNaN(r.labTestAcc) ? 'NaN' : r.labTestAcc,
        'lab-rank': r.labRank,
      },
      cells: [r.label, r.paperText, String(r.paperRank), fmtLoss(r.labLoss), fmtAcc(r.labTestAcc), String(r.labRank)],
    })),
  };
}

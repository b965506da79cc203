/**
 * The CNN lab's data table: one row per net with the lab's final medians, the spread over seeds
 * the medians hide, and P1 Table 6's CIFAR-10 test error where the table lists the net. Rows carry
 * raw numbers (data-model, data-train-error, data-test-error as fractions, data-params,
 * data-steps) for automation and the live lab's tests.
 */
import { errorPercent } from '~lib/cnn-lab/describe';
import type { CnnLabRow, CnnLabSummary } from '~lib/cnn-lab/summary';
import type { DataTable } from './data-table';

const raw = (v: number) => (Number.isFinite(v) ? v : 'NaN');

/** The last step at which a net has a measurement: 0 before its first, earlier than the run's end if it diverged. */
function lastMeasured(row: CnnLabRow, steps: readonly number[]): number {
  for (let i = steps.length - 1; i >= 0; i--) {
    if (Number.isFinite(row.trainError[i] ?? Number.NaN) || Number.isFinite(row.testError[i] ?? Number.NaN)) return steps[i] as number;
  }
  return 0;
}

/** Min–max of the seeds' finals, "–" with fewer than two seeds that ended with a number. */
function range(values: readonly number[]): string {
  const ok = values.filter(Number.isFinite);
  if (ok.length < 2) return '–';
  return `${errorPercent(Math.min(...ok))}–${errorPercent(Math.max(...ok))}`;
}

function spread(row: CnnLabRow): string {
  if (row.seedFinals.length < 2) return 'one seed';
  return `training ${range(row.seedFinals.map((s) => s.trainError))}, test ${range(row.seedFinals.map((s) => s.testError))}`;
}

/** A ratio to two significant digits, in plain decimals from 0.01 to 1,000 and powers of ten beyond. */
function ratioText(v: number): string {
  if (v >= 0.01 && v < 1000) return Number(v.toPrecision(2)).toLocaleString('en-GB');
  const [m, e] = v.toExponential(1).split('e');
  return `${m}×10${String(Number(e)).replace(/-/g, '⁻').replace(/\d/g, (d) => '⁰¹²³⁴⁵⁶⁷⁸⁹'[Number(d)]!)}`;
}

/** Which nets P1 Table 6 does not list, in words, for the caption. */
function unlisted(rows: readonly CnnLabRow[]): string {
  const missing = rows.filter((r) => r.residual && r.paper === null).map((r) => r.label);
  const plain = rows.some((r) => !r.residual);
  const parts = [plain ? 'no plain nets' : '', missing.length ? `no ${missing.join(' or ')}` : ''].filter(Boolean);
  return parts.length ? ` A dash: P1 Table 6 lists ${parts.join(' and ')}.` : '';
}

/** One row per net, in the summary's order. */
export function cnnLabTable(summary: CnnLabSummary, caption: string): DataTable {
  return {
    caption: `${caption}${/[.!?]$/.test(caption) ? '' : '.'}${unlisted(summary.rows)}`,
    columns: [
      { key: 'net', label: 'net' },
      { key: 'layers', label: 'layers', numeric: true },
      { key: 'params', label: 'parameters', numeric: true },
      { key: 'train', label: 'lab median final training error', numeric: true },
      { key: 'test', label: 'lab median final test error', numeric: true },
      { key: 'spread', label: 'per-seed finals (min–max)' },
      { key: 'gradient', label: 'gradient norm, first unit ÷ last (median, end)', numeric: true },
      { key: 'paper', label: 'P1 Table 6 CIFAR-10 test error', numeric: true },
    ],
    rows: summary.rows.map((r) => ({
      attrs: {
        model: r.id,
        'train-error': raw(r.finalTrainError),
        'test-error': raw(r.finalTestError),
        params: r.params,
        steps: lastMeasured(r, summary.steps),
        'gradient-ratio': raw(r.finalGradientRatio),
      },
      cells: [
        r.label,
        String(r.depth),
        r.params.toLocaleString('en-GB'),
        errorPercent(r.finalTrainError),
        errorPercent(r.finalTestError),
        spread(r),
        Number.isFinite(r.finalGradientRatio) ? ratioText(r.finalGradientRatio) : '–',
        r.paper ? `${r.paper.testError}%` : '–',
      ],
    })),
  };
}

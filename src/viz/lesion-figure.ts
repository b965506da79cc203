/**
 * The lesion study's two charts and its data table, pure and DOM-free: test error against the one
 * deleted unit (each net's intact error as a thin sparse-dotted line of its colour, chance as the
 * analytic line), and the median test error against the number k of random units deleted (k = 0 is
 * the intact net). Plain and residual keep their roles' colours and dashes (roles.ts).
 */
import { pct, type LesionModel, type LesionResult } from '~lib/later-work/lesion';
import type { DataTable } from './data-table';
import type { Layout } from './layout';
import { lineChart, type Series } from './line-chart';
import { DASH, roleDash } from './roles';
import type { SvgNode } from './svg';

/** Two balanced classes: guessing gets half the test points wrong. */
const CHANCE = 0.5;

const FRAME = { width: 640, height: 300, margin: { top: 16, right: 24, bottom: 52, left: 64 } };

/** The y range both charts share, so the two panels read on one scale. */
function yTop(r: LesionResult): number {
  const all = [r.plain, r.residual].flatMap((m) => [m.intact, ...m.single, ...m.random.flatMap((k) => k.median)]);
  return Math.max(0.6, Math.ceil(Math.max(...all) * 10) / 10);
}

const modelSeries = (m: LesionModel, points: { x: number; y: number }[]): Series => ({
  key: m.role,
  label: `${m.id}`,
  points,
  role: m.role,
  dash: roleDash(m.role),
});

const flat = (key: string, label: string, y: number, x1: number, role: 'plain' | 'residual' | 'analytic'): Series => ({
  key,
  label,
  points: [
    { x: 0, y },
    { x: x1, y },
  ],
  role,
  ...(role === 'analytic' ? { dash: roleDash('analytic') } : { dash: DASH.sparse, variant: 'line--thin' }),
});

/** Test error with each single unit deleted, both nets, with their intact errors and chance. */
export function lesionUnitChart(id: string, r: LesionResult, layout: Layout = 'wide'): SvgNode {
  const last = r.units - 1;
  const each = (m: LesionModel) =>
    modelSeries(
      m,
      m.single.map((y, x) => ({ x, y })),
    );
  return lineChart({
    id: `${id}-units`,
    title: 'Test error with one unit deleted, for every unit',
    description: `Test error against the deleted unit (0 to ${last}) for ${r.plain.id} and ${r.residual.id}. Intact: ${r.plain.id} ${pct(r.plain.intact)}, ${r.residual.id} ${pct(r.residual.intact)}; chance is 50%. The data table lists every value.`,
    xLabel: 'deleted unit l',
    yLabel: 'test error',
    xDomain: [0, last],
    yDomain: [0, yTop(r)],
    series: [
      each(r.plain),
      each(r.residual),
      flat('plain-intact', `${r.plain.id} intact`, r.plain.intact, last, 'plain'),
      flat('residual-intact', `${r.residual.id} intact`, r.residual.intact, last, 'residual'),
      flat('chance', 'chance', CHANCE, last, 'analytic'),
    ],
    frame: FRAME,
    legendBelow: true,
    layout,
  });
}

/** Median test error over the draws against the number of random units deleted (k = 0: intact). */
export function lesionKChart(id: string, r: LesionResult, layout: Layout = 'wide'): SvgNode {
  const K = r.options.maxK;
  const each = (m: LesionModel) => modelSeries(m, [{ x: 0, y: m.intact }, ...m.random.map((k) => ({ x: k.k, y: k.median }))]);
  return lineChart({
    id: `${id}-k`,
    title: `Median test error with k random units deleted, k = 0 to ${K}`,
    description: `Median over ${r.options.draws} random draws (the same draws for both nets) of the test error with k units deleted, against k, for ${r.plain.id} and ${r.residual.id}; k = 0 is the intact net. The data table lists every median.`,
    xLabel: 'units deleted at random, k',
    yLabel: `test error (median of ${r.options.draws})`,
    xDomain: [0, K],
    yDomain: [0, yTop(r)],
    series: [each(r.plain), each(r.residual), flat('chance', 'chance', CHANCE, K, 'analytic')],
    frame: FRAME,
    legendBelow: true,
    ticks: layout === 'wide' ? { x: Math.min(K, 10), y: 5 } : { x: Math.min(K, 5), y: 4 },
    layout,
  });
}

/**
 * Every number of both charts, one row each: k = 0 rows (the intact net), a row per deleted unit
 * (data-unit), and a row per k (data-k, the median over the draws).
 */
export function lesionTable(r: LesionResult, caption: string): DataTable {
  const rows = [r.plain, r.residual].flatMap((m) => [
    { attrs: { model: m.id, k: 0, 'lesion-error': m.intact }, cells: [m.id, 'nothing (intact)', pct(m.intact)] },
    ...m.single.map((e, l) => ({ attrs: { model: m.id, unit: l, 'lesion-error': e }, cells: [m.id, `unit ${l}`, pct(e)] })),
    ...m.random.map((k) => ({
      attrs: { model: m.id, k: k.k, 'lesion-error': k.median, draws: k.errors.length },
      cells: [m.id, `${k.k} random unit${k.k === 1 ? '' : 's'} (median of ${k.errors.length})`, pct(k.median)],
    })),
  ]);
  return {
    caption,
    columns: [
      { key: 'model', label: 'net' },
      { key: 'deleted', label: 'deleted' },
      { key: 'error', label: 'test error', numeric: true },
    ],
    rows,
  };
}

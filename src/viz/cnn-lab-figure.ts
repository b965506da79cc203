/**
 * The CNN lab's chart, pure and DOM-free: P1 Fig. 6 in miniature. Plain nets in one panel and
 * ResNets in the other (side by side when wide, plain on top when narrow), error against
 * iteration on one y scale so the panels compare. As P1 draws it, training error is a thin dashed
 * line and test error a bold one (roles.ts FIG6_SPLITS); colour is depth, the same depth the same
 * colour in both panels. One legend under both panels names the depths and the two line styles.
 */
import { errorPercent } from '~lib/cnn-lab/describe';
import type { CnnLabRow, CnnLabSummary } from '~lib/cnn-lab/summary';
import type { Frame } from './axes';
import type { Layout } from './layout';
import { legend, type LegendItem } from './legend';
import { lineChart, type Series } from './line-chart';
import { depthRole, FIG6_SPLITS } from './roles';
import { h, type SvgNode } from './svg';

export { cnnLabTable } from './cnn-lab-table';

/** One panel's frame per layout. Wide: two side by side in 640 px, end labels ("56-layer") in the right margin. */
const PANEL: Readonly<Record<Layout, Frame>> = {
  wide: { width: 320, height: 250, margin: { top: 8, right: 76, bottom: 52, left: 64 } },
  narrow: { width: 360, height: 220, margin: { top: 8, right: 18, bottom: 52, left: 60 } },
};
/** Room above each panel for its heading. */
const HEADING = 22;
/** Gap between the panels' x axis titles and the legend. */
const LEGEND_GAP = 6;

const KINDS = [
  { residual: false, key: 'plain', heading: 'plain nets' },
  { residual: true, key: 'resnet', heading: 'ResNets' },
] as const;

const finite = (v: number) => Number.isFinite(v);

/**
 * The top of the shared y axis, in percent: the next multiple of 10 above every median from the
 * first quarter of the run on (at least 10 %, at most 100 %). The first measurements (near chance,
 * 90 %) run off the top, as P1 Fig. 6 cuts its axis at 20 %; with no measurement yet, 0 to 100 %.
 */
export function errorCeiling(summary: CnnLabSummary): number {
  const last = summary.steps.at(-1) ?? 0;
  const late = summary.steps.flatMap((step, i) => (step >= last / 4 ? [i] : []));
  const values = summary.rows.flatMap((r) => late.flatMap((i) => [r.trainError[i] ?? Number.NaN, r.testError[i] ?? Number.NaN])).filter(finite);
  if (values.length === 0) return 100;
  return Math.min(100, Math.max(10, Math.ceil((Math.max(...values) * 100) / 10 - 1e-9) * 10));
}

/** The depths drawn, shallowest first: a depth's index picks its colour in both panels. */
const depthsOf = (summary: CnnLabSummary) => [...new Set(summary.rows.map((r) => r.depth))].sort((a, b) => a - b);

/** A net's two lines: training thin and dashed, test bold (labelled with its depth where end labels fit). */
function netSeries(row: CnnLabRow, steps: readonly number[], depthIndex: number, labelled: boolean): Series[] {
  const role = depthRole(depthIndex);
  const points = (values: readonly number[]) => steps.map((x, i) => ({ x, y: (values[i] ?? Number.NaN) * 100 }));
  return [
    { key: `${row.id}-train`, label: '', points: points(row.trainError), role, dash: FIG6_SPLITS.train.dash, variant: FIG6_SPLITS.train.class },
    { key: `${row.id}-test`, label: labelled ? `${row.depth}-layer` : '', points: points(row.testError), role, dash: FIG6_SPLITS.test.dash, variant: FIG6_SPLITS.test.class },
  ];
}

/** The final medians in words, for the description. */
function finalsText(summary: CnnLabSummary): string {
  if (!summary.rows.some((r) => [...r.trainError, ...r.testError].some(finite))) return 'No measurements yet.';
  const seeds = summary.seeds === 1 ? 'one seed' : `the median over ${summary.seeds} seeds`;
  const nets = summary.rows.map((r) => {
    if (![...r.trainError, ...r.testError].some(finite)) return `${r.label} not measured yet`;
    if (!finite(r.finalTrainError) && !finite(r.finalTestError)) return `${r.label} no final value (diverged or still running)`;
    return `${r.label} training ${errorPercent(r.finalTrainError)}, test ${errorPercent(r.finalTestError)}`;
  });
  return `Final errors (${seeds}) at iteration ${summary.steps.at(-1) ?? 0}: ${nets.join('; ')}.`;
}

/** One panel: a line chart's axes and lines, without its own title (the figure has one), moved to (x, y). */
function panel(id: string, summary: CnnLabSummary, kind: (typeof KINDS)[number], layout: Layout, x: number, y: number, ceiling: number): (SvgNode | null)[] {
  const depths = depthsOf(summary);
  const rows = summary.rows.filter((r) => r.residual === kind.residual);
  const frame = PANEL[layout];
  const chart = lineChart({
    id: `${id}-${kind.key}`,
    title: kind.heading,
    description: '',
    xLabel: 'iteration',
    yLabel: 'error (%)',
    series: rows.flatMap((r) => netSeries(r, summary.steps, depths.indexOf(r.depth), layout === 'wide')),
    xDomain: [0, Math.max(1, summary.steps.at(-1) ?? 1)],
    yDomain: [0, ceiling],
    clip: true,
    // A wide panel's plot is 180 px: the narrow layout's tick counts keep its labels apart.
    ticks: { x: 4, y: 4 },
    layout,
    frame,
    narrowFrame: frame,
  });
  const drawn = rows.some((r) => [...r.trainError, ...r.testError].some(finite));
  const plotX = x + frame.margin.left + (frame.width - frame.margin.left - frame.margin.right) / 2;
  const plotY = y + frame.margin.top + (frame.height - frame.margin.top - frame.margin.bottom) / 2;
  return [
    h('text', { x: x + frame.margin.left, y: y - 8, class: 'axis__title cnn-chart__heading' }, [kind.heading]),
    h('g', { transform: `translate(${x},${y})`, class: 'cnn-chart__panel', 'data-panel': kind.key }, chart.children.filter((c) => typeof c !== 'string' && c.tag === 'g')),
    drawn
      ? null
      : h('text', { x: plotX, y: plotY, 'text-anchor': 'middle', class: 'axis__label cnn-chart__empty' }, [rows.length ? 'no data yet' : `no ${kind.heading} in this run`]),
  ];
}

/** The legend's keys: one colour per depth, then the two line styles in the text colour. */
function legendItems(summary: CnnLabSummary): LegendItem[] {
  return [
    ...depthsOf(summary).map((d, i): LegendItem => ({ role: depthRole(i), label: `${d} layers`, variant: FIG6_SPLITS.test.class })),
    { label: `thin dashed: ${FIG6_SPLITS.train.meaning}`, dash: FIG6_SPLITS.train.dash, variant: FIG6_SPLITS.train.class },
    { label: `bold: ${FIG6_SPLITS.test.meaning}`, dash: FIG6_SPLITS.test.dash, variant: FIG6_SPLITS.test.class },
  ];
}

/** P1 Fig. 6 in miniature from a CNN lab summary (recorded or live; NaN points break the lines). */
export function cnnLabChart(id: string, summary: CnnLabSummary, layout: Layout = 'wide'): SvgNode {
  const frame = PANEL[layout];
  const ceiling = errorCeiling(summary);
  const wide = layout === 'wide';
  const at = KINDS.map((_, i) => (wide ? { x: i * frame.width, y: HEADING } : { x: 0, y: HEADING + i * (frame.height + HEADING) }));
  const width = wide ? 2 * frame.width : frame.width;
  const bottom = (at.at(-1)?.y ?? 0) + frame.height + LEGEND_GAP;
  const key = legend(legendItems(summary), 16, bottom, width - 32);
  const height = bottom + key.height + 6;
  const where = wide ? 'plain nets on the left, ResNets on the right' : 'plain nets on top, ResNets below';
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return h('svg', { viewBox: `0 0 ${width} ${height}`, class: 'chart cnn-chart', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, 'data-layout': layout }, [
    h('title', { id: titleId }, ['Training and test error against iteration of plain and residual CNNs on 8×8 digits (P1 Fig. 6 in miniature)']),
    h('desc', { id: descId }, [
      `Error in percent against iteration, ${where}, on one y axis from 0 to ${ceiling}%. Thin dashed lines are training error, bold lines test error; colour is depth. ${finalsText(summary)}`,
    ]),
    ...KINDS.flatMap((kind, i) => panel(id, summary, kind, layout, at[i]!.x, at[i]!.y, ceiling)),
    key.node,
  ]);
}

/**
 * The gradient-flow chart: per unit l, the analytic direct term ∏ h' of P2 eq. (8) (dash-dot) and the
 * measured ‖∂E/∂x_l‖ / ‖∂E/∂x_L‖ (solid), on one log axis; both are 1 at l = L by construction.
 * Drawn with the shared line chart in either layout (layout.ts). The lines are named by the shared
 * legend, not end labels, which would always meet at l = L: in the right margin when wide, under
 * the plot (the line chart's own) when narrow.
 */
import { formatPower } from '~lib/gradient-flow/readout';
import { wrapText } from './diagram-parts';
import type { Layout } from './layout';
import { legend, type LegendItem } from './legend';
import { DEFAULT_FRAME, lineChart, NARROW_FRAME } from './line-chart';
import { roleDash } from './roles';
import { h, type SvgNode } from './svg';

/** Data for the chart. */
export interface GradientChartSpec {
  /** Prefix for title/desc ids. */
  id: string;
  /** Number of units L. */
  L: number;
  /** Analytic direct-term factors, l = 0 … L. */
  analytic: readonly number[];
  /** Measured norms normalised by the norm at x_L, or null while there is none. */
  measured: readonly number[] | null;
  /** A line of text drawn in the plot, e.g. why a curve is missing. */
  note?: string;
  /** Which layout to draw (layout.ts); wide by default. */
  layout?: Layout;
}

const FRAME = { ...DEFAULT_FRAME, height: 270, margin: { ...DEFAULT_FRAME.margin, right: 128 } };
const NARROW = { ...NARROW_FRAME, height: 250 };
const ITEMS: LegendItem[] = [
  { role: 'measured', label: 'measured', dash: roleDash('measured') },
  { role: 'analytic', label: 'analytic ∏h′', dash: roleDash('analytic') },
];

/** A log-axis domain covering every positive finite value, whole decades, at least one decade wide. */
export function logDomain(values: readonly number[]): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [0.1, 10];
  let lo = Math.max(1e-45, Math.min(...positive));
  let hi = Math.min(1e45, Math.max(...positive));
  lo = 10 ** Math.floor(Math.log10(lo) + 1e-9);
  hi = 10 ** Math.ceil(Math.log10(hi) - 1e-9);
  if (lo === hi) [lo, hi] = [lo / 10, hi * 10];
  return [lo, hi];
}

/** Draws the chart. */
export function gradientChart(spec: GradientChartSpec): SvgNode {
  const points = (ys: readonly number[]) => ys.map((y, l) => ({ x: l, y }));
  const measured = spec.measured ?? [];
  const wide = (spec.layout ?? 'wide') === 'wide';
  // Narrow: the line chart names the lines in its legend under the plot; wide: ours, in the margin.
  const label = (i: number) => (wide ? '' : (ITEMS[i]?.label ?? ''));
  const chart = lineChart({
    id: spec.id,
    title: 'Gradient reaching each unit, relative to the last: analytic direct term and measured norm',
    description: describe(spec),
    xLabel: 'unit boundary l (0 = input, L = output)',
    yLabel: 'relative to l = L (log)',
    yLog: true,
    xDomain: [0, spec.L],
    yDomain: logDomain([...spec.analytic, ...measured]),
    frame: FRAME,
    narrowFrame: NARROW,
    layout: spec.layout ?? 'wide',
    series: [
      { key: 'measured', label: label(0), points: points(measured), role: 'measured' },
      { key: 'analytic', label: label(1), points: points(spec.analytic), role: 'analytic' },
    ],
  });
  const frame = wide ? FRAME : NARROW;
  if (wide) chart.children.push(legend(ITEMS, FRAME.width - FRAME.margin.right + 12, FRAME.margin.top, FRAME.margin.right - 12).node);
  if (spec.note) {
    // Wrapped to the plot's width; the longest note takes two lines on a phone.
    const lines = wrapText(spec.note, Math.floor((frame.width - frame.margin.left - frame.margin.right - 20) / 7.2));
    chart.children.push(
      h(
        'text',
        { class: 'axis__label chart__note', x: frame.margin.left + 10, y: frame.margin.top + 14 },
        lines.map((line, i) => h('tspan', { x: frame.margin.left + 10, dy: i === 0 ? 0 : 15 }, [line])),
      ),
    );
  }
  return integerTicks(stripEmptyLabels(chart));
}

function describe(spec: GradientChartSpec): string {
  const a0 = spec.analytic[0];
  const m0 = spec.measured?.[0];
  const measured = m0 === undefined ? 'no measured curve yet' : `the measured norm at x_0 is ${formatPower(m0)} of the norm at x_L`;
  return `Log scale, units 0 to ${spec.L}. At x_0 the analytic direct term is ${formatPower(a0 ?? Number.NaN)}; ${measured}.${spec.note ? ` ${spec.note}` : ''}`;
}

/** The line chart writes an end label per series; ours are empty (the legend names them), so drop them. */
function stripEmptyLabels(node: SvgNode): SvgNode {
  return {
    ...node,
    children: node.children
      .filter((c) => typeof c === 'string' || !(c.tag === 'text' && c.attrs.class === 'series__label' && c.children.every((t) => t === '')))
      .map((c) => (typeof c === 'string' ? c : stripEmptyLabels(c))),
  };
}

/** Units are whole numbers: drop x-axis ticks such as 0.5 that d3 offers on short axes. */
function integerTicks(node: SvgNode): SvgNode {
  const isFractionalTick = (c: SvgNode | string) =>
    typeof c !== 'string' && c.tag === 'g' && c.children.some((t) => typeof t !== 'string' && t.tag === 'text' && /\./.test(String(t.children[0] ?? '')));
  const visit = (n: SvgNode): SvgNode => ({
    ...n,
    children: n.children
      .filter((c) => !(n.attrs.class === 'axis axis--x' && isFractionalTick(c)))
      .map((c) => (typeof c === 'string' ? c : visit(c))),
  });
  return visit(node);
}

/**
 * Horizontal bar panels: rows down the left, one or more panels side by side, each with its own
 * linear scale and one bar per series in every row. Values come with their printed labels, so the
 * renderer never decides how a number reads. Series differ by fill style as well as colour.
 */
import { scaleLinear } from 'd3-scale';
import { bottomAxis } from './axes';
import { roleClass, type Role } from './roles';
import { h, type SvgNode } from './svg';

/** One series: a value and its label per row. */
export interface BarSeries {
  /** Stable key (becomes `data-series`). */
  key: string;
  /** Legend text. */
  label: string;
  /** What the bars mean (roles.ts), which gives their colour. */
  role: Role;
  /** Solid bars, or light bars with a dashed outline, so series differ without colour. */
  style?: 'solid' | 'outline';
  /** One value per row, in the panel's axis unit. */
  values: readonly number[];
  /** One printed label per row, shown after the bar. */
  labels: readonly string[];
}

/** One panel: a scale, its series and an optional reference line. */
export interface BarPanel {
  /** Heading above the panel. */
  title: string;
  /** Title under the axis, with the unit. */
  axisTitle: string;
  /** Its series. */
  series: readonly BarSeries[];
  /** Scale end; the largest value when omitted. */
  max?: number;
  /** A vertical marker across the rows, e.g. another network's total; its label sits in the first row. */
  reference?: { value: number; label: string };
}

/** One row, shared by all panels. */
export interface BarRow {
  /** Stable key (becomes `data-row`). */
  key: string;
  /** Row label. */
  label: string;
  /** Second, smaller line under the label. */
  note?: string;
}

/** Everything the chart needs. */
export interface BarPanelsSpec {
  /** Prefix for the title/desc ids. */
  id: string;
  /** SVG title. */
  title: string;
  /** SVG description. */
  description: string;
  /** Rows, top to bottom. */
  rows: readonly BarRow[];
  /** Panels, left to right. */
  panels: readonly BarPanel[];
  /** Width of the row-label column. */
  labelWidth?: number;
  /** Room kept right of the longest bar for its label. */
  valueRoom?: number;
}

const WIDTH = 720;
const BAR = 13;
const PANEL_GAP = 28;

/** Draws the panels as one SVG scene with a title and description. */
export function barPanels(spec: BarPanelsSpec): SvgNode {
  const labelWidth = spec.labelWidth ?? 170;
  const valueRoom = spec.valueRoom ?? 100;
  const series = spec.panels[0]?.series ?? [];
  const legendHeight = spec.panels.some((p) => p.series.length > 1) ? 26 : 0;
  const top = legendHeight + 26;
  const perRow = Math.max(...spec.panels.map((p) => p.series.length), 1);
  const rowHeight = perRow * (BAR + 4) + 20;
  const bottom = top + spec.rows.length * rowHeight;
  const n = spec.panels.length;
  const panelWidth = (WIDTH - labelWidth - 8 - PANEL_GAP * (n - 1)) / n;
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const panels = spec.panels.map((panel, i) => {
    const x0 = labelWidth + i * (panelWidth + PANEL_GAP);
    const max = panel.max ?? Math.max(...panel.series.flatMap((s) => s.values), panel.reference?.value ?? 0, 1e-9);
    const x = scaleLinear().domain([0, max]).range([x0, x0 + panelWidth - valueRoom]);
    if (panel.max === undefined) x.nice(4);
    return panelMarks(panel, spec.rows, x, top, rowHeight, bottom);
  });
  return h('svg', { viewBox: `0 0 ${WIDTH} ${bottom + 48}`, class: 'chart bar-panels', role: 'img', 'aria-labelledby': `${titleId} ${descId}` }, [
    h('title', { id: titleId }, [spec.title]),
    h('desc', { id: descId }, [spec.description]),
    legendHeight > 0 ? legend(series, labelWidth) : null,
    ...spec.rows.map((row, r) => rowLabel(row, labelWidth, top + r * rowHeight, rowHeight)),
    ...panels,
  ]);
}

function legend(series: readonly BarSeries[], x: number): SvgNode {
  let offset = x;
  return h('g', { class: 'bar-panels__legend', 'aria-hidden': 'true' }, series.map((s) => {
    const item = h('g', { transform: `translate(${offset},4)`, class: roleClass(s.role) }, [
      h('rect', { width: 14, height: BAR, class: s.style === 'outline' ? 'bar bar--outline' : 'bar' }),
      h('text', { x: 20, y: BAR - 2, class: 'axis__label' }, [s.label]),
    ]);
    offset += 34 + s.label.length * 6.2;
    return item;
  }));
}

function rowLabel(row: BarRow, labelWidth: number, y: number, height: number): SvgNode {
  const mid = y + height / 2;
  return h('g', { class: 'bar-panels__row', 'data-row': row.key }, [
    h('text', { x: labelWidth - 12, y: row.note ? mid - 2 : mid + 4, 'text-anchor': 'end', class: 'bar-panels__label' }, [row.label]),
    row.note ? h('text', { x: labelWidth - 12, y: mid + 12, 'text-anchor': 'end', class: 'axis__label' }, [row.note]) : null,
  ]);
}

function panelMarks(
  panel: BarPanel,
  rows: readonly BarRow[],
  x: ReturnType<typeof scaleLinear<number, number>>,
  top: number,
  rowHeight: number,
  bottom: number,
): SvgNode {
  const [x0] = x.range() as [number, number];
  const marks = rows.flatMap((row, r) =>
    panel.series.map((s, j) => {
      const value = s.values[r] ?? 0;
      const y = top + r * rowHeight + 10 + j * (BAR + 4);
      const width = Math.max(x(value) - x0, value > 0 ? 1 : 0);
      return h('g', { class: roleClass(s.role), 'data-row': row.key, 'data-series': s.key }, [
        h('rect', { x: x0, y, width, height: BAR, class: s.style === 'outline' ? 'bar bar--outline' : 'bar' }),
        h('text', { x: x0 + width + 5, y: y + BAR - 2, class: 'axis__label bar-panels__value' }, [s.labels[r] ?? '']),
      ]);
    }),
  );
  const ref = panel.reference;
  return h('g', { class: 'bar-panels__panel' }, [
    h('text', { x: x0, y: top - 10, class: 'axis__title' }, [panel.title]),
    ref
      ? h('g', { class: 'bar-panels__reference' }, [
          h('line', { x1: x(ref.value), x2: x(ref.value), y1: top - 4, y2: bottom, class: 'bar-panels__reference-line' }),
          h('text', { x: x(ref.value) + 4, y: top + 13, class: 'axis__label bar-panels__value' }, [ref.label]),
        ])
      : null,
    ...marks,
    bottomAxis(x, bottom, panel.axisTitle, 4),
  ]);
}

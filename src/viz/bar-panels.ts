/**
 * Horizontal bar panels: one or more panels, each with its own linear scale and one bar per series
 * in every row. Values come with their printed labels, so the renderer never decides how a number
 * reads. Series differ by fill style as well as colour.
 *
 * Two layouts (layout.ts): wide puts the row labels in a column on the left and the panels side by
 * side; narrow stacks the panels and puts each row's label on a line above its bars, so every
 * label keeps the full width of a phone's column.
 */
import { scaleLinear } from 'd3-scale';
import { bottomAxis } from './axes';
import { fitLines, gapsAround, LINE, textBox, type TextBox } from './cost-text';
import { LAYOUT_WIDTH, type Layout } from './layout';
import { legend as sharedLegend, textWidth } from './legend';
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
  /** A vertical marker across the rows, e.g. another network's total, labelled above the rows. */
  reference?: { value: number; label: string };
}

/** One row, shared by all panels. */
export interface BarRow {
  /** Stable key (becomes `data-row`). */
  key: string;
  /** Row label. */
  label: string;
  /** Second line under the label (wrapped at its separators where it does not fit). */
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
  /** Panels, left to right (wide) or top to bottom (narrow). */
  panels: readonly BarPanel[];
  /** Width of the wide layout's row-label column. */
  labelWidth?: number;
  /** Which layout to draw; wide by default. */
  layout?: Layout;
}

const BAR = 13;
const BAR_STEP = BAR + 4;
const PANEL_GAP = 28;
const EDGE = 8;
/** Room between a bar's end and its value label. */
const VALUE_GAP = 5;
/** The tick labels and the first line of the axis title sit this far under the axis line (axes.ts). */
const AXIS_TITLE = 36;
/** At most this many ticks, and one per TICK_SPACE px of axis, so tick labels keep apart. */
const TICKS: Record<Layout, number> = { narrow: 3, wide: 4 };
const TICK_SPACE = 50;

type Scale = ReturnType<typeof scaleLinear<number, number>>;

/** Draws the panels as one SVG scene with a title and description. */
export function barPanels(spec: BarPanelsSpec): SvgNode {
  const layout = spec.layout ?? 'wide';
  const width = LAYOUT_WIDTH[layout];
  const body = layout === 'wide' ? wide(spec, width) : narrow(spec, width);
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return h('svg', { viewBox: `0 0 ${width} ${Math.ceil(body.height)}`, class: `chart bar-panels bar-panels--${layout}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}` }, [
    h('title', { id: titleId }, [spec.title]),
    h('desc', { id: descId }, [spec.description]),
    ...body.nodes,
  ]);
}

interface Body {
  nodes: (SvgNode | null)[];
  height: number;
}

/** Row labels in a column on the left, panels side by side. */
function wide(spec: BarPanelsSpec, width: number): Body {
  const labelWidth = spec.labelWidth ?? 170;
  const n = spec.panels.length;
  const panelWidth = (width - labelWidth - EDGE - PANEL_GAP * (n - 1)) / n;
  const key = legend(spec.panels, labelWidth, 0, width - labelWidth - EDGE);
  const titles = spec.panels.map((p) => fitLines(p.title, panelWidth));
  const titleLines = Math.max(...titles.map((t) => t.length));
  const refLine = spec.panels.some((p) => p.reference) ? LINE : 0;
  const titleTop = key.height ? key.height + 8 : 0;
  const top = titleTop + titleLines * LINE + refLine + 8;
  const labels = spec.rows.map((row) => ({ bold: fitLines(row.label, labelWidth - 12), note: row.note ? fitLines(row.note, labelWidth - 12) : [] }));
  const perRow = Math.max(...spec.panels.map((p) => p.series.length), 1);
  const rowHeight = Math.max(perRow * BAR_STEP + 16, Math.max(...labels.map((l) => l.bold.length + l.note.length)) * LINE + 8);
  const bottom = top + spec.rows.length * rowHeight;
  const rowLabels = spec.rows.map((row, r) => {
    const { bold, note } = labels[r]!;
    const lines = [...bold, ...note];
    const first = top + r * rowHeight + rowHeight / 2 - (lines.length * LINE) / 2 + 11;
    return h('g', { class: 'bar-panels__row', 'data-row': row.key }, lines.map((line, i) =>
      h('text', { x: labelWidth - 12, y: first + i * LINE, 'text-anchor': 'end', class: i < bold.length ? 'bar-panels__label' : 'axis__label' }, [line]),
    ));
  });
  let axisLines = 1;
  const panels = spec.panels.map((panel, i) => {
    const x0 = labelWidth + i * (panelWidth + PANEL_GAP);
    const x = scaleOf(panel, x0, x0 + panelWidth - valueRoom(panel));
    const barTop = (r: number) => top + r * rowHeight + (rowHeight - (panel.series.length * BAR_STEP - 4)) / 2;
    const marks = spec.rows.map((row, r) => rowBars(panel, row, r, x, barTop(r)));
    const axisTitle = fitLines(panel.axisTitle, panelWidth);
    axisLines = Math.max(axisLines, axisTitle.length);
    const heading = titles[i]!.map((line, j) => h('text', { x: x0, y: titleTop + 11 + j * LINE, class: 'axis__title' }, [line]));
    return h('g', { class: 'bar-panels__panel' }, [
      ...heading,
      reference(panel, x, titleTop + titleLines * LINE + 11, bottom, marks.flatMap((m) => m.boxes), x0 + panelWidth),
      ...marks.map((m) => m.node),
      axis(x, bottom, axisTitle, x0, 'wide'),
    ]);
  });
  return { nodes: [key.node, ...rowLabels, ...panels], height: bottom + AXIS_TITLE + (axisLines - 1) * LINE + 10 };
}

/** Panels stacked; each row's label on a line above its bars. */
function narrow(spec: BarPanelsSpec, width: number): Body {
  const inner = width - 2 * EDGE;
  const key = legend(spec.panels, EDGE, 0, inner);
  const nodes: (SvgNode | null)[] = [key.node];
  let y = key.height ? key.height + 8 : 0;
  spec.panels.forEach((panel, i) => {
    if (i > 0) y += 20;
    const x = scaleOf(panel, EDGE, width - EDGE - valueRoom(panel));
    const heading = fitLines(panel.title, inner).map((line, j) => h('text', { x: EDGE, y: y + 11 + j * LINE, class: 'axis__title' }, [line]));
    y += heading.length * LINE;
    const refY = y + 11;
    if (panel.reference) y += LINE;
    y += 6;
    const rowNodes: SvgNode[] = [];
    const boxes: TextBox[] = [];
    spec.rows.forEach((row, r) => {
      const lines = rowLines(row, inner);
      const texts = lines.map((line, j) => {
        boxes.push(textBox(line.join(''), EDGE, y + 11 + j * LINE));
        const [bold, rest] = line;
        return h('text', { x: EDGE, y: y + 11 + j * LINE, class: 'axis__label' }, [bold ? h('tspan', { class: 'bar-panels__label' }, [bold]) : null, rest || null]);
      });
      rowNodes.push(h('g', { class: 'bar-panels__row', 'data-row': row.key }, texts));
      y += lines.length * LINE + 2;
      const marks = rowBars(panel, row, r, x, y);
      rowNodes.push(marks.node);
      boxes.push(...marks.boxes);
      y += panel.series.length * BAR_STEP + 8;
    });
    const axisTitle = fitLines(panel.axisTitle, inner);
    nodes.push(h('g', { class: 'bar-panels__panel' }, [
      ...heading,
      reference(panel, x, refY, y, boxes, width - EDGE),
      ...rowNodes,
      axis(x, y, axisTitle, EDGE, 'narrow'),
    ]));
    y += AXIS_TITLE + (axisTitle.length - 1) * LINE;
  });
  return { nodes, height: y + 10 };
}

/**
 * A row's label (bold) and note as lines of [bold part, plain part]: on one line where both fit,
 * else the label's lines and then the note's.
 */
function rowLines(row: BarRow, width: number): [string, string][] {
  const joined = row.note ? `${row.label} · ${row.note}` : row.label;
  if (textWidth(joined) <= width) return [[row.label, row.note ? ` · ${row.note}` : '']];
  return [...fitLines(row.label, width).map((l): [string, string] => [l, '']), ...(row.note ? fitLines(row.note, width) : []).map((l): [string, string] => ['', l])];
}

/** Room right of the longest bar for the widest value label. */
function valueRoom(panel: BarPanel): number {
  return Math.max(...panel.series.flatMap((s) => s.labels.map((l) => textWidth(l))), 0) + VALUE_GAP + 4;
}

function scaleOf(panel: BarPanel, x0: number, x1: number): Scale {
  const max = panel.max ?? Math.max(...panel.series.flatMap((s) => s.values), panel.reference?.value ?? 0, 1e-9);
  const x = scaleLinear().domain([0, max]).range([x0, x1]);
  return panel.max === undefined ? x.nice(4) : x;
}

/** One row's bars in a panel, from `y` down, with the boxes their value labels take. */
function rowBars(panel: BarPanel, row: BarRow, r: number, x: Scale, y: number): { node: SvgNode; boxes: TextBox[] } {
  const [x0] = x.range() as [number, number];
  const boxes: TextBox[] = [];
  const bars = panel.series.map((s, j) => {
    const value = s.values[r] ?? 0;
    const top = y + j * BAR_STEP;
    const width = Math.max(x(value) - x0, value > 0 ? 1 : 0);
    const label = s.labels[r] ?? '';
    boxes.push(textBox(label, x0 + width + VALUE_GAP, top + BAR - 2));
    return h('g', { class: roleClass(s.role), 'data-row': row.key, 'data-series': s.key }, [
      h('rect', { x: x0, y: top, width, height: BAR, class: s.style === 'outline' ? 'bar bar--outline' : 'bar' }),
      h('text', { x: x0 + width + VALUE_GAP, y: top + BAR - 2, class: 'axis__label bar-panels__value' }, [label]),
    ]);
  });
  return { node: h('g', { class: 'bar-panels__bars' }, bars), boxes };
}

/**
 * The panel's reference line, labelled at `labelY` above the rows and broken wherever it would cross
 * a value label or a row label, so it never runs through text. The label turns to the line's left
 * when it would pass `right`.
 */
function reference(panel: BarPanel, x: Scale, labelY: number, bottom: number, boxes: readonly TextBox[], right: number): SvgNode | null {
  const ref = panel.reference;
  if (!ref) return null;
  const at = x(ref.value);
  const fitsRight = at + 4 + textWidth(ref.label) <= right;
  const runs = gapsAround(at, labelY + 4, bottom, boxes);
  return h('g', { class: 'bar-panels__reference' }, [
    ...runs.map(([y1, y2]) => h('line', { x1: at, x2: at, y1, y2, class: 'bar-panels__reference-line' })),
    h('text', { x: fitsRight ? at + 4 : at - 4, y: labelY, 'text-anchor': fitsRight ? 'start' : 'end', class: 'axis__label bar-panels__value' }, [ref.label]),
  ]);
}

/** The axis with its title in lines under it, centred on the panel's bars. */
function axis(x: Scale, y: number, title: readonly string[], x0: number, layout: Layout): SvgNode {
  const [, x1] = x.range() as [number, number];
  const mid = Math.max((x0 + x1) / 2, x0 + Math.max(...title.map((t) => textWidth(t))) / 2);
  return h('g', { class: 'bar-panels__axis' }, [
    bottomAxis(x, y, '', Math.max(2, Math.min(TICKS[layout], Math.floor((x1 - x.range()[0]!) / TICK_SPACE)))),
    h('g', { class: 'axis', 'aria-hidden': 'true' }, title.map((line, i) =>
      h('text', { x: mid, y: y + AXIS_TITLE + i * LINE, 'text-anchor': 'middle', class: 'axis__title' }, [line]),
    )),
  ]);
}

/** The series of the first panel with more than one, in the shared legend (legend.ts), rows wrapping at `width`. */
function legend(panels: readonly BarPanel[], x: number, y: number, width: number): { node: SvgNode | null; height: number } {
  const series = panels.find((p) => p.series.length > 1)?.series ?? [];
  if (series.length === 0) return { node: null, height: 0 };
  return sharedLegend(series.map((s) => ({ role: s.role, label: s.label, mark: s.style === 'outline' ? 'outline' : 'bar' })), x, y, width);
}

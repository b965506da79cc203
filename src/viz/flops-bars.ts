/**
 * The FLOPs explorer chart (chapter 5): two networks back to back, one row per feature-map size.
 * The middle column draws each map to scale; bars grow outwards, left for the first network and
 * right for the second, on one shared scale of multiply-adds (P1's "FLOPs"). The header is a
 * butterfly too: each network's totals on its side, what they count in the middle.
 *
 * Two layouts (layout.ts). Wide names each stage with its layers above the bar and prints the
 * value past the bar's end. Narrow has half the room a side: smaller squares, the stage's name
 * above the bar and its value under it; the layers are in the data table.
 */
import { scaleLinear } from 'd3-scale';
import type { FlopsColumn, StageCostRow } from '~lib/arch/flops-columns';
import { bottomAxis } from './axes';
import { formatMacs, formatParams, formatShare } from './cost-format';
import { fitLines, LINE } from './cost-text';
import { mapSquare, mapSquareHeight } from './feature-maps';
import { LAYOUT_WIDTH, type Layout } from './layout';
import { textWidth } from './legend';
import { roleClass } from './roles';
import { h, type SvgNode } from './svg';

/** Everything the chart needs; no DOM, so it renders at build time and in the browser alike. */
export interface FlopsBarsSpec {
  /** Prefix for the title/desc ids. */
  id: string;
  /** Network drawn on the left. */
  left: FlopsColumn;
  /** Network drawn on the right. */
  right: FlopsColumn;
  /** Map sides given a row each, largest first (fixed, so switching networks does not move rows). */
  sizes: readonly number[];
  /** Multiply-adds at the end of the bar scale (fixed for the same reason). */
  maxMacs: number;
  /** Which layout to draw; wide by default. */
  layout?: Layout;
}

/** Per layout: half the middle column, the largest square, label lines above a bar, the least row height. */
interface Geometry {
  gap: number;
  square: number;
  labelLines: number;
  rowMin: number;
}
const GEOMETRY: Record<Layout, Geometry> = {
  wide: { gap: 56, square: 96, labelLines: 2, rowMin: 56 },
  narrow: { gap: 36, square: 56, labelLines: 1, rowMin: 54 },
};
const EDGE = 6;
const BAR_HEIGHT = 14;
/** Half the header's middle column, which names the totals ("multiply-adds"). */
const HEAD_GAP = 56;
/** Room past a bar's end for its value (wide), sized for the longest: '00.00 G · 00.0 %'. */
const VALUE_ROOM = textWidth('00.00 G · 00.0 %') + 8;
const FOOTER = 58;

type Side = 'left' | 'right';
type Scale = ReturnType<typeof scaleLinear<number, number>>;

/** A one-line summary of a column for titles, status lines and the readout. */
export function columnSummary(column: FlopsColumn): string {
  return `${column.label}: ${formatMacs(column.totalMacs)} multiply-adds, ${formatParams(column.totalParams)} parameters`;
}

/** What P1 prints for a column, with a word on how our count meets it. */
export function printedNote(column: FlopsColumn): string {
  const p = column.printed;
  return p ? `P1 prints ${p.text}${QUALIFIER.wide[p.agreement]}` : 'P1 prints no FLOPs figure';
}

/** How our count meets P1's figure, long where there is room for it. */
const QUALIFIER: Record<Layout, Record<NonNullable<FlopsColumn['printed']>['agreement'], string>> = {
  wide: { rounds: '', truncated: ' (our count truncated)', 'conv-only': ' (conv layers only)', differs: ' (differs)' },
  narrow: { rounds: '', truncated: '(truncated)', 'conv-only': '(conv only)', differs: '(differs)' },
};

/** Draws the back-to-back chart as an SVG scene with a title and description. */
export function flopsBars(spec: FlopsBarsSpec): SvgNode {
  const layout = spec.layout ?? 'wide';
  const g = GEOMETRY[layout];
  const width = LAYOUT_WIDTH[layout];
  const cx = width / 2;
  const side = cx - g.gap - EDGE;
  const barMax = layout === 'wide' ? side - VALUE_ROOM : side - 4;
  const squareScale = g.square / Math.max(...spec.sizes, 1);
  const domainEnd = spec.maxMacs / 1e9;
  const scales: Record<Side, Scale> = {
    left: scaleLinear().domain([0, domainEnd]).range([cx - g.gap, cx - g.gap - barMax]).nice(4),
    right: scaleLinear().domain([0, domainEnd]).range([cx + g.gap, cx + g.gap + barMax]).nice(4),
  };
  const head = header(spec, layout, cx);
  const rows: SvgNode[] = [];
  let top = head.height;
  for (const key of [...spec.sizes, 'head'] as const) {
    const height = key === 'head' ? g.rowMin : Math.max(mapSquareHeight(key, squareScale) + 10, g.rowMin);
    const pick = (c: FlopsColumn) => c.stages.find((s) => (key === 'head' ? s.head : !s.head && s.size === key));
    const mark = (s: Side, c: FlopsColumn) => stageMark(s, c, pick(c), key, top + height / 2, scales[s], layout, side);
    rows.push(
      h('g', { class: 'flops__row', 'data-size': key }, [
        h('line', { x1: EDGE, x2: width - EDGE, y1: top, y2: top, class: 'flops__rule' }),
        key === 'head'
          ? h('text', { x: cx, y: top + height / 2 + 4, 'text-anchor': 'middle', class: 'axis__label' }, ['classifier'])
          : mapSquare({ size: key, scale: squareScale, cx, top: top + 6 }),
        mark('left', spec.left),
        mark('right', spec.right),
      ]),
    );
    top += height;
  }
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return h('svg', { viewBox: `0 0 ${width} ${top + FOOTER}`, class: `chart flops-bars flops-bars--${layout}`, role: 'img', 'aria-labelledby': `${titleId} ${descId}` }, [
    h('title', { id: titleId }, [`Where the multiply-adds go: ${spec.left.label} and ${spec.right.label}, stage by stage`]),
    h('desc', { id: descId }, [describe(spec)]),
    ...head.nodes,
    ...rows,
    h('line', { x1: EDGE, x2: width - EDGE, y1: top, y2: top, class: 'flops__rule' }),
    bottomAxis(scales.left, top + 6, '', 4),
    bottomAxis(scales.right, top + 6, '', 4),
    h('text', { x: cx, y: top + FOOTER - 12, 'text-anchor': 'middle', class: 'axis__title' }, ['G multiply-adds per stage (P1’s “FLOPs”)']),
  ]);
}

/**
 * The header: each network's name and totals on its side, in a column of their own, and in the
 * middle what each line counts; P1's qualifier gets a line of its own where a side is narrow.
 */
function header(spec: FlopsBarsSpec, layout: Layout, cx: number): { nodes: SvgNode[]; height: number } {
  const lines = ['maps to scale', 'multiply-adds', 'parameters', 'P1 prints'];
  const qualifierLine = layout === 'narrow';
  const y = (i: number) => 16 + i * 16;
  const middle = h('g', { class: 'flops__header-key' }, lines.map((text, i) =>
    h('text', { x: cx, y: y(i), 'text-anchor': 'middle', class: i === 0 ? 'axis__title' : 'axis__label' }, [text]),
  ));
  const column = (s: Side, c: FlopsColumn) => {
    const x = s === 'left' ? cx - HEAD_GAP : cx + HEAD_GAP;
    const anchor = s === 'left' ? 'end' : 'start';
    const p = c.printed;
    const printed = p ? `${p.text}${qualifierLine ? '' : QUALIFIER.wide[p.agreement]}` : 'none';
    const cells = [
      layout === 'wide' ? `${c.label} · ${c.depth} layers` : c.label,
      formatMacs(c.totalMacs),
      formatParams(c.totalParams),
      printed,
      qualifierLine && p ? QUALIFIER.narrow[p.agreement] : '',
    ];
    return h('g', { class: `flops__header ${roleClass('macs')}`, 'data-model': c.key }, cells.map((text, i) =>
      text ? h('text', { x, y: y(i), 'text-anchor': anchor, class: i === 0 ? 'flops__name' : 'axis__label flops__total' }, [text]) : null,
    ));
  };
  return { nodes: [middle, column('left', spec.left), column('right', spec.right)], height: y(qualifierLine ? 4 : 3) + 10 };
}

function stageMark(
  s: Side,
  column: FlopsColumn,
  stage: StageCostRow | undefined,
  key: number | 'head',
  mid: number,
  scale: Scale,
  layout: Layout,
  room: number,
): SvgNode {
  const sign = s === 'left' ? -1 : 1;
  const base = scale(0);
  const anchor = s === 'left' ? 'end' : 'start';
  if (!stage) {
    const what = key === 'head' ? 'no classifier' : layout === 'wide' ? `no layer outputs ${key}×${key}` : `none at ${key}×${key}`;
    return h('text', { x: base, y: mid + 4, 'text-anchor': anchor, class: 'axis__label flops__empty' }, [what]);
  }
  const end = scale(stage.macs / 1e9);
  const length = Math.abs(end - base);
  const value = `${formatMacs(stage.macs)} · ${formatShare(stage.macsShare)}`;
  const g = GEOMETRY[layout];
  // The bar sits under its label lines (and over its value, narrow), the block centred in the row.
  const block = g.labelLines * LINE + 2 + BAR_HEIGHT + (layout === 'narrow' ? LINE + 2 : 0);
  const barY = mid - block / 2 + g.labelLines * LINE + 2;
  const label = layout === 'wide' ? fitLines(`${stage.name} · ${stage.layers}`, room) : [stage.name];
  const shown = label.slice(-g.labelLines);
  const labelY = (i: number) => barY - 4 - (shown.length - 1 - i) * LINE;
  return h('g', { class: `flops__stage ${roleClass('macs')}`, 'data-model': column.key, 'data-stage': stage.name }, [
    ...shown.map((line, i) =>
      h('text', { x: base, y: labelY(i), 'text-anchor': anchor, class: 'flops__label' }, i === 0 && line.startsWith(stage.name)
        ? [h('tspan', { class: 'flops__stage-name' }, [stage.name]), line.slice(stage.name.length)]
        : [line]),
    ),
    h('rect', { x: Math.min(base, end), y: barY, width: Math.max(length, 1), height: BAR_HEIGHT, class: 'bar' }),
    layout === 'wide'
      ? h('text', { x: end + sign * 6, y: barY + BAR_HEIGHT - 3, 'text-anchor': anchor, class: 'axis__label' }, [value])
      : h('text', { x: base, y: barY + BAR_HEIGHT + LINE, 'text-anchor': anchor, class: 'axis__label' }, [value]),
  ]);
}

function describe(spec: FlopsBarsSpec): string {
  const largest = (c: FlopsColumn) => c.stages.reduce((a, b) => (b.macs > a.macs ? b : a));
  const sentence = (c: FlopsColumn) => {
    const big = largest(c);
    return `${columnSummary(c)}; its costliest stage is ${big.name} at ${big.size}×${big.size} with ${formatShare(big.macsShare)} of the multiply-adds; ${printedNote(c)}.`;
  };
  return `Multiply-adds (P1's FLOPs) per stage, one row per feature-map size, with each map drawn as a square to scale. ${sentence(spec.left)} ${sentence(spec.right)}`;
}

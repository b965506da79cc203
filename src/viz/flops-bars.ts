/**
 * The FLOPs explorer chart (chapter 5): two networks back to back, one row per feature-map size.
 * The middle column draws each map to scale; bars grow outwards, left for the first network and
 * right for the second, on one shared scale of multiply-adds (P1's "FLOPs").
 */
import { scaleLinear } from 'd3-scale';
import type { FlopsColumn, StageCostRow } from '~lib/arch/flops-columns';
import { bottomAxis } from './axes';
import { formatMacs, formatParams, formatShare } from './cost-format';
import { mapSquare, mapSquareHeight } from './feature-maps';
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
}

const WIDTH = 760;
const CX = WIDTH / 2;
/** Half the width of the middle column. */
const GAP = 62;
const BAR_MAX = 196;
const BAR_HEIGHT = 14;
const SQUARE_MAX = 96;
const HEADER = 78;
const ROW_MIN = 44;
const FOOTER = 62;

type Side = 'left' | 'right';

/** A one-line summary of a column for titles, status lines and the header. */
export function columnSummary(column: FlopsColumn): string {
  return `${column.label}: ${formatMacs(column.totalMacs)} multiply-adds, ${formatParams(column.totalParams)} parameters`;
}

/** What P1 prints for a column, with a word on how our count meets it. */
export function printedNote(column: FlopsColumn): string {
  const p = column.printed;
  if (!p) return 'P1 prints no FLOPs figure';
  const how = { rounds: '', truncated: ' (our count truncated)', 'conv-only': ' (conv layers only)', differs: ' (differs)' };
  return `P1 prints ${p.text}${how[p.agreement]}`;
}

/** Draws the back-to-back chart as an SVG scene with a title and description. */
export function flopsBars(spec: FlopsBarsSpec): SvgNode {
  const squareScale = SQUARE_MAX / Math.max(...spec.sizes, 1);
  const domainEnd = spec.maxMacs / 1e9;
  const scales = {
    left: scaleLinear().domain([0, domainEnd]).range([CX - GAP, CX - GAP - BAR_MAX]).nice(4),
    right: scaleLinear().domain([0, domainEnd]).range([CX + GAP, CX + GAP + BAR_MAX]).nice(4),
  };
  const rows: SvgNode[] = [];
  let top = HEADER;
  const rowKeys: (number | 'head')[] = [...spec.sizes, 'head'];
  for (const key of rowKeys) {
    const height = key === 'head' ? ROW_MIN : Math.max(mapSquareHeight(key, squareScale) + 10, ROW_MIN);
    const pick = (c: FlopsColumn) => c.stages.find((s) => (key === 'head' ? s.head : !s.head && s.size === key));
    rows.push(
      h('g', { class: 'flops__row', 'data-size': key }, [
        h('line', { x1: 8, x2: WIDTH - 8, y1: top, y2: top, class: 'flops__rule' }),
        key === 'head'
          ? h('text', { x: CX, y: top + height / 2 + 4, 'text-anchor': 'middle', class: 'axis__label' }, ['classifier'])
          : mapSquare({ size: key, scale: squareScale, cx: CX, top: top + 6 }),
        stageMark('left', spec.left, pick(spec.left), key, top + height / 2, scales.left),
        stageMark('right', spec.right, pick(spec.right), key, top + height / 2, scales.right),
      ]),
    );
    top += height;
  }
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return h('svg', { viewBox: `0 0 ${WIDTH} ${top + FOOTER}`, class: 'chart flops-bars', role: 'img', 'aria-labelledby': `${titleId} ${descId}` }, [
    h('title', { id: titleId }, [`Where the multiply-adds go: ${spec.left.label} and ${spec.right.label}, stage by stage`]),
    h('desc', { id: descId }, [describe(spec)]),
    header('left', spec.left),
    header('right', spec.right),
    h('text', { x: CX, y: 20, 'text-anchor': 'middle', class: 'axis__title' }, ['map size']),
    h('text', { x: CX, y: 36, 'text-anchor': 'middle', class: 'axis__label' }, ['to scale']),
    ...rows,
    h('line', { x1: 8, x2: WIDTH - 8, y1: top, y2: top, class: 'flops__rule' }),
    axis(scales.left, top + 6),
    axis(scales.right, top + 6),
    h('text', { x: CX, y: top + FOOTER - 8, 'text-anchor': 'middle', class: 'axis__title' }, [
      'multiply-adds per stage, G (10⁹); P1’s “FLOPs” count multiply-adds',
    ]),
  ]);
}

function header(side: Side, column: FlopsColumn): SvgNode {
  const x = side === 'left' ? CX - GAP : CX + GAP;
  const anchor = side === 'left' ? 'end' : 'start';
  return h('g', { class: `flops__header ${roleClass('macs')}`, 'data-model': column.key }, [
    h('text', { x, y: 20, 'text-anchor': anchor, class: 'flops__name' }, [`${column.label} · ${column.depth} layers`]),
    h('text', { x, y: 40, 'text-anchor': anchor, class: 'axis__label flops__total' }, [
      `${formatMacs(column.totalMacs)} multiply-adds · ${formatParams(column.totalParams)} params`,
    ]),
    h('text', { x, y: 58, 'text-anchor': anchor, class: 'axis__label' }, [printedNote(column)]),
  ]);
}

function stageMark(
  side: Side,
  column: FlopsColumn,
  stage: StageCostRow | undefined,
  key: number | 'head',
  mid: number,
  scale: (g: number) => number,
): SvgNode {
  const sign = side === 'left' ? -1 : 1;
  const base = scale(0);
  const anchor = side === 'left' ? 'end' : 'start';
  if (!stage) {
    const what = key === 'head' ? 'no classifier' : `no layer outputs ${key}×${key}`;
    return h('text', { x: base, y: mid + 4, 'text-anchor': anchor, class: 'axis__label flops__empty' }, [what]);
  }
  const end = scale(stage.macs / 1e9);
  const length = Math.abs(end - base);
  return h('g', { class: `flops__stage ${roleClass('macs')}`, 'data-model': column.key, 'data-stage': stage.name }, [
    h('text', { x: base, y: mid - 5, 'text-anchor': anchor, class: 'flops__label' }, [
      h('tspan', { class: 'flops__stage-name' }, [stage.name]),
      ` · ${stage.layers}`,
    ]),
    h('rect', { x: Math.min(base, end), y: mid, width: Math.max(length, 1), height: BAR_HEIGHT, class: 'bar' }),
    h('text', { x: end + sign * 6, y: mid + BAR_HEIGHT - 3, 'text-anchor': anchor, class: 'axis__label' }, [
      `${formatMacs(stage.macs)} · ${formatShare(stage.macsShare)}`,
    ]),
  ]);
}

function axis(scale: ReturnType<typeof scaleLinear<number, number>>, y: number): SvgNode {
  return bottomAxis(scale, y, '', 4);
}

function describe(spec: FlopsBarsSpec): string {
  const largest = (c: FlopsColumn) => c.stages.reduce((a, b) => (b.macs > a.macs ? b : a));
  const sentence = (c: FlopsColumn) => {
    const big = largest(c);
    return `${columnSummary(c)}; its costliest stage is ${big.name} at ${big.size}×${big.size} with ${formatShare(big.macsShare)} of the multiply-adds; ${printedNote(c)}.`;
  };
  return `Multiply-adds (P1's FLOPs) per stage, one row per feature-map size, with each map drawn as a square to scale. ${sentence(spec.left)} ${sentence(spec.right)}`;
}

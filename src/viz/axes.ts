import { format } from 'd3-format';
import type { ScaleContinuousNumeric } from 'd3-scale';
import { textWidth } from './legend';
import { h, type SvgNode } from './svg';

/** Plot area inside an SVG: outer size and margins. */
export interface Frame {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

/** Inner width and height of a frame. */
export function inner(frame: Frame): { width: number; height: number } {
  return {
    width: frame.width - frame.margin.left - frame.margin.right,
    height: frame.height - frame.margin.top - frame.margin.bottom,
  };
}

/** Tick labels: plain numbers, or powers of ten like 1e-12 → 10⁻¹² on log axes. */
export function tickLabel(value: number, log: boolean): string {
  if (log) {
    const exponent = Math.round(Math.log10(value));
    if (Math.abs(Math.log10(value) - exponent) < 1e-9) return `10${superscript(exponent)}`;
  }
  return format('~g')(value);
}

const SUPERSCRIPTS: Record<string, string> = { '-': '⁻', '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹' };

/** Writes an integer with superscript digits. */
export function superscript(n: number): string {
  return String(n).replace(/[-0-9]/g, (c) => SUPERSCRIPTS[c]!);
}

/** A bottom axis: baseline, ticks and labels, plus an axis title. */
export function bottomAxis(scale: ScaleContinuousNumeric<number, number>, y: number, title: string, count = 6): SvgNode {
  const [x0, x1] = scale.range() as [number, number];
  const ticks = scale.ticks(count);
  return h('g', { class: 'axis axis--x', 'aria-hidden': 'true' }, [
    h('line', { x1: x0, x2: x1, y1: y, y2: y, class: 'axis__line' }),
    ...ticks.map((t) =>
      h('g', { transform: `translate(${scale(t)},${y})` }, [
        h('line', { y2: 5, class: 'axis__tick' }),
        h('text', { y: 18, 'text-anchor': 'middle', class: 'axis__label' }, [format('~g')(t)]),
      ]),
    ),
    axisTitle(title, (x0 + x1) / 2, y + 36, Math.abs(x1 - x0)),
  ]);
}

/** Line height of a wrapped axis title, in drawing px. */
export const TITLE_LINE = 15;

/** An axis title centred at (x, y), wrapped at a space into two lines when it is wider than `width`. */
function axisTitle(title: string, x: number, y: number, width: number): SvgNode {
  const attrs = { x, y, 'text-anchor': 'middle', class: 'axis__title' };
  if (textWidth(title) <= width) return h('text', attrs, [title]);
  const spaces = [...title.matchAll(/ /g)].map((m) => m.index);
  if (spaces.length === 0) return h('text', attrs, [title]);
  const middle = title.length / 2;
  const cut = spaces.reduce((best, i) => (Math.abs(i - middle) < Math.abs(best - middle) ? i : best));
  return h('text', attrs, [
    h('tspan', { x, dy: 0 }, [title.slice(0, cut)]),
    h('tspan', { x, dy: TITLE_LINE }, [title.slice(cut + 1)]),
  ]);
}

/** A left axis with grid lines across the plot; `log` labels powers of ten. */
export function leftAxis(
  scale: ScaleContinuousNumeric<number, number>,
  x: number,
  plotWidth: number,
  title: string,
  log = false,
  count = 5,
): SvgNode {
  const [y0, y1] = scale.range() as [number, number];
  const all = scale.ticks(count);
  const ticks = log ? all.filter((t) => Math.abs(Math.log10(t) - Math.round(Math.log10(t))) < 1e-9) : all;
  const shown = log && ticks.length > 7 ? ticks.filter((_, i) => i % Math.ceil(ticks.length / 6) === 0) : ticks;
  return h('g', { class: 'axis axis--y', 'aria-hidden': 'true' }, [
    h('line', { x1: x, x2: x, y1: y0, y2: y1, class: 'axis__line' }),
    ...shown.map((t) =>
      h('g', { transform: `translate(${x},${scale(t)})` }, [
        h('line', { x2: plotWidth, class: 'axis__grid' }),
        h('text', { x: -8, dy: '0.32em', 'text-anchor': 'end', class: 'axis__label' }, [tickLabel(t, log)]),
      ]),
    ),
    h('text', { transform: `translate(${x - 48},${(y0 + y1) / 2}) rotate(-90)`, 'text-anchor': 'middle', class: 'axis__title' }, [title]),
  ]);
}

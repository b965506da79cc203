/**
 * The one legend every chart uses: a swatch drawn as the mark it stands for (the role's colour and
 * dash, roles.ts) and the label in the same colour, laid out in rows that wrap at the chart's width.
 * Drawn in the SVG, so it shows without JavaScript, in print and in embeds.
 */
import { ROLES, roleClass, type Role } from './roles';
import { h, type SvgNode } from './svg';

export interface LegendItem {
  /** Its colour; none draws the key in the text colour (a key for a line style, not a meaning). */
  role?: Role;
  label: string;
  /** A stroke-dasharray other than none (solid). */
  dash?: string | undefined;
  /** The mark it stands for: a line (default), a filled bar or an outlined bar. */
  mark?: 'line' | 'bar' | 'outline';
  /** An extra class, e.g. a line width the series it stands for draws with. */
  variant?: string;
}

/** Row height and the swatches' lengths, in drawing px (12 px text). */
export const LEGEND_ROW = 18;
const SWATCH = { line: 22, bar: 14, outline: 14 } as const;
const BAR_HEIGHT = 12;
const GAP = 8;
const ITEM_GAP = 16;

/** The drawn width of a label at 12 px: an upper estimate (no fonts at build time). */
export function textWidth(text: string, size = 12): number {
  return Math.ceil(text.length * size * 0.6);
}

/** A legend in rows no wider than `width`: its node (at x, y) and its height. */
export function legend(items: readonly LegendItem[], x: number, y: number, width: number): { node: SvgNode; height: number } {
  const shown = items.filter((item) => item.label !== '');
  let cx = 0;
  let row = 0;
  const nodes = shown.map((item) => {
    const mark = item.mark ?? 'line';
    const swatch = SWATCH[mark];
    const w = swatch + GAP + textWidth(item.label);
    if (cx > 0 && cx + w > width) {
      cx = 0;
      row += 1;
    }
    const at = `translate(${x + cx},${y + row * LEGEND_ROW + LEGEND_ROW / 2})`;
    cx += w + ITEM_GAP;
    // A role whose colour is too light for text (ROLES[role].text) labels in the figure's text colour.
    const labelClass = item.role && ROLES[item.role].text ? 'series__label' : 'legend__label';
    const tone = item.role ? roleClass(item.role) : 'legend__item--neutral';
    return h('g', { class: ['series legend__item', tone, item.variant].filter(Boolean).join(' '), transform: at }, [
      mark === 'line'
        ? h('line', { class: 'series__line', x1: 0, x2: swatch, y1: 0, y2: 0, 'stroke-dasharray': item.dash })
        : h('rect', { y: -BAR_HEIGHT / 2, width: swatch, height: BAR_HEIGHT, class: mark === 'outline' ? 'bar bar--outline' : 'bar' }),
      h('text', { class: labelClass, x: swatch + GAP, dy: '0.32em' }, [item.label]),
    ]);
  });
  const height = shown.length ? (row + 1) * LEGEND_ROW : 0;
  return { node: h('g', { class: 'legend', 'aria-hidden': 'true' }, nodes), height };
}

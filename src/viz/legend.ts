/**
 * The one legend every chart uses: a swatch drawn as the mark it stands for (the role's colour and
 * dash, roles.ts) and the label in the same colour, laid out in rows that wrap at the chart's width.
 * Drawn in the SVG, so it shows without JavaScript, in print and in embeds.
 */
import { roleClass, type Role } from './roles';
import { h, type SvgNode } from './svg';

export interface LegendItem {
  role: Role;
  label: string;
  /** A stroke-dasharray other than none (solid). */
  dash?: string | undefined;
}

/** Row height and the swatch's length, in drawing px (12 px text). */
export const LEGEND_ROW = 18;
const SWATCH = 22;
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
    const w = SWATCH + GAP + textWidth(item.label);
    if (cx > 0 && cx + w > width) {
      cx = 0;
      row += 1;
    }
    const at = `translate(${x + cx},${y + row * LEGEND_ROW + LEGEND_ROW / 2})`;
    cx += w + ITEM_GAP;
    return h('g', { class: `series legend__item ${roleClass(item.role)}`, transform: at }, [
      h('line', { class: 'series__line', x1: 0, x2: SWATCH, y1: 0, y2: 0, 'stroke-dasharray': item.dash }),
      h('text', { class: 'series__label', x: SWATCH + GAP, dy: '0.32em' }, [item.label]),
    ]);
  });
  const height = shown.length ? (row + 1) * LEGEND_ROW : 0;
  return { node: h('g', { class: 'legend', 'aria-hidden': 'true' }, nodes), height };
}

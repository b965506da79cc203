/**
 * Small multiples in one drawing: each net's chart (or decision boundary) is an SVG of its own,
 * nested in a grid inside one outer SVG, so a panel is one drawing with a narrow and a wide layout
 * (layout.ts) while every net keeps its own accessible name (role="img", title, desc).
 */
import { roleClass, type Role } from '../roles';
import { h, type SvgNode } from '../svg';

/** How to lay the tiles out: columns, the drawing's width and the gap between tiles. */
export interface TileGrid {
  columns: number;
  /** The outer drawing's width in user units (LAYOUT_WIDTH of its layout). */
  width: number;
  gap: number;
  /** The panel in words, for the group's accessible name. */
  label: string;
  /** A name over each tile, in its net's colour (decision boundaries have no axis to name them). */
  heads?: readonly { text: string; role: Role }[];
  /** Drawn once and shown by the tiles' `<use>` (a lab's data points, the same under every net). */
  defs?: readonly SvgNode[];
}

/** Height of a tile's head line (12 px text). */
const HEAD = 20;

/** The width and height of a scene from its viewBox. */
function sizeOf(scene: SvgNode): { w: number; h: number } {
  const [, , w, hgt] = String(scene.attrs.viewBox ?? '0 0 1 1').split(/\s+/).map(Number);
  return { w: w || 1, h: hgt || 1 };
}

/**
 * The tiles in rows of `columns`, each scaled to the column's width (charts drawn at that width
 * keep their 12 px text; a boundary, which has no text, is scaled to fit).
 */
export function tiles(scenes: readonly SvgNode[], grid: TileGrid): SvgNode {
  const cell = (grid.width - grid.gap * (grid.columns - 1)) / grid.columns;
  const head = grid.heads ? HEAD : 0;
  const nodes: SvgNode[] = [];
  let top = 0;
  for (let start = 0; start < scenes.length; start += grid.columns) {
    const row = scenes.slice(start, start + grid.columns);
    const heights = row.map((s) => (sizeOf(s).h * cell) / sizeOf(s).w);
    row.forEach((scene, k) => {
      const x = k * (cell + grid.gap);
      const name = grid.heads?.[start + k];
      if (name) {
        nodes.push(
          h('g', { class: `series ${roleClass(name.role)}`, 'aria-hidden': 'true' }, [
            h('text', { x: x + cell / 2, y: top + 14, 'text-anchor': 'middle', class: 'series__label' }, [name.text]),
          ]),
        );
      }
      // The nested SVG is placed by its x/y/width/height; `chart` (width: 100%) stays on the outer one.
      const { 'data-layout': _layout, ...own } = scene.attrs;
      const cls = `lab-tile ${String(own.class ?? '').replace(/\bchart\b/, '')}`.replace(/\s+/g, ' ').trim();
      nodes.push({ ...scene, attrs: { ...own, class: cls, x, y: top + head, width: cell, height: heights[k] as number } });
    });
    top += head + Math.max(...heights) + grid.gap;
  }
  const height = Math.ceil(top - grid.gap);
  const defs = grid.defs?.length ? [h('defs', {}, [...grid.defs])] : [];
  return h('svg', { viewBox: `0 0 ${grid.width} ${height}`, class: 'chart lab-tiles', role: 'group', 'aria-label': grid.label }, [...defs, ...nodes]);
}

/**
 * Feature maps drawn to scale: a square whose side is proportional to the map's side, labelled
 * with its size, so a halving (stride 2, max-pool) is seen as a square a quarter of the area.
 */
import { h, type SvgNode } from './svg';

/** Where and how big to draw one map. */
export interface MapSquareSpec {
  /** Map side in positions, e.g. 56. */
  size: number;
  /** Pixels per position. */
  scale: number;
  /** Horizontal centre of the square. */
  cx: number;
  /** Top of the square. */
  top: number;
}

/** Height the square and its label take, for row layout. */
export function mapSquareHeight(size: number, scale: number): number {
  return size * scale + LABEL_GAP;
}

const LABEL_GAP = 16;

/** A map as a square to scale with its 'n×n' label beneath. */
export function mapSquare({ size, scale, cx, top }: MapSquareSpec): SvgNode {
  const side = size * scale;
  return h('g', { class: 'feature-map', 'data-size': size }, [
    h('rect', { x: cx - side / 2, y: top, width: side, height: side, class: 'feature-map__square' }),
    h('text', { x: cx, y: top + side + LABEL_GAP - 4, 'text-anchor': 'middle', class: 'axis__label' }, [
      `${size}×${size}`,
    ]),
  ]);
}

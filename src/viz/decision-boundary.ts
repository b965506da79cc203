/**
 * A net's decision boundary as a small SVG: the probability grid as shaded cells (runs of equal
 * shade merged into one rectangle, and each shade level one path, so the markup stays small) and the spiral points on top, class 0
 * as circles and class 1 as squares so the classes differ by more than colour. Pictures of one data set can share one drawing of
 * the points (`pointsRef`).
 */
import type { PointSet } from '~lib/data/spirals';
import type { GridGeometry } from '~lib/training-lab/lab-record';
import { roleClass, ROLES } from './roles';
import { h, type SvgNode } from './svg';

/** Inputs of one boundary picture. */
export interface BoundarySpec {
  /** Unique prefix for the title/desc ids. */
  id: string;
  title: string;
  description: string;
  /** P(class 1) per cell, row-major, top row first; null draws the points only. */
  grid: readonly number[] | null;
  geometry: GridGeometry;
  /** Training points (filled marks). */
  train: PointSet;
  /** Held-out points (hollow marks). */
  test?: PointSet;
  /** Side of one grid cell in SVG units (whole numbers keep cell edges on pixel lines). */
  cellSize?: number;
  /**
   * The id of a {@link boundaryPoints} group drawn once for several pictures of the same data (a
   * lab's nets): the picture then shows it by reference instead of repeating every mark.
   */
  pointsRef?: string;
}

/** Shade levels per class: confidence |p − ½| is cut into this many steps. */
const LEVELS = 4;

/** The shade level of a probability: sign gives the class, magnitude 0…LEVELS the confidence. */
export function shadeLevel(p: number): number {
  if (!Number.isFinite(p)) return 0;
  const signed = (p - 0.5) * 2; // −1 … 1
  const level = Math.min(LEVELS, Math.floor(Math.abs(signed) * LEVELS + 0.5));
  return signed < 0 ? -level : level;
}

/** Draws the picture; pure, so it renders at build time and in the browser alike. */
export function decisionBoundary(spec: BoundarySpec): SvgNode {
  const r = spec.geometry.resolution;
  const cell = spec.cellSize ?? 9;
  const size = r * cell;

  // Each shade level is one path of rectangles (a run of equal shade in a row is one rectangle):
  // at most 2 × LEVELS elements per picture instead of hundreds of sibling rects, which the browser
  // styles, lays out and matches selectors against one by one.
  const runs = new Map<number, string[]>();
  if (spec.grid && spec.grid.length === r * r) {
    for (let row = 0; row < r; row++) {
      let col = 0;
      while (col < r) {
        const level = shadeLevel(spec.grid[row * r + col] as number);
        let end = col + 1;
        while (end < r && shadeLevel(spec.grid[row * r + end] as number) === level) end++;
        if (level !== 0) {
          const d = runs.get(level) ?? [];
          d.push(`M${col * cell},${row * cell}h${(end - col) * cell}v${cell}h${-(end - col) * cell}z`);
          runs.set(level, d);
        }
        col = end;
      }
    }
  }
  const cells: SvgNode[] = [...runs]
    .sort(([a], [b]) => a - b)
    .map(([level, d]) =>
      h('path', {
        d: d.join(''),
        class: `boundary__cell ${roleClass(level < 0 ? 'class-a' : 'class-b')}`,
        'fill-opacity': ((Math.abs(level) / LEVELS) * 0.55).toFixed(2),
      }),
    );

  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  return h('svg', { viewBox: `0 0 ${size} ${size}`, class: 'chart boundary', role: 'img', 'aria-labelledby': `${titleId} ${descId}` }, [
    h('title', { id: titleId }, [spec.title]),
    h('desc', { id: descId }, [spec.description]),
    h('rect', { width: size, height: size, class: 'boundary__frame' }),
    h('g', { class: 'boundary__cells', 'shape-rendering': 'crispEdges' }, cells),
    ...(spec.pointsRef ? [h('use', { href: `#${spec.pointsRef}` })] : pointMarks(spec)),
  ]);
}

/** The points of a picture as a group with an id, for {@link BoundarySpec.pointsRef}; its grid is not used. */
export function boundaryPoints(id: string, spec: Omit<BoundarySpec, 'id' | 'title' | 'description' | 'grid'>): SvgNode {
  return h('g', { id, class: 'boundary__marks' }, pointMarks(spec));
}

/**
 * How the marks are painted, inline: a `<use>` shows a copy of them inside its own shadow tree,
 * where the page's `.chart …` rules do not reach, so the paint travels with the marks (the tokens
 * still come from the page, by inheritance, in either theme).
 */
const MARK_STYLE = {
  train: (tone: string) => `fill:${tone};stroke:var(--sl-color-black);stroke-width:0.6`,
  test: (tone: string) => `fill:none;stroke:${tone};stroke-width:1.1`,
};

/** The training points filled and the held-out ones hollow; class 0 as circles, class 1 as squares. */
function pointMarks(spec: Pick<BoundarySpec, 'geometry' | 'train' | 'test' | 'cellSize'>): SvgNode[] {
  const { resolution: r, extent } = spec.geometry;
  const size = r * (spec.cellSize ?? 9);
  const [x0, x1, y0, y1] = extent;
  const sx = (x: number) => ((x - x0) / (x1 - x0)) * size;
  const sy = (y: number) => ((y1 - y) / (y1 - y0)) * size;
  const marks = (set: PointSet, cls: 0 | 1): string => {
    const parts: string[] = [];
    for (let i = 0; i < set.n; i++) {
      if (set.y[i] !== cls) continue;
      const x = sx(set.x[2 * i] as number);
      const y = sy(set.x[2 * i + 1] as number);
      // Circles for class 0 (two arcs), squares for class 1.
      parts.push(cls === 0 ? `M${f(x - 2.2)},${f(y)}a2.2,2.2 0 1,0 4.4,0a2.2,2.2 0 1,0 -4.4,0` : `M${f(x - 2)},${f(y - 2)}h4v4h-4z`);
    }
    return parts.join('');
  };
  const points = (set: PointSet | undefined, kind: 'train' | 'test') =>
    set
      ? ([0, 1] as const).map((cls) => {
          const role = cls === 0 ? 'class-a' : 'class-b';
          return h('path', { d: marks(set, cls), class: `boundary__points boundary__points--${kind} ${roleClass(role)}`, style: MARK_STYLE[kind](`var(--${ROLES[role].token})`) });
        })
      : [];
  return [...points(spec.train, 'train'), ...points(spec.test, 'test')];
}

const f = (v: number) => String(Math.round(v * 10) / 10);

/**
 * The loss-landscape figure's views, pure and DOM-free: the 2-D slices of the plain and the
 * residual net side by side (stacked on a phone) as contour lines on the SAME log-spaced levels
 * (d3-contour), each net in its role's colour and thicker lines for lower losses, the trained
 * weights marked at the centre; the two 1-D slices on one log-scale chart; and the data tables.
 */
import { contours } from 'd3-contour';
import { scaleLinear } from 'd3-scale';
import { axis, sharedLevels } from '~lib/later-work/landscape-grid';
import { LANDSCAPE_MODELS, type LandscapeModel, type LandscapeRecord } from '~lib/later-work/landscape-summary';
import { bottomAxis, leftAxis } from './axes';
import type { DataTable } from './data-table';
import type { Layout } from './layout';
import { lineChart } from './line-chart';
import { roleClass, roleDash } from './roles';
import { h, type SvgNode } from './svg';

/** Contour levels per figure: enough to see a basin's shape, few enough to tell lines apart. */
export const LEVELS = 10;

const fmtLevel = (v: number) => (v < 0.01 ? v.toExponential(0) : String(Number(v.toPrecision(2))));
export const fmtLoss = (v: number) => (!Number.isFinite(v) ? 'not finite' : v < 1e-3 ? v.toExponential(2) : String(Number(v.toPrecision(4))));

/** Panel geometry per layout: panel side, where each panel's plot starts, total size. */
const GEOMETRY: Record<Layout, { side: number; origins: [number, number][]; width: number; height: number }> = {
  wide: {
    side: 232,
    origins: [
      [64, 30],
      [384, 30],
    ],
    width: 640,
    height: 320,
  },
  narrow: {
    side: 250,
    origins: [
      [72, 30],
      [72, 366],
    ],
    width: 360,
    height: 660,
  },
};

/** One net's panel: contour lines of its grid at `levels`, axes α and β, the trained weights marked. */
function panel(id: string, rec: LandscapeRecord, model: LandscapeModel, levels: number[], at: [number, number], side: number): SvgNode {
  const n = rec.n;
  const grid = rec[model].grid;
  const finiteMax = Math.max(...grid.filter(Number.isFinite));
  const value = (r: number, c: number) => {
    const v = grid[Math.min(n - 1, Math.max(0, r)) * n + Math.min(n - 1, Math.max(0, c))]!;
    return Number.isFinite(v) ? v : finiteMax;
  };
  // A ring of copies of the edge values around the grid: d3-contour closes every polygon along the
  // grid's border, and with the ring that closing edge lies a cell outside the frame, clipped away,
  // so only true contour lines are drawn.
  const m = n + 2;
  const values = Array.from({ length: m * m }, (_, k) => value(Math.floor(k / m) - 1, (k % m) - 1));
  const x = scaleLinear().domain([-1, 1]).range([0, side]);
  const y = scaleLinear().domain([-1, 1]).range([side, 0]);
  // d3-contour puts sample i of the padded grid at i + 0.5: grid point j (= i − 1) is at j + 1.5.
  const toAxis = (p: number) => -1 + (2 * (p - 1.5)) / (n - 1);
  const path = (c: { coordinates: number[][][][] }) =>
    c.coordinates
      .flat()
      .map((ring) => `M${ring.map(([px, py]) => `${x(toAxis(px!)).toFixed(1)},${y(toAxis(py!)).toFixed(1)}`).join('L')}Z`)
      .join('');
  const lines = contours().size([m, m]).thresholds(levels)(values);
  const clipId = `${id}-${model}-clip`;
  const widths = levels.map((_, i) => 2.4 - (1.6 * i) / Math.max(1, levels.length - 1));
  return h('g', { transform: `translate(${at[0]},${at[1]})`, class: roleClass(model) }, [
    h('text', { x: side / 2, y: -10, 'text-anchor': 'middle', class: 'axis__title' }, [`${rec[model].id}`]),
    leftAxis(y, 0, 0, 'β', false, 4),
    bottomAxis(x, side, 'α', 4),
    h('rect', { x: 0, y: 0, width: side, height: side, fill: 'none', class: 'axis__line' }),
    h('clipPath', { id: clipId }, [h('rect', { x: 0, y: 0, width: side, height: side })]),
    ...lines.map((c, i) =>
      h('path', {
        d: path(c),
        fill: 'none',
        class: 'series__line',
        'stroke-width': widths[i]!.toFixed(2),
        'stroke-dasharray': roleDash(model),
        'clip-path': `url(#${clipId})`,
        'data-level': c.value,
      }),
    ),
    h('circle', { cx: x(0), cy: y(0), r: 4, class: 'series__line', fill: 'none', 'stroke-width': 2 }),
  ]);
}

/** Both nets' 2-D slices on shared contour levels. */
export function landscapeContours(id: string, rec: LandscapeRecord, layout: Layout = 'wide'): SvgNode {
  const g = GEOMETRY[layout];
  const levels = sharedLevels([rec.plain.grid, rec.residual.grid], LEVELS);
  const titleId = `${id}-contours-title`;
  const descId = `${id}-contours-desc`;
  return h('svg', { viewBox: `0 0 ${g.width} ${g.height}`, class: 'chart', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, 'data-layout': layout }, [
    h('title', { id: titleId }, [`Training loss on a 2-D slice around each trained net, ${rec.n} × ${rec.n} grid`]),
    h('desc', { id: descId }, [
      `Contour lines of the training loss at θ + αd + βδ for α and β from −1 to 1, ${rec.plain.id} and ${rec.residual.id}, at the same ${levels.length} levels for both (log-spaced: ${levels.map(fmtLevel).join(', ')}); thicker lines are lower losses; the circle marks the trained weights.`,
    ]),
    ...LANDSCAPE_MODELS.map((m, i) => panel(id, rec, m, levels, g.origins[i]!, g.side)),
  ]);
}

/** Both nets' 1-D slices, loss against α, on one log-scale chart. */
export function landscapeLine(id: string, rec: LandscapeRecord, layout: Layout = 'wide'): SvgNode {
  const alphas = axis(rec.linePoints);
  return lineChart({
    id: `${id}-line`,
    title: 'Training loss along one filter-normalised direction',
    description: `Training loss at θ + αd against α from −1 to 1 (log scale) for ${rec.plain.id} and ${rec.residual.id}, the same seed's direction for both; α = 0 is each net's trained weights.`,
    xLabel: 'α (step along d, in units of each filter’s norm)',
    yLabel: 'training loss',
    yLog: true,
    xDomain: [-1, 1],
    series: LANDSCAPE_MODELS.map((m) => ({ key: m, label: rec[m].id, role: m, points: rec[m].line.map((y, i) => ({ x: alphas[i]!, y })) })),
    frame: { width: 640, height: 300, margin: { top: 16, right: 120, bottom: 52, left: 64 } },
    layout,
  });
}

const row = (rec: LandscapeRecord, m: LandscapeModel, alpha: number, beta: number, loss: number) => ({
  attrs: { model: m, alpha, beta, loss: Number.isFinite(loss) ? loss : 'NaN' },
  cells: [rec[m].id, String(alpha), String(beta), fmtLoss(loss)],
});

const COLUMNS = [
  { key: 'model', label: 'net' },
  { key: 'alpha', label: 'α', numeric: true },
  { key: 'beta', label: 'β', numeric: true },
  { key: 'loss', label: 'training loss', numeric: true },
];

/** The 1-D slices: one row per net and α (β = 0). */
export function landscapeLineTable(rec: LandscapeRecord, caption: string): DataTable {
  const alphas = axis(rec.linePoints);
  return { caption, columns: COLUMNS, rows: LANDSCAPE_MODELS.flatMap((m) => rec[m].line.map((loss, i) => row(rec, m, alphas[i]!, 0, loss))) };
}

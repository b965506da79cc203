import { extent } from 'd3-array';
import { scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import { bottomAxis, inner, leftAxis, type Frame } from './axes';
import type { Layout } from './layout';
import { legend, LEGEND_ROW, textWidth } from './legend';
import { roleClass, roleDash, type Role } from './roles';
import { h, type SvgNode } from './svg';

/** One line on a chart. Non-finite y values break the line (a diverged run stops drawing). */
export interface Series {
  key: string;
  label: string;
  points: { x: number; y: number }[];
  /** What the line means (roles.ts): its colour, and its dash unless `dash` is given. */
  role: Role;
  /** A stroke-dasharray other than the role's (from roles.ts's DASH, e.g. train against test). */
  dash?: string | undefined;
  /** An extra class on the series, e.g. a depth step. */
  variant?: string;
  /** Marks where the series ended early, e.g. at a NaN loss. */
  stoppedAt?: { x: number; reason: string };
}

/** Everything a line chart needs; no DOM, so it renders at build time and in the browser alike. */
export interface LineChartSpec {
  id: string;
  title: string;
  description: string;
  xLabel: string;
  yLabel: string;
  series: Series[];
  yLog?: boolean;
  xDomain?: [number, number];
  yDomain?: [number, number];
  /** The wide layout's frame (default DEFAULT_FRAME). */
  frame?: Frame;
  /** The narrow layout's frame (default NARROW_FRAME). */
  narrowFrame?: Frame;
  /** Which layout to draw (layout.ts); wide by default. */
  layout?: Layout;
  /** Name the lines in a legend under the plot even where end labels would fit. */
  legendBelow?: boolean;
  /**
   * Cut the lines at the plot's edges instead of pinning points outside yDomain to them, so a
   * curve that starts above the axis (as in P1 Fig. 6, cut at 20 %) runs off the top.
   */
  clip?: boolean;
  /** Tick counts other than the layout's (TICKS), e.g. for a plot narrower than its layout's. */
  ticks?: { x: number; y: number };
}

/** The wide layout's frame: a desktop column, drawn at the width it is shown at (layout.ts). */
export const DEFAULT_FRAME: Frame = { width: 640, height: 320, margin: { top: 16, right: 120, bottom: 52, left: 64 } };
/** The narrow layout's frame: a phone's column; lines are named in a legend under the plot. */
export const NARROW_FRAME: Frame = { width: 360, height: 280, margin: { top: 12, right: 18, bottom: 66, left: 60 } };

/** Fewer ticks on a narrow chart, so their labels keep apart. */
const TICKS: Record<Layout, { x: number; y: number }> = { narrow: { x: 4, y: 4 }, wide: { x: 6, y: 5 } };
/** Space between the x axis title and a legend under the plot. */
const LEGEND_GAP = 4;

/** Draws a multi-series line chart as an SVG scene with a title and description for assistive tech. */
export function lineChart(spec: LineChartSpec): SvgNode {
  const layout = spec.layout ?? 'wide';
  const given = layout === 'wide' ? (spec.frame ?? DEFAULT_FRAME) : (spec.narrowFrame ?? NARROW_FRAME);
  const labelled = spec.series.filter((s) => s.label !== '');
  // End labels need the right margin; a legend under the plot takes their place where they would not fit.
  const below =
    labelled.length > 0 &&
    (layout === 'narrow' || spec.legendBelow === true || labelled.some((s) => textWidth(s.label) + 8 > given.margin.right));
  const frame = below ? { ...given, margin: { ...given.margin, right: Math.min(given.margin.right, NARROW_FRAME.margin.right) } } : given;
  const { width, height } = inner(frame);
  const finite = spec.series.flatMap((s) => s.points).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y));
  const positive = spec.yLog ? finite.filter((p) => p.y > 0) : finite;
  const xDomain = spec.xDomain ?? (extent(finite, (p) => p.x) as [number, number] | [undefined, undefined]);
  const yDomain = spec.yDomain ?? (extent(positive, (p) => p.y) as [number, number] | [undefined, undefined]);
  const [x0, x1] = xDomain[0] === undefined ? [0, 1] : (xDomain as [number, number]);
  let [y0, y1] = yDomain[0] === undefined ? (spec.yLog ? [0.1, 1] : [0, 1]) : (yDomain as [number, number]);
  if (y0 === y1) [y0, y1] = spec.yLog ? [y0 / 10, y1 * 10] : [y0 - 1, y1 + 1];
  const x = scaleLinear().domain([x0, x1 === x0 ? x0 + 1 : x1]).range([0, width]);
  const y = (spec.yLog ? scaleLog().domain([y0, y1]).nice() : scaleLinear().domain([y0, y1]).nice()).range([height, 0]).clamp(spec.clip !== true);
  const clipId = `${spec.id}-clip`;
  const path = line<{ x: number; y: number }>()
    .defined((p) => Number.isFinite(p.x) && Number.isFinite(p.y) && (!spec.yLog || p.y > 0))
    .x((p) => x(p.x))
    .y((p) => y(p.y));
  const titleId = `${spec.id}-title`;
  const descId = `${spec.id}-desc`;
  const lastPoints = spec.series.map(lastFinite);
  const natural = lastPoints.map((p, i) => (p && spec.series[i]?.label ? y(p.y) : null));
  const labelYs = natural.slice();
  // End labels that end at the same x could collide: dodge each such group on its own.
  for (const at of new Set(lastPoints.map((p) => p?.x))) {
    const group = natural.map((v, i) => (lastPoints[i]?.x === at ? v : null));
    dodge(group, LABEL_GAP, height).forEach((v, i) => {
      if (v !== null) labelYs[i] = v;
    });
  }
  const ticks = spec.ticks ?? TICKS[layout];
  const key = below
    ? legend(
        labelled.map((s) => ({ role: s.role, label: s.label, dash: 'dash' in s ? s.dash : roleDash(s.role) })),
        frame.margin.left - 40,
        frame.height + LEGEND_GAP,
        frame.width - frame.margin.left + 40 - frame.margin.right,
      )
    : null;
  const total = frame.height + (key ? LEGEND_GAP + key.height + LEGEND_ROW / 3 : 0);
  return h('svg', { viewBox: `0 0 ${frame.width} ${total}`, class: 'chart', role: 'img', 'aria-labelledby': `${titleId} ${descId}`, 'data-layout': layout }, [
    h('title', { id: titleId }, [spec.title]),
    h('desc', { id: descId }, [spec.description]),
    h('g', { transform: `translate(${frame.margin.left},${frame.margin.top})` }, [
      spec.clip ? h('clipPath', { id: clipId }, [h('rect', { x: 0, y: 0, width, height })]) : null,
      leftAxis(y, 0, width, spec.yLabel, spec.yLog, ticks.y),
      bottomAxis(x, height, spec.xLabel, ticks.x),
      ...spec.series.map((s, i) => seriesMark(s, path(s.points) ?? '', x, y, width, below ? null : (labelYs[i] ?? null), below, spec.clip ? clipId : undefined)),
    ]),
    key ? key.node : null,
  ]);
}

/** Vertical distance between dodged labels, in SVG units (about one line of label text). */
const LABEL_GAP = 15;

const lastFinite = (s: Series) => [...s.points].reverse().find((p) => Number.isFinite(p.y));

/**
 * Label positions at least `gap` apart, each as close to its own line's end as the others allow:
 * sorted top to bottom, pushed down past their upper neighbour, then the stack is pulled back up
 * wherever it ran below `bottom`. Nulls (series with no finite point) stay null.
 */
export function dodge(ys: readonly (number | null)[], gap: number, bottom: number): (number | null)[] {
  const order = ys.map((v, i) => [v, i] as const).filter((e): e is readonly [number, number] => e[0] !== null).sort((a, b) => a[0] - b[0]);
  const placed = order.map(([v]) => v);
  for (let k = 1; k < placed.length; k++) placed[k] = Math.max(placed[k] as number, (placed[k - 1] as number) + gap);
  for (let k = placed.length - 1; k >= 0; k--) {
    const limit = k === placed.length - 1 ? bottom : (placed[k + 1] as number) - gap;
    placed[k] = Math.min(placed[k] as number, limit);
  }
  const out: (number | null)[] = ys.map(() => null);
  order.forEach(([, i], k) => (out[i] = placed[k] as number));
  return out;
}

function seriesMark(
  s: Series,
  d: string,
  x: (v: number) => number,
  y: (v: number) => number,
  width: number,
  labelY: number | null,
  unlabelled = false,
  clipId?: string,
): SvgNode {
  const last = lastFinite(s);
  const dash = 'dash' in s ? s.dash : roleDash(s.role);
  return h('g', { class: ['series', roleClass(s.role), s.variant].filter(Boolean).join(' '), 'data-series': s.key }, [
    h('path', { d, fill: 'none', class: 'series__line', 'stroke-dasharray': dash, 'clip-path': clipId ? `url(#${clipId})` : undefined }),
    last && !unlabelled ? h('text', { x: Math.min(x(last.x), width) + 6, y: labelY ?? y(last.y), dy: '0.32em', class: 'series__label' }, [s.label]) : null,
    s.stoppedAt
      ? h('g', { transform: `translate(${x(s.stoppedAt.x)},${last ? y(last.y) : 0})`, class: 'series__stop' }, [
          h('path', { d: 'M-5,-5L5,5M-5,5L5,-5' }),
          h('title', {}, [s.stoppedAt.reason]),
        ])
      : null,
  ]);
}

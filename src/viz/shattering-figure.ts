/**
 * fig-gradient-shattering: Balduzzi et al.'s measure on the lab's nets, drawn with the shared line
 * chart. Top: the neighbour correlation of the input gradient against depth at initialisation,
 * median over seeds, plain and residual. Below: the gradient itself along the segment for one
 * depth (or the trained pair), one small chart per kind so the jagged and the smooth curve do not
 * hide each other. The same scenes render at build time and in the island.
 */
import { medians, type ShatteringRecord, type ShatterKind, type Signal } from '~lib/later-work/shattering';
import type { ShatterShow } from '~lib/later-work/shattering-state';
import { figureId } from '~lib/site/figures';
import type { DataTable } from './data-table';
import type { Layout } from './layout';
import { DEFAULT_FRAME, lineChart, NARROW_FRAME } from './line-chart';
import type { SvgNode } from './svg';

const ID = figureId('gradient-shattering');
const KIND_LABEL: Record<ShatterKind, string> = { plain: 'plain', residual: 'residual' };

/** The correlation chart. */
export function correlationScene(record: ShatteringRecord, layout: Layout = 'wide', live = false): SvgNode {
  const m = medians(record);
  const deepest = Math.max(...record.depths);
  const at = (kind: ShatterKind) =>
    m
      .find((s) => s.kind === kind)!
      .points.find((p) => p.depth === deepest)!
      .correlation.toFixed(2);
  return lineChart({
    id: `${ID}-correlation${live ? '-live' : ''}`,
    title: 'Neighbour correlation of the input gradient against depth, at initialisation',
    description: `Median over ${record.seeds} initialisations, ${record.points} points on a segment. At ${deepest} layers: plain ${at('plain')}, residual ${at('residual')}. Near 1 is smooth, near 0 is like white noise.`,
    xLabel: 'depth (weight layers)',
    yLabel: 'neighbour correlation',
    xDomain: [0, deepest],
    yDomain: [-0.25, 1],
    layout,
    series: m.map((s) => ({ key: s.kind, label: KIND_LABEL[s.kind], role: s.kind, points: s.points.map((p) => ({ x: p.depth, y: p.correlation })) })),
  });
}

/** The signals a panel setting shows (from the record; null when the trained pair is asked for but absent). */
export function shownSignals(record: ShatteringRecord, show: ShatterShow): Signal[] | null {
  if (show === 'trained') return record.trained?.signals ?? null;
  return record.signals.filter((s) => s.depth === Number(show));
}

/** Words for what the lower panels show. */
export function signalWhat(record: ShatteringRecord, show: ShatterShow): string {
  if (show === 'trained' && record.trained)
    return `the trained ${record.trained.depth}-layer nets (${record.trained.source === 'reader' ? 'your run' : 'the recorded run'}, ${record.trained.step} steps)`;
  return `${show}-layer nets at initialisation (seed ${record.firstSeed})`;
}

/** One small chart of the gradient along the segment, for one kind. */
export function signalScene(record: ShatteringRecord, show: ShatterShow, kind: ShatterKind, layout: Layout = 'wide', live = false): SvgNode {
  const signal = shownSignals(record, show)?.find((s) => s.kind === kind);
  const g = signal?.g ?? [];
  const frame = layout === 'wide' ? { ...DEFAULT_FRAME, height: 170, margin: { ...DEFAULT_FRAME.margin, bottom: 44 } } : { ...NARROW_FRAME, height: 180 };
  return lineChart({
    id: `${ID}-${kind}${live ? '-live' : ''}`,
    title: `Gradient along the segment, ${KIND_LABEL[kind]} net`,
    description: `${KIND_LABEL[kind]}: ${signalWhat(record, show)}, scaled to a largest magnitude of 1.`,
    xLabel: 'position along the segment',
    yLabel: `${KIND_LABEL[kind]}: gradient`,
    xDomain: [0, Math.max(1, g.length - 1)],
    yDomain: [-1, 1],
    frame,
    narrowFrame: frame,
    layout,
    ticks: { x: 3, y: 3 },
    series: [{ key: kind, label: '', role: kind, points: g.map((y, i) => ({ x: i, y })) }],
  });
}

/** One row per kind and depth (median and every seed), then the trained pair's rows. */
export function shatteringTable(record: ShatteringRecord): DataTable {
  const rows = record.init.map((r) => {
    const med = medians(record)
      .find((s) => s.kind === r.kind)!
      .points.find((p) => p.depth === r.depth)!.correlation;
    return {
      attrs: { model: `${r.kind}-${r.depth}`, kind: r.kind, depth: r.depth, when: 'init', correlation: med, seeds: r.correlation.join(' ') },
      cells: [`${r.kind}-${r.depth}`, 'initialisation', med.toFixed(3), r.correlation.map((c) => c.toFixed(2)).join(', ')],
    };
  });
  const t = record.trained;
  if (t) {
    for (const kind of ['plain', 'residual'] as const) {
      rows.push({
        attrs: { model: `${kind}-${t.depth}`, kind, depth: t.depth, when: 'trained', correlation: t[kind], seeds: '' },
        cells: [`${kind}-${t.depth}`, `trained (${t.source === 'reader' ? 'your run' : 'recorded run'}, ${t.step} steps)`, t[kind].toFixed(3), '—'],
      });
    }
  }
  return {
    caption: `Neighbour correlation of the input gradient along a segment of ${record.points} points; at initialisation the median over seeds ${record.firstSeed}–${record.firstSeed + record.seeds - 1}`,
    columns: [
      { key: 'model', label: 'net' },
      { key: 'when', label: 'when' },
      { key: 'correlation', label: 'neighbour correlation', numeric: true },
      { key: 'seeds', label: 'per seed' },
    ],
    rows,
  };
}

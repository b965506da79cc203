/**
 * fig-layer-responses: P1 Fig. 7's idea in the lab's nets. One line per net: the std of each unit's
 * branch output F(x_l) after the lab's training run; plain nets in the plain colour and dashed,
 * residual ones in the residual colour and solid, deeper nets drawn thicker (roles.ts). Drawn
 * with the shared line chart.
 */
import { meanResponse, type RecordedLayerResponses } from '~lib/recorded/layer-responses';
import { figureId } from '~lib/site/figures';
import type { DataTable } from './data-table';
import type { Layout } from './layout';
import { DEFAULT_FRAME, lineChart } from './line-chart';
import { depthClass } from './roles';
import type { SvgNode } from './svg';

/** The chart. */
export function layerResponsesScene(record: RecordedLayerResponses, layout: Layout = 'wide'): SvgNode {
  const depths = [...new Set(record.nets.map((n) => n.depth))].sort((a, b) => a - b);
  const summary = record.nets.map((n) => `${n.id}: mean std ${meanResponse(n).toFixed(2)}`).join('; ');
  return lineChart({
    id: `${figureId('layer-responses')}-chart`,
    title: 'Standard deviation of each unit’s branch output, plain and residual nets after training',
    description: `Log scale, unit index on the x axis, held-out points, after ${record.steps} training steps. ${summary}.`,
    xLabel: 'unit (two weight layers each), from the input',
    yLabel: 'std of F(x) (log)',
    yLog: true,
    frame: { ...DEFAULT_FRAME, margin: { ...DEFAULT_FRAME.margin, right: 96 } },
    layout,
    series: record.nets.map((n) => ({
      key: n.id,
      label: n.id,
      points: n.std.map((y, i) => ({ x: i + 1, y })),
      role: n.residual ? 'residual' : 'plain',
      variant: depthClass(depths.indexOf(n.depth), depths.length),
    })),
  });
}

/** One row per net and unit, with raw numbers in data-net, data-unit and data-std. */
export function layerResponsesTable(record: RecordedLayerResponses): DataTable {
  return {
    caption: `std of each unit’s branch output on the held-out points after ${record.steps} steps`,
    columns: [
      { key: 'net', label: 'net' },
      { key: 'unit', label: 'unit', numeric: true },
      { key: 'std', label: 'std of F(x)', numeric: true },
    ],
    rows: record.nets.flatMap((n) =>
      n.std.map((s, i) => ({ attrs: { net: n.id, unit: i + 1, std: s }, cells: [n.id, String(i + 1), s.toPrecision(3)] })),
    ),
  };
}

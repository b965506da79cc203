/**
 * P1 Fig. 5's units at a 56×56 map (chapter 10): the basic 64-d block, the 256-d bottleneck, and the
 * same bottleneck with a projection shortcut, which roughly doubles its cost.
 */
import { layersOfBlock } from '~lib/arch/block';
import { blockCost, type BlockCostRow } from '~lib/arch/comparisons';
import { figureId } from '~lib/site/figures';
import { barPanels } from './bar-panels';
import { formatMegaMacs, formatParams } from './cost-format';
import type { DataTable } from './data-table';
import type { Drawing } from './layout';

/** The figure's scene and data table. */
export interface BlockCostFigure {
  /** Multiply-adds and parameters per unit, in either layout. */
  scene: Drawing;
  /** Every number drawn. */
  table: DataTable;
}

/** A unit's convs as P1 Table 1 writes them, e.g. '[1×1, 64; 3×3, 64; 1×1, 256]', plus its projection. */
export function unitLayers(row: BlockCostRow): string {
  const { convs: layers, shortcutLayer: projection } = layersOfBlock(row.block);
  const convs = layers.map((c) => `${c.kernel}×${c.kernel}, ${c.outChannels}`).join('; ');
  return `[${convs}]${projection ? ` + 1×1, ${projection.outChannels} proj.` : ''}`;
}

const ratio = (value: number, base: number) => `${(value / base).toFixed(2)}×`;

/** Builds the chart and table at a size×size map (56, P1's conv2_x). */
export function blockCostFigure(id: string = figureId('block-cost'), size = 56): BlockCostFigure {
  const rows = blockCost(size);
  const basic = rows[0]!;
  const scene: Drawing = (layout) => barPanels({
    id,
    layout,
    title: `Cost of one residual unit at ${size}×${size}: basic block, bottleneck, bottleneck with a projection shortcut`,
    description: rows
      .map((r) => `${r.label} ${unitLayers(r)}: ${formatMegaMacs(r.macs)} multiply-adds and ${formatParams(r.params)} parameters.`)
      .join(' '),
    rows: rows.map((r) => ({ key: r.key, label: r.label, note: unitLayers(r) })),
    panels: [
      {
        title: `multiply-adds at ${size}×${size}`,
        axisTitle: 'M multiply-adds (P1’s “FLOPs”)',
        series: [{ key: 'macs', label: 'multiply-adds', role: 'macs', values: rows.map((r) => r.macs / 1e6), labels: rows.map((r) => formatMegaMacs(r.macs)) }],
      },
      {
        title: 'parameters',
        axisTitle: 'k parameters',
        series: [{ key: 'params', label: 'parameters', role: 'params', values: rows.map((r) => r.params / 1e3), labels: rows.map((r) => formatParams(r.params)) }],
      },
    ],
    labelWidth: 220,
  });
  return {
    scene,
    table: {
      caption: `Multiply-adds (P1’s FLOPs) and parameters of one unit at ${size}×${size}, weights and BN counted`,
      columns: [
        { key: 'unit', label: 'unit' },
        { key: 'layers', label: 'layers' },
        { key: 'macs', label: 'multiply-adds', numeric: true },
        { key: 'macs-ratio', label: 'vs basic', numeric: true },
        { key: 'params', label: 'parameters', numeric: true },
        { key: 'params-ratio', label: 'vs basic', numeric: true },
      ],
      rows: rows.map((r) => ({
        attrs: { model: r.key, flops: r.macs, params: r.params, size },
        cells: [r.label, unitLayers(r), formatMegaMacs(r.macs), ratio(r.macs, basic.macs), formatParams(r.params), ratio(r.params, basic.params)],
      })),
    },
  };
}

/**
 * The FLOPs explorer's two outputs for one choice of network: the chart scene and the data table.
 * Used by the component at build time and by the island in the browser, so both show the same.
 */
import { explorerMapSizes, largestStageMacs } from '~lib/arch/explorer-layout';
import type { FlopsColumn } from '~lib/arch/flops-columns';
import { EXPLORER_BASELINE, EXPLORER_MODELS, type ExplorerModel } from '~lib/arch/explorer-state';
import { STAGE_TABLE_COLUMNS, stageTableRows, totalTableRow } from './cost-table';
import type { DataTable } from './data-table';
import { flopsBars } from './flops-bars';
import type { Layout } from './layout';
import type { SvgNode } from './svg';

/** Every column the explorer can show, by key (`explorerColumns()`, computed at build time). */
export type ExplorerColumns = Readonly<Record<ExplorerModel, FlopsColumn>>;

/**
 * The chart: the baseline (VGG-19) on the left, `model` on the right, on fixed rows and a fixed
 * scale. `id` is the figure's anchor (the component and the island pass it), prefixing the SVG's ids;
 * `layout` the width it is drawn for (layout.ts).
 */
export function explorerScene(columns: ExplorerColumns, model: ExplorerModel, id: string, layout: Layout = 'wide'): SvgNode {
  const all = Object.values(columns);
  return flopsBars({
    id,
    left: columns[EXPLORER_BASELINE],
    right: columns[model],
    sizes: explorerMapSizes(all),
    maxMacs: largestStageMacs(all),
    layout,
  });
}

/**
 * The table: per-stage rows for the two networks drawn (`data-stage` set), then a whole-network row
 * for every network the picker offers, with P1's printed figure beside our count.
 */
export function explorerTable(columns: ExplorerColumns, model: ExplorerModel): DataTable {
  const shown = model === EXPLORER_BASELINE ? [EXPLORER_BASELINE] : [EXPLORER_BASELINE, model];
  const order = [EXPLORER_BASELINE, ...EXPLORER_MODELS.filter((m) => m !== EXPLORER_BASELINE)];
  return {
    caption: `Multiply-adds (P1’s FLOPs) and parameters per stage of ${shown.map((k) => columns[k].label).join(' and ')}, then every network’s totals beside P1’s printed figure`,
    columns: STAGE_TABLE_COLUMNS,
    rows: [...shown.flatMap((k) => stageTableRows(columns[k])), ...order.map((k) => totalTableRow(columns[k]))],
  };
}

/**
 * Data-table rows for the cost figures: one row per stage (with `data-stage`) or per network, raw
 * numbers in `data-flops` / `data-params`, P1's printed figure beside ours where P1 prints one.
 */
import type { FlopsColumn } from '~lib/arch/flops-columns';
import type { FlopsAgreement } from '~lib/arch/printed-flops';
import { formatMacs, formatParams, formatShare } from './cost-format';
import type { DataTable } from './data-table';

/** Columns shared by the per-stage cost tables. */
export const STAGE_TABLE_COLUMNS: DataTable['columns'] = [
  { key: 'network', label: 'network' },
  { key: 'stage', label: 'stage' },
  { key: 'map', label: 'output map' },
  { key: 'layers', label: 'layers' },
  { key: 'macs', label: 'multiply-adds', numeric: true },
  { key: 'macs-share', label: '% of multiply-adds', numeric: true },
  { key: 'params', label: 'parameters', numeric: true },
  { key: 'params-share', label: '% of parameters', numeric: true },
  { key: 'paper', label: 'P1 prints' },
];

type Row = DataTable['rows'][number];

/** One row per stage of a column. */
export function stageTableRows(column: FlopsColumn): Row[] {
  return column.stages.map((s) => ({
    attrs: { model: column.key, stage: s.name, flops: s.macs, params: s.params, size: s.size },
    cells: [
      column.label,
      s.name,
      s.head ? `${s.output.channels} outputs` : `${s.size}×${s.size}×${s.output.channels}`,
      s.layers,
      formatMacs(s.macs),
      formatShare(s.macsShare),
      formatParams(s.params),
      formatShare(s.paramsShare),
      '–',
    ],
  }));
}

const AGREEMENT: Record<FlopsAgreement, string> = {
  rounds: '',
  truncated: '; our count truncates to it, rounding would not',
  'conv-only': '; our count of the conv layers alone rounds to it',
  differs: '; our count differs',
};

/** What P1 prints for a column, for the table's last cell: '3.6×10⁹, P1 Table 1' or '–'. */
export function printedCell(column: FlopsColumn): string {
  const p = column.printed;
  return p ? `${p.text}, ${p.source}${AGREEMENT[p.agreement]}` : '–';
}

/** The whole-network row of a column; `data-paper-flops` holds P1's printed figure as a plain number. */
export function totalTableRow(column: FlopsColumn): Row {
  const paper: Record<string, number> = column.printed ? { 'paper-flops': column.printed.value } : {};
  return {
    attrs: { model: column.key, flops: column.totalMacs, params: column.totalParams, ...paper },
    cells: [
      column.label,
      'whole network',
      '224×224 input',
      `${column.depth} weighted layers`,
      formatMacs(column.totalMacs),
      '100 %',
      formatParams(column.totalParams),
      '100 %',
      printedCell(column),
    ],
  };
}

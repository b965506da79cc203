/**
 * The multiply-add counts P1 prints for the ImageNet networks, read from the paper tables (never
 * re-typed), and how our count relates to each: it rounds to it, or it only matches another reading.
 */
import { formatCellParts, paperTable, tableCell } from '../papers';
import { costOfNetwork } from './cost';
import type { NetworkKey } from './registry';
import type { Network } from './types';

/** Where P1 prints a network's FLOPs: the FLOPs row of Table 1 or the list in Secs. 3.3 and 4.1. */
const SOURCES: Partial<Record<NetworkKey, { table: 'p1-table-1' | 'p1-flops'; row: string; column: string }>> = {
  resnet18: { table: 'p1-table-1', row: 'flops', column: 'd18' },
  resnet34: { table: 'p1-table-1', row: 'flops', column: 'd34' },
  resnet50: { table: 'p1-table-1', row: 'flops', column: 'd50' },
  resnet101: { table: 'p1-table-1', row: 'flops', column: 'd101' },
  resnet152: { table: 'p1-table-1', row: 'flops', column: 'd152' },
  plain34: { table: 'p1-flops', row: 'plain-34', column: 'flops' },
  vgg16: { table: 'p1-flops', row: 'vgg-16', column: 'flops' },
  vgg19: { table: 'p1-flops', row: 'vgg-19', column: 'flops' },
};

/**
 * How our count meets the printed one: `rounds` (it rounds to the printed digits), `truncated` (it
 * only truncates to them, ResNet-50), `conv-only` (the conv layers alone round to it, VGG-16), `differs`.
 */
export type FlopsAgreement = 'rounds' | 'truncated' | 'conv-only' | 'differs';

/** A FLOPs figure as P1 prints it. */
export interface PrintedFlops {
  /** Multiply-adds as a plain number (3.6×10⁹ → 3600000000). */
  value: number;
  /** As printed, with its power of ten, e.g. '3.6×10⁹'. */
  text: string;
  /** Where it is printed, e.g. 'P1 Table 1'. */
  source: string;
  /** Decimals printed in units of 10⁹. */
  decimals: number;
}

/** P1's printed multiply-adds for a registry network, or null when P1 prints none for it. */
export function printedFlops(key: NetworkKey): PrintedFlops | null {
  const where = SOURCES[key];
  if (!where) return null;
  const cell = tableCell(where.table, where.row, where.column);
  if (cell.kind !== 'number') throw new Error(`${where.table}/${where.row}/${where.column} is not a number`);
  const column = paperTable(where.table).columns.find((c) => c.key === where.column);
  const exp10 = cell.exp10 ?? 9; // the FLOPs list's column carries ×10⁹ as its unit
  const { main } = formatCellParts(cell, column);
  return {
    value: Math.round(cell.value * 10 ** exp10),
    text: cell.exp10 === undefined ? `${main}${column?.unit ?? ''}` : main,
    source: where.table === 'p1-table-1' ? 'P1 Table 1' : 'P1 Secs. 3.3, 4.1',
    decimals: cell.decimals,
  };
}

/** Whether `macs`, in units of 10⁹ cut to `decimals`, equals the printed value (by rounding or truncation). */
function matches(macs: number, printed: PrintedFlops, cut: (x: number) => number): boolean {
  const scale = 10 ** printed.decimals;
  return cut((macs / 1e9) * scale) === Math.round((printed.value / 1e9) * scale);
}

/** How `net`'s multiply-adds relate to the printed figure (see {@link FlopsAgreement}). */
export function flopsAgreement(net: Network, printed: PrintedFlops): FlopsAgreement {
  const { stages, total } = costOfNetwork(net);
  if (matches(total.macs, printed, Math.round)) return 'rounds';
  if (matches(total.macs, printed, Math.floor)) return 'truncated';
  const fcMacs = stages.filter((s) => s.name === 'fc').reduce((sum, s) => sum + s.cost.macs, 0);
  if (matches(total.macs - fcMacs, printed, Math.round)) return 'conv-only';
  return 'differs';
}

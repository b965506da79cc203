// One registry of every table, and lookups that fail loudly: a typo in a chapter's table id or
// row key should stop the build with a message naming the known choices, not render a blank.
import { P1_TABLE_1 } from './p1-architecture';
import { P1_FLOPS, P1_TABLE_2, P1_TABLE_3, P1_TABLE_4, P1_TABLE_5, P1_TABLE_6 } from './p1-tables';
import { P2_TABLE_1, P2_TABLE_2, P2_TABLE_3, P2_TABLE_4, P2_TABLE_5 } from './p2-tables';
import type { Cell, PaperTable, PaperTableId, Row } from './types';

/** Every table, P1 then P2, in paper order (the FLOPs list after P1 Table 6). */
export const PAPER_TABLES: readonly PaperTable[] = [
  P1_TABLE_1,
  P1_TABLE_2,
  P1_TABLE_3,
  P1_TABLE_4,
  P1_TABLE_5,
  P1_TABLE_6,
  P1_FLOPS,
  P2_TABLE_1,
  P2_TABLE_2,
  P2_TABLE_3,
  P2_TABLE_4,
  P2_TABLE_5,
];

/** Ids of every table, in PAPER_TABLES order. */
export const PAPER_TABLE_IDS: readonly PaperTableId[] = PAPER_TABLES.map((t) => t.id);

const BY_ID = new Map<string, PaperTable>(PAPER_TABLES.map((t) => [t.id, t]));

/** True when `id` names a table held here. */
export function isPaperTableId(id: string): id is PaperTableId {
  return BY_ID.has(id);
}

/** The table with this id; throws, listing the known ids, for an unknown one. */
export function paperTable(id: string): PaperTable {
  const table = BY_ID.get(id);
  if (!table) {
    throw new Error(`Unknown paper table id "${id}". Known ids: ${PAPER_TABLE_IDS.join(', ')}`);
  }
  return table;
}

function unknownRow(table: PaperTable, key: string, what: string): Error {
  const known = table.rows.map((r) => r.key).join(', ');
  return new Error(`Unknown ${what} "${key}" in paper table "${table.id}". Known row keys: ${known}`);
}

/** Throws unless every key names a row of `table`; `what` names the keys in the message. */
export function assertRowKeys(table: PaperTable, keys: readonly string[], what = 'row key'): void {
  for (const key of keys) {
    if (!table.rows.some((r) => r.key === key)) throw unknownRow(table, key, what);
  }
}

/** The rows named by `keys`, in that order (all rows when omitted); throws on unknown or repeated keys. */
export function selectRows(table: PaperTable, keys?: readonly string[]): readonly Row[] {
  if (keys === undefined) return table.rows;
  assertRowKeys(table, keys);
  const repeated = keys.find((key, i) => keys.indexOf(key) !== i);
  if (repeated !== undefined) {
    throw new Error(`Row key "${repeated}" is listed twice for paper table "${table.id}"`);
  }
  return keys.map((key) => table.rows.find((r) => r.key === key) as Row);
}

/** One row of one table; throws for an unknown table id or row key. */
export function tableRow(id: string, rowKey: string): Row {
  const table = paperTable(id);
  const row = table.rows.find((r) => r.key === rowKey);
  if (!row) throw unknownRow(table, rowKey, 'row key');
  return row;
}

/** One cell of one table; throws for an unknown table, row or column. */
export function tableCell(id: string, rowKey: string, columnKey: string): Cell {
  const cell = tableRow(id, rowKey).cells[columnKey];
  if (!cell) {
    const known = paperTable(id).columns.map((c) => c.key).join(', ');
    throw new Error(`Unknown column "${columnKey}" in paper table "${id}". Known columns: ${known}`);
  }
  return cell;
}

/** The published number in one cell (e.g. 6.61); throws if the cell is not a number ("fail", "–"). */
export function tableNumber(id: string, rowKey: string, columnKey: string): number {
  const cell = tableCell(id, rowKey, columnKey);
  if (cell.kind !== 'number') {
    throw new Error(`Cell ${id} / ${rowKey} / ${columnKey} is "${cell.kind}", not a number`);
  }
  return cell.value;
}

/** A row of P2 Table 1 by case key, e.g. 'original', 'scale-0.5-f1', 'excl-gate-b-6'. */
export function p2Table1Row(caseKey: string): Row {
  return tableRow('p2-table-1', caseKey);
}

// Small constructors so the table files read like the printed tables: one line per row,
// cells in column order. Optional marks are left out of the objects when absent.
import type {
  Cell,
  Column,
  FailCell,
  MissingCell,
  NumberCell,
  Row,
  TextCell,
} from './types';

/** Optional marks on a published number. */
export interface NumberMarks {
  /** Printed in bold. */
  readonly bold?: boolean;
  /** Printed with a dagger (†). */
  readonly dagger?: boolean;
  /** Bracketed [mean, std], printed with the value's decimal count. */
  readonly meanStd?: readonly [mean: number, std: number];
  /** Printed as value×10^exp10. */
  readonly exp10?: number;
}

/** A published number with the decimal count the paper printed. */
export function num(value: number, decimals: number, marks: NumberMarks = {}): NumberCell {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 10) {
    throw new Error(`num(${value}): decimal count must be an integer 0–10, got ${decimals}`);
  }
  const { bold, dagger, meanStd, exp10 } = marks;
  return {
    kind: 'number',
    value,
    decimals,
    ...(bold ? { bold } : {}),
    ...(dagger ? { dagger } : {}),
    ...(meanStd ? { meanStd: { mean: meanStd[0], std: meanStd[1], decimals } } : {}),
    ...(exp10 !== undefined ? { exp10 } : {}),
  };
}

/** A "fail" entry, optionally bold. */
export function fail(bold = false): FailCell {
  return bold ? { kind: 'fail', bold } : { kind: 'fail' };
}

/** A value the table does not report. */
export const MISSING: MissingCell = { kind: 'missing' };

/** A text cell, optionally bold. */
export function text(value: string, bold = false): TextCell {
  return bold ? { kind: 'text', text: value, bold } : { kind: 'text', text: value };
}

/** A row as written in a table file: key, cells in column order (a string is a text cell), and
 * optionally the column key from which the remaining cells are one repeated value. */
export type RowSpec = readonly [key: string, cells: readonly (Cell | string)[], mergedFrom?: string];

/** Turn positional row specs into keyed rows; throws if a row's cell count differs from the columns'. */
export function buildRows<K extends string>(
  columns: readonly Column<K>[],
  specs: readonly RowSpec[],
): Row<K>[] {
  return specs.map(([key, cells, mergedFrom]) => {
    if (cells.length !== columns.length) {
      throw new Error(`row "${key}": ${cells.length} cells for ${columns.length} columns`);
    }
    const from = columns.find((c) => c.key === mergedFrom)?.key;
    if (mergedFrom !== undefined && from === undefined) {
      throw new Error(`row "${key}": cannot merge from unknown column "${mergedFrom}"`);
    }
    const record = {} as Record<K, Cell>;
    columns.forEach((column, i) => {
      const cell = cells[i] as Cell | string;
      record[column.key] = typeof cell === 'string' ? text(cell) : cell;
    });
    return from === undefined ? { key, cells: record } : { key, cells: record, mergedFrom: from };
  });
}

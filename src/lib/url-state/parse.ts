/** `parseQuery`: a figure's state from a query string, through its table, with a note per correction. */
import { shownValue } from './notes';
import { readValue } from './read';
import { defaultsOf, rowsOf, type AnyParam, type NumericParam, type Table } from './table';

/** A parsed state and one note per value that was corrected or ignored. */
export interface Parsed<S> {
  /** Every field read or defaulted; numbers inside their limits. */
  state: S;
  /** Empty when the query was fine. */
  notes: string[];
}

/**
 * Reads `table`'s parameters from `query` (other parameters are ignored). A missing value takes
 * `defaults` (the row's own default where the row does not inherit); an unreadable one falls back
 * to it; a number out of its limits or off its grid is rounded and clamped. Each correction gets
 * the table's sentence; repeats are told first, then fields in `noteOrder` (the rest after, in URL order).
 */
export function parseQuery<S>(table: Table<S>, query: string | URLSearchParams, defaults: S = defaultsOf(table)): Parsed<S> {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const { grammar, wording } = table;
  const rows = rowsOf(table);
  const notes: string[] = [];
  if (wording.repeated) {
    for (const [, row] of rows) {
      const count = params.getAll(row.name).length;
      if (count > 1) notes.push(wording.repeated(row, count));
    }
  }
  const state = Object.fromEntries(rows.map(([key, row]) => [key, row.inherit === false ? row.default : defaults[key]])) as Record<string, unknown>;
  const first = (table.noteOrder ?? []) as (keyof S & string)[];
  const order = [...first, ...rows.map(([k]) => k).filter((k) => !first.includes(k))];
  for (const key of order) {
    const row = table.params[key] as AnyParam;
    const raw = params.get(row.name);
    if (raw === null) continue;
    const reading = readValue(row, raw, grammar);
    // Wordings see the raw value only as a note may show it (bounded, no control characters).
    const shown = shownValue(raw);
    if (!reading.ok) {
      notes.push(wording.unreadable(row, shown, state[key]));
      continue;
    }
    if (reading.adjusted && wording.adjusted) notes.push(wording.adjusted(row as NumericParam, { ...reading.adjusted, raw: shownValue(reading.adjusted.raw) }));
    if (reading.loose && wording.loose) notes.push(wording.loose(row, shown, String(reading.value)));
    state[key] = reading.value;
  }
  return { state: state as S, notes };
}

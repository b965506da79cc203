/** `formatQuery`: the query string that reproduces a state, and merging it into a page's other parameters. */
import { defaultsOf, rowsOf, type AnyParam, type Table } from './table';

/** A value's text in a URL: numbers as JavaScript prints them, flags as 1/0, words as they are. */
function textOf(row: AnyParam, value: unknown): string {
  if (row.kind === 'flag') return value ? '1' : '0';
  if (row.kind === 'custom') return row.toText(value as NonNullable<unknown>);
  return String(value);
}

/**
 * `state` as query parameters, in the table's order: `always` rows every time, `changed` rows
 * only when they differ from `defaults` (compared with ===) and have a non-empty text. Null
 * values are never written.
 */
export function formatQuery<S>(table: Table<S>, state: S, defaults: S = defaultsOf(table)): string {
  const pairs: [string, string][] = [];
  for (const [key, row] of rowsOf(table)) {
    const value = state[key];
    if (value === null) continue;
    const text = textOf(row, value);
    if (row.write === 'changed' && (value === defaults[key] || text === '')) continue;
    pairs.push([row.name, text]);
  }
  return new URLSearchParams(pairs).toString();
}

/** `search` with every parameter starting with `prefix` replaced by `own` (a query string); other figures' parameters stay, first. */
export function mergeQuery(search: string, prefix: string, own: string): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(prefix)) params.delete(key);
  return [params.toString(), own].filter(Boolean).join('&');
}

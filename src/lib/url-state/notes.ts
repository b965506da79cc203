/** Pieces the figures' note sentences share: how a row is named, what it expects, how a raw value is shown. */
import type { AnyParam, NumericParam } from './table';

/** The row's name in notes: its label, else its query name. */
export function noteName(row: AnyParam): string {
  return row.label ?? row.name;
}

/** What a readable value is: the row's own words, else "a number", "one of a, b, c" or "1 or 0". */
export function expected(row: AnyParam): string {
  if (row.expects !== undefined) return row.expects;
  switch (row.kind) {
    case 'int':
    case 'number':
      return 'a number';
    case 'enum':
      return `one of ${row.options.join(', ')}`;
    case 'flag':
      return '1 or 0';
    case 'custom':
      return 'a value this figure reads';
  }
}

/** A number row's limits, "min–max". */
export function rangeOf(row: NumericParam): string {
  return `${row.min}–${row.max}`;
}

/** A word's name for readers (its label when the row has them). */
export function wordLabel(row: AnyParam, value: unknown): string {
  return row.kind === 'enum' && row.labelOf ? row.labelOf(value as string) : String(value);
}

/** "name was given N times; the first value was used." */
export function firstValueUsed(row: AnyParam, count: number): string {
  return `${row.name} was given ${count} times; the first value was used.`;
}

/** `text` cut to `max` characters, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/**
 * A value from the address as a note may show it: control characters removed, at most 24
 * characters. The parser passes every raw value through it before a figure's wording sees it, so
 * no URL can put unbounded text, NUL, ESC or a right-to-left override into a note or a live region.
 */
export function shownValue(raw: string): string {
  return clip(withoutControls(raw), 24);
}

/**
 * `text` without control characters or line/paragraph separators, and with each invisible format
 * character (bidirectional overrides and isolates, zero-width spaces and joiners) shown as �, so a
 * note can be neither broken nor reordered by them, and a value such as “\u200b5” reads “�5”, not a bare 5.
 */
export function withoutControls(text: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '').replace(/\p{Cf}/gu, '\ufffd');
}

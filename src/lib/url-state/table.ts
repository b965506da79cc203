/**
 * A figure's URL state as one declarative table, in the spirit of TensorFlow Playground's
 * `state.ts`: each row names a query parameter, its kind, limits and default, and how it is
 * written. `parseQuery` and `formatQuery` read nothing else, and the controls take their ranges
 * from the same rows. What differs between figures' links (the number spelling a figure has
 * always accepted, its words for on/off, its note sentences) is declared per table, not coded.
 */

/** The spelling a figure's links have always used; declared per table so that old links read the same. */
export interface Grammar {
  /** `decimal`: plain decimals only (trimmed; no hex, no "Infinity"); `js`: whatever JavaScript's `Number()` reads ('0x10', '' as 0). */
  numbers: 'decimal' | 'js';
  /** What a number that reads as ±Infinity (1e999; also 'Infinity' in `js`) is: `unreadable`, or `clamp`ed to the limit. */
  overflow: 'unreadable' | 'clamp';
  /** Trim and lower-case words (choices, on/off, custom values) before reading them. */
  fold: boolean;
  /** Spellings of on. */
  on: readonly string[];
  /** Spellings of off. */
  off: readonly string[];
}

/** When `formatQuery` writes a parameter. */
export type Write =
  /** Every time, so a link survives a change of default. */
  | 'always'
  /** Only when it differs from the default (and is not null or empty). */
  | 'changed';

/** What every row has. */
interface ParamBase<V> {
  /** Query parameter name, e.g. `lab-depth`. */
  name: string;
  /** Name in notes when not the query name, e.g. `λ`. */
  label?: string;
  /** Value when the query does not say (a caller may pass other defaults, see `inherit`). */
  default: V;
  /** When the parameter is written. */
  write: Write;
  /** `false`: a caller's defaults never carry over (per-visit switches and test hooks); the row's default is used. */
  inherit?: false;
  /** What a readable value is, for notes ("a number", "one of …"); see `expected`. */
  expects?: string;
}

/** A whole number. Rounded (to `multiple`, or up to even), then clamped to [min, max]. */
export interface IntParam<V extends number | null = number | null> extends ParamBase<V> {
  kind: 'int';
  /** Smallest allowed value. */
  min: number;
  /** Largest allowed value. */
  max: number;
  /** Step of the control that sets it. */
  step?: number;
  /** Round to a whole multiple of this (default 1). */
  multiple?: number;
  /** After clamping, an odd value moves up to the next even one (down if that is past `max`). */
  even?: true;
  /** Digits only and inside the limits, or the value is unreadable: nothing is rounded or clamped. */
  strict?: true;
}

/** A real number, optionally rounded to `decimals`, then clamped to [min, max]. */
export interface NumberParam<V extends number | null = number | null> extends ParamBase<V> {
  kind: 'number';
  /** Smallest allowed value. */
  min: number;
  /** Largest allowed value. */
  max: number;
  /** Step of the control that sets it. */
  step?: number;
  /** Round to this many decimals. */
  decimals?: number;
}

/** One word from a fixed list. */
export interface EnumParam<V extends string | null = string | null> extends ParamBase<V> {
  kind: 'enum';
  /** The words, in the order notes list them. */
  options: readonly NonNullable<V>[];
  /** Also accept a loose spelling (case and punctuation ignored: 'ResNet-50' for 'resnet50'), with a note. */
  loose?: true;
  /** A word's name for readers, for notes. */
  labelOf?(value: NonNullable<V>): string;
}

/** On or off, written 1 or 0. */
export interface FlagParam extends ParamBase<boolean> {
  kind: 'flag';
  /** What a value means, for a note that falls back to it (e.g. "using batch norm"). */
  says?(on: boolean): string;
}

/** A value with a spelling of its own (a test hook such as `wasm-midrun`). */
export interface CustomParam<V = unknown> extends ParamBase<V> {
  kind: 'custom';
  /** The value a (folded) text spells, or undefined when it spells none. */
  fromText(text: string): V | undefined;
  /** The text of a value. */
  toText(value: NonNullable<V>): string;
}

/** A number row. */
export type NumericParam = IntParam | NumberParam;

/** Any row, as notes see it (methods keep rows of narrower value types assignable to it). */
export type AnyParam = IntParam | NumberParam | EnumParam | FlagParam | CustomParam;

/** The rows a field of value type `V` may have. */
export type ParamFor<V> = [V] extends [boolean]
  ? FlagParam | CustomParam<V>
  : [V] extends [number | null]
    ? IntParam<V> | NumberParam<V> | CustomParam<V>
    : [V] extends [string | null]
      ? EnumParam<V> | CustomParam<V>
      : CustomParam<V>;

/** How a number was changed on the way in. */
export interface Adjustment {
  /** The text as given. */
  raw: string;
  /** The number it spells. */
  value: number;
  /** The number used. */
  out: number;
  /** `range`: it was clamped to the limits; `rounding`: only rounded. */
  cause: 'range' | 'rounding';
}

/**
 * A figure's note sentences, one per kind of correction (kept as each figure has always worded them).
 * Every raw value a wording receives has already been through `shownValue` (bounded, no control
 * characters), so a wording prints it as it is.
 */
export interface Wording {
  /** A parameter given more than once (the first value is used); no note when absent. */
  repeated?: (param: AnyParam, count: number) => string;
  /** A value that spells nothing valid; `fallback` is used instead. */
  unreadable: (param: AnyParam, raw: string, fallback: unknown) => string;
  /** A number rounded or clamped (a table with number rows gives it; tests/unit/url-state.test.ts checks). */
  adjusted?: (param: NumericParam, change: Adjustment) => string;
  /** A word read from a loose spelling. */
  loose?: (param: AnyParam, raw: string, out: string) => string;
}

/** A figure's whole URL state: rows in URL order, the spelling they are read in, and the note sentences. */
export interface Table<S> {
  /** One row per field of the state, in the order `formatQuery` writes them. */
  params: { readonly [K in keyof S]: ParamFor<S[K]> };
  /** How values are spelled. */
  grammar: Grammar;
  /** How corrections are told. */
  wording: Wording;
  /** Order in which fields are read and noted, when it is not the URL order. */
  noteOrder?: readonly (keyof S)[];
}

/** The state a table describes when a query says nothing: every row's default. */
export function defaultsOf<S>(table: Table<S>): S {
  const rows = table.params as Record<string, AnyParam>;
  return Object.fromEntries(Object.entries(rows).map(([key, row]) => [key, row.default])) as S;
}

/** The rows of a table with their field names, in URL order. */
export function rowsOf<S>(table: Table<S>): [keyof S & string, AnyParam][] {
  return Object.entries(table.params as Record<string, AnyParam>) as [keyof S & string, AnyParam][];
}

/** Each field's query parameter name, e.g. `{ depth: 'lab-depth', … }`. */
export function namesOf<S>(table: Table<S>): Record<keyof S, string> {
  return Object.fromEntries(rowsOf(table).map(([key, row]) => [key, row.name])) as Record<keyof S, string>;
}

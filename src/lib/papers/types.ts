// Types for the papers' tables held as data. A cell says what the paper printed (a number with its
// decimal count, "fail", a dash, text, a block spec) and carries bold/dagger marks as flags, so
// renderers and tests never parse formatted strings.

/** Which paper a table comes from: P1 = Deep Residual Learning, P2 = Identity Mappings. */
export type PaperKey = 'P1' | 'P2';

/** Stable anchor id of every table held here; also the `id` of the rendered figure. */
export type PaperTableId =
  | 'p1-table-1'
  | 'p1-table-2'
  | 'p1-table-3'
  | 'p1-table-4'
  | 'p1-table-5'
  | 'p1-table-6'
  | 'p1-flops'
  | 'p2-table-1'
  | 'p2-table-2'
  | 'p2-table-3'
  | 'p2-table-4'
  | 'p2-table-5';

/** How a column lines up: numbers right-aligned with tabular figures, text from the start. */
export type ColumnKind = 'numeric' | 'text';

/** One column of a table. */
export interface Column<K extends string = string> {
  /** Stable key used by rows and lookups, e.g. 'top1'. */
  readonly key: K;
  /** Header label as printed above the column. */
  readonly header: string;
  /** Alignment and typography of the column. */
  readonly kind: ColumnKind;
  /** Unit of the column's values, shown beside the header, e.g. '%'. */
  readonly unit?: string;
  /** Printed right after every number in the column, e.g. 'M' for "2.5M" parameters. */
  readonly cellSuffix?: string;
}

/** Mean and standard deviation over several runs, printed in brackets after the headline value. */
export interface MeanStd {
  /** Mean over runs. */
  readonly mean: number;
  /** Standard deviation over runs. */
  readonly std: number;
  /** Published decimal count of both figures. */
  readonly decimals: number;
}

/** A number exactly as published: value plus the decimal count the paper printed (6.70 ≠ 6.7). */
export interface NumberCell {
  readonly kind: 'number';
  /** Headline value (for "6.43 (6.61±0.16)" this is 6.43). */
  readonly value: number;
  /** Digits printed after the decimal point. */
  readonly decimals: number;
  /** Printed in bold in the paper. */
  readonly bold?: boolean;
  /** Printed with a dagger (†) footnote mark. */
  readonly dagger?: boolean;
  /** Bracketed mean±std printed after the value. */
  readonly meanStd?: MeanStd;
  /** Printed as value×10^exp10, e.g. 9 for "1.8×10⁹". */
  readonly exp10?: number;
}

/** A run the paper reports as "fail" instead of a number. */
export interface FailCell {
  readonly kind: 'fail';
  /** Printed in bold in the paper. */
  readonly bold?: boolean;
}

/** A value the table does not report (printed as a dash or left blank). */
export interface MissingCell {
  readonly kind: 'missing';
}

/** A label or other text cell. */
export interface TextCell {
  readonly kind: 'text';
  /** The printed text. */
  readonly text: string;
  /** Printed in bold in the paper. */
  readonly bold?: boolean;
}

/** One conv layer inside a block: kernel side and number of filters, e.g. 3×3, 64. */
export interface ConvSpec {
  /** Kernel side (3 means 3×3). */
  readonly kernel: number;
  /** Output channels. */
  readonly filters: number;
}

/** A stack of identical residual blocks, e.g. [3×3, 64; 3×3, 64] ×3 in P1 Table 1. */
export interface BlocksCell {
  readonly kind: 'blocks';
  /** Conv layers of one block, input to output. */
  readonly layers: readonly ConvSpec[];
  /** How many blocks the stage stacks. */
  readonly repeat: number;
}

/** Any cell of a paper table. */
export type Cell = NumberCell | FailCell | MissingCell | TextCell | BlocksCell;

/** One row: a stable key and one cell per column. */
export interface Row<K extends string = string> {
  /** Stable key for lookups and for the `rows`/`highlight` props, e.g. 'scale-0.5-f1'. */
  readonly key: string;
  /** One cell per column key; the first column is the row's label. */
  readonly cells: Readonly<Record<K, Cell>>;
  /** Cells from this column to the last are identical; renderers may show one spanning cell. */
  readonly mergedFrom?: K;
}

/** One table (or, for 'p1-flops', one list of figures) from a paper. */
export interface PaperTable<K extends string = string> {
  /** Stable anchor slug. */
  readonly id: PaperTableId;
  /** Paper it comes from. */
  readonly paper: PaperKey;
  /** Table number in the paper; null for the FLOPs list, which is not a numbered table. */
  readonly number: number | null;
  /** Paper section(s) the table belongs to, e.g. '4.1'. */
  readonly section: string;
  /** Short description in our own words. */
  readonly caption: string;
  /** Columns in printed order; the first holds the row labels. */
  readonly columns: readonly Column<K>[];
  /** Rows in printed order. */
  readonly rows: readonly Row<K>[];
  /** Short reading notes in our own words. */
  readonly notes: readonly string[];
}

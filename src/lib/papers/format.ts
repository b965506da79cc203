// Print a cell the way the paper does. Bold is not part of the text: it is a flag renderers apply.
import type { Cell, Column, ConvSpec } from './types';

/** Printed for a value the table does not report. */
export const MISSING_TEXT = '–';

/** Printed for a run the paper reports as failed. */
export const FAIL_TEXT = 'fail';

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A cell split into what bold covers (`main`), a trailing mark (†) and the bracketed spread. */
export interface CellParts {
  /** Headline figure or text, including unit suffix and ×10ⁿ. */
  readonly main: string;
  /** Footnote mark printed right after `main` ('' or '†'). */
  readonly mark: string;
  /** Bracketed mean±std with its leading space, or ''. */
  readonly spread: string;
}

function superscript(n: number): string {
  const digits = String(Math.abs(n)).replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)] ?? d);
  return n < 0 ? `⁻${digits}` : digits;
}

function formatConv({ kernel, filters }: ConvSpec): string {
  return `${kernel}×${kernel}, ${filters}`;
}

/** Print a block stack as "[3×3, 64; 3×3, 64] ×2". */
export function formatBlocks(layers: readonly ConvSpec[], repeat: number): string {
  return `[${layers.map(formatConv).join('; ')}] ×${repeat}`;
}

/** Split a cell into its printed parts (see CellParts); `column` supplies any unit suffix. */
export function formatCellParts(cell: Cell, column?: Column): CellParts {
  switch (cell.kind) {
    case 'number': {
      const power = cell.exp10 === undefined ? '' : `×10${superscript(cell.exp10)}`;
      const main = `${cell.value.toFixed(cell.decimals)}${power}${column?.cellSuffix ?? ''}`;
      const ms = cell.meanStd;
      const spread = ms ? ` (${ms.mean.toFixed(ms.decimals)}±${ms.std.toFixed(ms.decimals)})` : '';
      return { main, mark: cell.dagger ? '†' : '', spread };
    }
    case 'fail':
      return { main: FAIL_TEXT, mark: '', spread: '' };
    case 'missing':
      return { main: MISSING_TEXT, mark: '', spread: '' };
    case 'text':
      return { main: cell.text, mark: '', spread: '' };
    case 'blocks':
      return { main: formatBlocks(cell.layers, cell.repeat), mark: '', spread: '' };
  }
}

/** Render a cell as the paper prints it, e.g. "6.70", "8.43†", "6.43 (6.61±0.16)", "2.5M", "fail". */
export function formatCell(cell: Cell, column?: Column): string {
  const { main, mark, spread } = formatCellParts(cell, column);
  return `${main}${mark}${spread}`;
}

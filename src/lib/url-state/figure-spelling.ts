/**
 * The URL spelling and note wording the newer figures share (the CNN lab and the three later-work
 * figures): plain decimals, words in any case, on/off as 1/0 or true/false, numbers out of range
 * clamped; notes such as `cnn-steps 7 → 50 (allowed 50–1200, multiples of 50)` or
 * `les-guess "maybe" ignored (use one of plain, residual)`.
 */
import { rangeOf } from './notes';
import type { Grammar, NumericParam, Wording } from './table';

/** Plain decimals, words in any case, on/off as 1/0 or true/false; out-of-range numbers are clamped. */
export const FIGURE_GRAMMAR: Grammar = { numbers: 'decimal', overflow: 'clamp', fold: true, on: ['1', 'true'], off: ['0', 'false'] };

/** The notes; `rule` adds what a number must also be after its range, e.g. "whole numbers". */
export function figureWording(rule?: (row: NumericParam) => string): Wording {
  return {
    unreadable: (row, raw) => {
      if (row.kind === 'flag') return `${row.name} "${raw}" ignored (use 1 or 0)`;
      if (row.kind === 'enum') return `${row.name} "${raw}" ignored (use one of ${row.options.join(', ')})`;
      return `${row.name} "${raw}" ignored (not a number)`;
    },
    adjusted: (row, { value, out }) => `${row.name} ${value} → ${out} (allowed ${rangeOf(row)}${rule ? `, ${rule(row)}` : ''})`,
    repeated: (row, count) => `${row.name} was given ${count} times; the first value was used`,
  };
}

/** The rule "whole numbers". */
export const WHOLE_NUMBERS = () => 'whole numbers';

/**
 * Reading one query value against its row: the one grammar every figure's parameters go
 * through. A number is spelled (per the table's grammar), rounded, clamped; a word is matched;
 * anything else is unreadable and the caller falls back.
 */
import type { Adjustment, AnyParam, Grammar, NumericParam } from './table';

/** What one raw value reads as. */
export type Reading =
  /** A value to use; `adjusted` when a number was rounded or clamped, `loose` when a word was read loosely. */
  | { ok: true; value: unknown; adjusted?: Adjustment; loose?: true }
  /** Nothing valid: use the fallback. */
  | { ok: false };

/** A plain decimal number: no hex, no Infinity, no trailing junk. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

const UNREADABLE: Reading = { ok: false };

/** Reads `raw` as `row` wants it, in the spelling `grammar` declares. */
export function readValue(row: AnyParam, raw: string, grammar: Grammar): Reading {
  const text = grammar.fold ? raw.trim().toLowerCase() : raw;
  switch (row.kind) {
    case 'int':
    case 'number':
      return readNumber(row, raw, grammar);
    case 'enum': {
      const hit = row.options.find((o) => o === text);
      if (hit !== undefined) return { ok: true, value: hit };
      const near = row.loose ? row.options.find((o) => o === looseSpelling(raw)) : undefined;
      return near === undefined ? UNREADABLE : { ok: true, value: near, loose: true };
    }
    case 'flag':
      if (grammar.on.includes(text)) return { ok: true, value: true };
      if (grammar.off.includes(text)) return { ok: true, value: false };
      return UNREADABLE;
    case 'custom': {
      const value = row.fromText(text);
      return value === undefined ? UNREADABLE : { ok: true, value };
    }
  }
}

/** A loose spelling ('ResNet-50', 'resnet_50') reduced to a plain word's shape ('resnet50'). */
function looseSpelling(raw: string): string {
  return raw.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The number `raw` spells in `grammar`, or NaN. */
function spelledNumber(raw: string, grammar: Grammar): number {
  if (grammar.numbers === 'js') return Number(raw);
  const text = raw.trim();
  return DECIMAL.test(text) ? Number(text) : Number.NaN;
}

/** `value` rounded as the row wants it: to a whole multiple, or to a number of decimals. */
function rounded(row: NumericParam, value: number): number {
  if (row.kind === 'int') {
    const multiple = row.multiple ?? 1;
    return Math.round(value / multiple) * multiple;
  }
  if (row.decimals === undefined) return value;
  const scale = 10 ** row.decimals;
  return Math.round(value * scale) / scale;
}

function readNumber(row: NumericParam, raw: string, grammar: Grammar): Reading {
  if (row.kind === 'int' && row.strict) {
    const text = raw.trim();
    const value = Number(text);
    return /^\d+$/.test(text) && value >= row.min && value <= row.max ? { ok: true, value } : UNREADABLE;
  }
  const value = spelledNumber(raw, grammar);
  if (Number.isNaN(value) || (!Number.isFinite(value) && grammar.overflow === 'unreadable')) return UNREADABLE;
  const round = rounded(row, value);
  const clamped = Math.min(row.max, Math.max(row.min, round));
  const out = row.kind === 'int' && row.even && clamped % 2 === 1 ? (clamped + 1 > row.max ? clamped - 1 : clamped + 1) : clamped;
  if (out === value) return { ok: true, value: out };
  return { ok: true, value: out, adjusted: { raw, value, out, cause: clamped !== round ? 'range' : 'rounding' } };
}

import { describe, expect, it } from 'vitest';
import { ablationSetups } from '~lib/ablation/setup';
import { ablationUrlTable } from '~lib/ablation/state';
import { explorerUrlTable } from '~lib/arch/explorer-state';
import { gradientFlowUrlTable } from '~lib/gradient-flow/state';
import { labUrlTable } from '~lib/training-lab/lab-state';
import { formatQuery, mergeQuery } from '~lib/url-state/format';
import { clip, expected, withoutControls } from '~lib/url-state/notes';
import { parseQuery } from '~lib/url-state/parse';
import { defaultsOf, namesOf, rowsOf, type AnyParam, type Table } from '~lib/url-state/table';

interface Toy {
  n: number;
  x: number;
  even: number;
  word: 'alpha' | 'beta';
  on: boolean;
  hook: number | null;
}

const toy: Table<Toy> = {
  params: {
    n: { kind: 'int', name: 't-n', min: 0, max: 100, multiple: 10, default: 50, write: 'always' },
    x: { kind: 'number', name: 't-x', label: 'x', min: 0, max: 1, decimals: 2, default: 0.5, write: 'changed' },
    even: { kind: 'int', name: 't-even', min: 2, max: 10, even: true, default: 4, write: 'changed' },
    word: { kind: 'enum', name: 't-word', options: ['alpha', 'beta'], loose: true, default: 'alpha', write: 'changed' },
    on: { kind: 'flag', name: 't-on', default: false, inherit: false, write: 'changed' },
    hook: { kind: 'int', name: 't-hook', min: 1, max: 4, strict: true, default: null, inherit: false, write: 'changed' },
  },
  grammar: { numbers: 'decimal', overflow: 'unreadable', fold: true, on: ['1'], off: ['0'] },
  wording: {
    repeated: (row, count) => `${row.name}×${count}`,
    unreadable: (row, raw, fallback) => `${row.name} ${JSON.stringify(raw)}: not ${expected(row)}, ${String(fallback)}`,
    adjusted: (row, { value, out, cause }) => `${row.name} ${value}→${out} (${cause})`,
    loose: (row, raw, out) => `${row.name} ${raw}~${out}`,
  },
  noteOrder: ['word'],
};
const D = defaultsOf(toy);

describe('a URL-state table', () => {
  it('gives its defaults and names from its rows', () => {
    expect(D).toEqual({ n: 50, x: 0.5, even: 4, word: 'alpha', on: false, hook: null });
    expect(namesOf(toy)).toEqual({ n: 't-n', x: 't-x', even: 't-even', word: 't-word', on: 't-on', hook: 't-hook' });
  });

  it('reads an empty query as the defaults, with no note', () => {
    expect(parseQuery(toy, '')).toEqual({ state: D, notes: [] });
  });

  it('rounds to the grid, then clamps, and says which of the two it was', () => {
    expect(parseQuery(toy, 't-n=37').notes).toEqual(['t-n 37→40 (rounding)']);
    expect(parseQuery(toy, 't-n=170').notes).toEqual(['t-n 170→100 (range)']);
    expect(parseQuery(toy, 't-x=0.123').state.x).toBe(0.12);
    expect(parseQuery(toy, 't-even=5').state.even).toBe(6);
  });

  it('reads a strict row only as digits inside its limits, never clamping it', () => {
    expect(parseQuery(toy, 't-hook=3').state.hook).toBe(3);
    expect(parseQuery(toy, 't-hook=9')).toEqual({ state: D, notes: ['t-hook "9": not a number, null'] });
  });

  it('falls back on junk, and takes the row default where the row does not inherit', () => {
    const given = { ...D, n: 20, on: true, hook: 2 };
    expect(parseQuery(toy, 't-n=abc&t-on=maybe', given)).toEqual({
      state: { ...given, on: false, hook: null },
      notes: ['t-n "abc": not a number, 20', 't-on "maybe": not 1 or 0, false'],
    });
  });

  it('reads words folded, loosely spelled ones with a note, and tells repeats first, then noteOrder', () => {
    expect(parseQuery(toy, 't-n=x&t-word=%20BETA%20').state.word).toBe('beta');
    expect(parseQuery(toy, 't-n=x&t-word=Be-ta&t-n=1').notes).toEqual(['t-n×2', 't-word Be-ta~beta', 't-n "x": not a number, 50']);
  });

  it('spells numbers as its grammar says: plain decimals, or anything Number() reads', () => {
    expect(parseQuery(toy, 't-n=0x10').notes).toHaveLength(1);
    const js: Table<Toy> = { ...toy, grammar: { ...toy.grammar, numbers: 'js' } };
    expect(parseQuery(js, 't-n=0x14').state.n).toBe(20);
  });

  it('clamps a number too large for a double, or calls it unreadable, as its grammar says', () => {
    expect(parseQuery(toy, 't-n=1e999').state.n).toBe(50);
    const clamp: Table<Toy> = { ...toy, grammar: { ...toy.grammar, overflow: 'clamp' } };
    expect(parseQuery(clamp, 't-n=1e999').state.n).toBe(100);
  });

  it('writes always-rows every time and changed-rows only when they differ, in URL order', () => {
    expect(formatQuery(toy, D)).toBe('t-n=50');
    expect(formatQuery(toy, { ...D, hook: 2, on: true, word: 'beta', x: 0.25 })).toBe('t-n=50&t-x=0.25&t-word=beta&t-on=1&t-hook=2');
  });

  it('merges a figure’s parameters into a page’s others, replacing its own', () => {
    expect(mergeQuery('?a=1&t-n=3&b=2', 't-', 't-n=4')).toBe('a=1&b=2&t-n=4');
    expect(mergeQuery('t-n=3', 't-', '')).toBe('');
  });

  it('shows raw values in notes without control characters, cut to length', () => {
    expect(withoutControls('a\u0000b\u2028c')).toBe('abc');
    expect(clip('abcdef', 3)).toBe('abc…');
  });
});

describe('the four figures’ tables', () => {
  const tables: [string, Table<never>][] = [
    ['training lab', labUrlTable as unknown as Table<never>],
    ['gradient flow', gradientFlowUrlTable as unknown as Table<never>],
    ['FLOPs explorer', explorerUrlTable as unknown as Table<never>],
    ...Object.entries(ablationSetups).map(([k, s]) => [`ablation (${k})`, ablationUrlTable(s) as unknown as Table<never>] as [string, Table<never>]),
  ];

  it.each(tables)('%s: every number row has limits in order and a default inside them, and is worded when adjusted', (_name, table) => {
    for (const [, row] of rowsOf(table) as [string, AnyParam][]) {
      if (row.kind !== 'int' && row.kind !== 'number') continue;
      expect(row.min).toBeLessThanOrEqual(row.max);
      if (row.default !== null) expect(row.default).toBeGreaterThanOrEqual(row.min);
      if (row.default !== null) expect(row.default).toBeLessThanOrEqual(row.max);
      if (!(row.kind === 'int' && row.strict)) expect(table.wording.adjusted).toBeDefined();
    }
  });

  it.each(tables)('%s: every default survives a format → parse round trip without a note', (_name, table) => {
    const defaults = defaultsOf(table);
    expect(parseQuery(table, formatQuery(table, defaults))).toEqual({ state: defaults, notes: [] });
  });
});

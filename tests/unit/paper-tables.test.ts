// Checks every value in src/lib/papers against the markdown tables of the facts sheet
// (tests/fixtures/facts.md, a copy of the project's verified reference).
// Expected values are parsed from facts.md at test time, never re-typed here.
import { describe, expect, it } from 'vitest';
import {
  formatCell,
  num,
  P1_ARCHITECTURES,
  P1_TABLE_1,
  P1_TABLE_2,
  P2_TABLE_4_BASELINES,
  P2_TABLE_4_NETS,
  P2_TABLE_4_PARAMS_COLUMN,
  p1Architecture,
  p2Table1Row,
  PAPER_TABLE_IDS,
  PAPER_TABLES,
  paperTable,
  selectRows,
  tableNumber,
  tableRow,
  type Cell,
  type Column,
  type PaperTable,
} from '~lib/papers';
import { canonical, markdownTable, parsePublished, sectionOf, titleOf } from '../support/facts-sheet';
import { readFixture } from '../support/fixtures';

const FACTS = readFixture('facts.md', {
  pattern: /^### P1 Table 1\b[\s\S]*^### P2 Table 1\b/m,
  description: "the papers' verified facts sheet, with a \"### P1 Table n\" / \"### P2 Table n\" section per table",
});

const factsSection = (title: string) => sectionOf(FACTS, title);

// ---- comparators --------------------------------------------------------------------------

/** Expected cells of one row, in column order; null means "not published, not compared". */
type ExpectedRow = readonly (Cell | null)[];

/** Every difference between a table's cells and the expected rows, as readable lines. */
function compareRows(table: PaperTable, expected: readonly ExpectedRow[]): string[] {
  const problems: string[] = [];
  if (table.rows.length !== expected.length) {
    problems.push(`${table.id}: ${table.rows.length} rows, facts.md has ${expected.length}`);
  }
  table.rows.forEach((row, i) => {
    const want = expected[i];
    if (!want) return;
    if (want.length !== table.columns.length) {
      problems.push(`${table.id} row "${row.key}": ${table.columns.length} columns, facts.md has ${want.length}`);
    }
    table.columns.forEach((column, j) => {
      const have = row.cells[column.key];
      const cell = want[j];
      if (cell === null) return;
      if (!have || !cell || canonical(have) !== canonical(cell)) {
        const shown = have ? `${formatCell(have, column)} ${canonical(have)}` : 'nothing';
        const wanted = cell ? `${formatCell(cell, column)} ${canonical(cell)}` : 'nothing';
        problems.push(`${table.id} row "${row.key}" column "${column.key}": has ${shown}, facts.md has ${wanted}`);
      }
    });
  });
  return problems;
}

/** facts.md cell text, bold markers kept; the FLOPs list writes "3.6 billion (…)" after the figure. */
function publishedText(table: PaperTable, column: Column, raw: string): string {
  const s = raw.trim();
  if (table.id === 'p1-flops' && column.key === 'flops') return s.replace(/ billion.*$/, '');
  return s;
}

/** Expected cells for a table laid out like its facts.md table (all but P1 Table 1). */
function expectedFromFacts(table: PaperTable): ExpectedRow[] {
  return markdownTable(factsSection(titleOf(table))).rows.map((cells) =>
    table.columns.map((column, j) => parsePublished(publishedText(table, column, cells[j] ?? ''), column)),
  );
}

const spec = (text: string) =>
  text.split(';').map((layer) => {
    const m = /(\d+)×\1,\s*(\d+)/.exec(layer);
    if (!m) throw new Error(`cannot read conv layer "${layer}" in facts.md Table 1`);
    return { kernel: Number(m[1]), filters: Number(m[2]) };
  });

/** Expected cells for P1 Table 1, read from its irregular facts.md layout (spans, "same ×3"). */
function expectedTable1(): ExpectedRow[] {
  const md = markdownTable(factsSection('P1 Table 1'));
  const row = (label: string) => {
    const found = md.rows.find((r) => r[0] === label);
    if (!found) throw new Error(`facts.md P1 Table 1 has no "${label}" row`);
    return found;
  };
  const depths = md.header.length - 2;
  const txt = (text: string): Cell => ({ kind: 'text', text });
  const spanning = (raw = '') => Array.from({ length: depths }, () => txt(raw.replace(/ \(all depths\)/, '')));
  const conv1 = row('conv1');
  const conv2 = row('conv2_x');
  const head = row('—');
  const flops = row('FLOPs');
  const stages = md.rows.filter((r) => /^conv\d_x$/.test(r[0] ?? ''));
  const stageRow = (r: readonly string[]): ExpectedRow => {
    let layers: ReturnType<typeof spec> = [];
    const blocks = r.slice(2).map((raw): Cell => {
      const bracket = /\[([^\]]+)\]/.exec(raw);
      if (bracket?.[1]) layers = spec(bracket[1]); // "×4" / "same ×3" repeat the spec to their left
      return { kind: 'blocks', layers, repeat: Number(/×\*\*(\d+)\*\*/.exec(raw)?.[1]) };
    });
    return [txt(r[0] ?? ''), txt(r[1] ?? ''), ...blocks];
  };
  const flopsColumn = P1_TABLE_1.columns[2] as Column;
  return [
    [txt('conv1'), txt(conv1[1] ?? ''), ...spanning(conv1[2])],
    [txt('conv2_x'), txt(conv2[1] ?? ''), ...spanning(conv2[2]?.split(', then →')[0])],
    ...stages.map(stageRow),
    [null, txt(head[1] ?? ''), ...spanning(head[2])], // the paper leaves this label blank; we name it
    [txt('FLOPs'), txt(''), ...flops.slice(2).map((raw) => parsePublished(raw, flopsColumn))],
  ];
}

// ---- tests --------------------------------------------------------------------------------

const REGULAR_TABLES = PAPER_TABLES.filter((t) => t.id !== 'p1-table-1');

describe('paper tables against facts.md', () => {
  it.each(REGULAR_TABLES.map((t) => [t.id, t] as const))('%s matches its facts.md table cell by cell', (_, table) => {
    expect(compareRows(table, expectedFromFacts(table))).toEqual([]);
  });

  it('P1 Table 1 matches the facts.md architecture table, spans and repeated specs included', () => {
    expect(compareRows(P1_TABLE_1, expectedTable1())).toEqual([]);
    const header = markdownTable(factsSection('P1 Table 1')).header.slice(2);
    expect(P1_TABLE_1.columns.slice(2).map((c) => c.header)).toEqual(header);
  });

  it('the blocks per stage of every depth match the facts.md summary line', () => {
    const line = factsSection('P1 Table 1').split('\n').find((l) => l.includes('Blocks per stage')) ?? '';
    const listed = [...line.matchAll(/(\d+) → \(([\d,]+)\)/g)].map((m) => [Number(m[1]), m[2]?.split(',').map(Number)]);
    expect(listed.length).toBe(P1_ARCHITECTURES.length);
    expect(P1_ARCHITECTURES.map((a) => [a.depth, [...a.blocksPerStage]])).toEqual(listed);
  });

  it('every depth equals the stem conv plus the fc layer plus the convs of all its blocks', () => {
    for (const arch of P1_ARCHITECTURES) {
      const perBlock = arch.block === 'basic' ? 2 : 3;
      expect(2 + perBlock * arch.blocksPerStage.reduce((a, b) => a + b, 0)).toBe(arch.depth);
    }
  });

  it('the P2 Table 4 baselines match the lists in facts.md', () => {
    const column: Column = { key: 'error', header: 'error', kind: 'numeric' };
    const listed = factsSection('P2 Table 4')
      .split('\n')
      .flatMap((l) => {
        const m = /^\s*- (CIFAR-100?): (.*)\.$/.exec(l);
        return (m?.[2] ?? '').split('; ').filter(Boolean).map((item) => {
          const [, method, value = ''] = /^(.*) (\S+)$/.exec(item) ?? [];
          return canonical({ dataset: m?.[1], method, error: parsePublished(value, column) });
        });
      });
    expect(P2_TABLE_4_BASELINES.map(({ dataset, method, error }) => canonical({ dataset, method, error }))).toEqual(listed);
  });

  it('the P2 Table 4 parameter counts match the "(…M params)" of its facts.md network labels', () => {
    const labels = markdownTable(factsSection('P2 Table 4')).rows.map((r) => r[0] ?? '');
    const listed = new Map<string, string>();
    for (const label of labels) {
      const m = /^ResNet-(\d+), pre-act \((\S+) params\)/.exec(label);
      if (m?.[1] && m[2]) listed.set(m[1], canonical(parsePublished(m[2], P2_TABLE_4_PARAMS_COLUMN)));
    }
    const held = P2_TABLE_4_NETS.map((net) => [String(net.depth), canonical(net.params)]);
    expect(held).toEqual([...listed]);
  });

  it('every number in a caption or note also appears in that table’s facts.md section', () => {
    for (const table of PAPER_TABLES) {
      const section = factsSection(titleOf(table));
      for (const n of [table.caption, ...table.notes].join(' ').match(/\d+(?:\.\d+)?/g) ?? []) {
        const alone = new RegExp(`(?<![\\d.])${n.replace('.', '\\.')}(?!\\d|\\.\\d)`);
        expect(alone.test(section), `${table.id}: ${n} is not in facts.md "${titleOf(table)}"`).toBe(true);
      }
    }
  });
});

describe('the comparator itself', () => {
  type Loose = { rows: { key: string; cells: Record<string, Record<string, unknown>> }[] };
  const mutated = (change: (copy: Loose) => void) => {
    const copy = structuredClone(P1_TABLE_2) as unknown as Loose;
    change(copy);
    return compareRows(copy as unknown as PaperTable, expectedFromFacts(P1_TABLE_2));
  };
  const first = (copy: Loose) => copy.rows[0]?.cells['plain'] ?? {};

  it('passes an untouched copy', () => {
    expect(mutated(() => {})).toEqual([]);
  });

  it.each([
    ['a changed value', (c: Loose) => void (first(c)['value'] = Number(first(c)['value']) + 0.01)],
    ['a changed decimal count', (c: Loose) => void (first(c)['decimals'] = 1)],
    ['an added bold mark', (c: Loose) => void (first(c)['bold'] = true)],
    ['an added dagger', (c: Loose) => void (first(c)['dagger'] = true)],
    ['a number turned into fail', (c: Loose) => void (c.rows[0]!.cells['plain'] = { kind: 'fail' })],
    ['a dropped row', (c: Loose) => void c.rows.pop()],
  ])('catches %s in a copy of P1 Table 2', (_, change) => {
    expect(mutated(change).length).toBeGreaterThan(0);
  });

  it('names the row and column of a changed value', () => {
    const problems = mutated((c) => void (first(c)['value'] = 0));
    expect(problems).toEqual([expect.stringMatching(/p1-table-2 row "depth-18" column "plain"/)]);
  });

  it('catches a changed block count in a copy of P1 Table 1', () => {
    const copy = structuredClone(P1_TABLE_1) as unknown as Loose;
    const stage = copy.rows.find((r) => r.key === 'conv4-x')?.cells['d101'] ?? {};
    stage['repeat'] = Number(stage['repeat']) + 1;
    expect(compareRows(copy as unknown as PaperTable, expectedTable1())).toHaveLength(1);
  });
});

describe('ids, keys and shape', () => {
  it('table ids are unique and stable', () => {
    const p1 = [1, 2, 3, 4, 5, 6].map((n) => `p1-table-${n}`);
    const p2 = [1, 2, 3, 4, 5].map((n) => `p2-table-${n}`);
    expect(PAPER_TABLE_IDS).toEqual([...p1, 'p1-flops', ...p2]);
    expect(new Set(PAPER_TABLE_IDS).size).toBe(PAPER_TABLE_IDS.length);
  });

  it('each id follows from its paper and table number', () => {
    for (const t of PAPER_TABLES) {
      expect(t.id).toBe(t.number === null ? `${t.paper.toLowerCase()}-flops` : `${t.paper.toLowerCase()}-table-${t.number}`);
    }
  });

  it('row keys are unique slugs within each table', () => {
    for (const t of PAPER_TABLES) {
      const keys = t.rows.map((r) => r.key);
      expect(new Set(keys).size, t.id).toBe(keys.length);
      for (const key of keys) expect(key, t.id).toMatch(/^[a-z0-9]+(?:[-.][a-z0-9]+)*$/);
    }
  });

  it('every row has exactly one cell per column, and merged rows repeat a single value', () => {
    for (const t of PAPER_TABLES) {
      const columns = t.columns.map((c) => c.key);
      for (const row of t.rows) {
        expect(Object.keys(row.cells), `${t.id} ${row.key}`).toEqual(columns);
        if (row.mergedFrom === undefined) continue;
        const merged = columns.slice(columns.indexOf(row.mergedFrom));
        expect(merged.length, `${t.id} ${row.key}`).toBeGreaterThan(1);
        expect(new Set(merged.map((k) => canonical(row.cells[k]))).size, `${t.id} ${row.key}`).toBe(1);
      }
    }
  });
});

describe('formatCell', () => {
  it('prints every cell exactly as facts.md prints it (bold aside, dashes unified)', () => {
    for (const table of REGULAR_TABLES) {
      const md = markdownTable(factsSection(titleOf(table)));
      table.rows.forEach((row, i) =>
        table.columns.forEach((column, j) => {
          const raw = publishedText(table, column, md.rows[i]?.[j] ?? '').replaceAll('**', '');
          const want = raw === '—' || (raw === '' && column.kind === 'numeric') ? '–' : raw;
          expect(formatCell(row.cells[column.key], column), `${table.id} ${row.key} ${column.key}`).toBe(want);
        }),
      );
    }
  });

  it('round-trips: parsing the printed text gives the cell back, bold aside', () => {
    for (const table of REGULAR_TABLES) {
      for (const row of table.rows) {
        for (const column of table.columns) {
          const { bold: _bold, ...cell } = row.cells[column.key] as Cell & { bold?: boolean };
          expect(canonical(parsePublished(formatCell(cell as Cell, column), column))).toBe(canonical(cell));
        }
      }
    }
  });

  it('keeps published trailing zeros, daggers, spreads, powers and unit suffixes', () => {
    const params: Column = { key: 'p', header: 'p', kind: 'numeric', cellSuffix: 'M' };
    expect(formatCell(num(6.7, 2))).toBe('6.70');
    expect(formatCell(num(6.7, 1))).toBe('6.7');
    expect(formatCell(num(23, 1))).toBe('23.0');
    expect(formatCell(num(8.43, 2, { dagger: true }))).toBe('8.43†');
    expect(formatCell(num(4.62, 2, { meanStd: [4.69, 0.2] }))).toBe('4.62 (4.69±0.20)');
    expect(formatCell(num(1.8, 1, { exp10: 9 }))).toBe('1.8×10⁹');
    expect(formatCell(num(0.27, 2), params)).toBe('0.27M');
    expect(formatCell({ kind: 'fail', bold: true })).toBe('fail');
    expect(formatCell({ kind: 'missing' })).toBe('–');
  });
});

describe('lookups', () => {
  it('paperTable returns a table by id and throws a clear error for an unknown id', () => {
    expect(paperTable('p2-table-3').number).toBe(3);
    expect(() => paperTable('p1-table-7')).toThrow(/Unknown paper table id "p1-table-7".*p1-table-1/);
  });

  it('tableRow and p2Table1Row find rows by key and throw on unknown keys', () => {
    expect(p2Table1Row('scale-0.5-f1').cells['error']?.kind).toBe('fail');
    expect(tableRow('p2-table-1', 'excl-gate-b-6')).toBe(p2Table1Row('excl-gate-b-6'));
    expect(() => p2Table1Row('scale-0.3')).toThrow(/Unknown row key "scale-0.3" in paper table "p2-table-1"/);
  });

  it('selectRows keeps the requested order and rejects unknown or repeated keys', () => {
    const table = paperTable('p2-table-2');
    expect(selectRows(table, ['full-preact', 'original']).map((r) => r.key)).toEqual(['full-preact', 'original']);
    expect(selectRows(table)).toBe(table.rows);
    expect(() => selectRows(table, ['nope'])).toThrow(/Unknown row key "nope"/);
    expect(() => selectRows(table, ['original', 'original'])).toThrow(/listed twice/);
  });

  it('tableNumber returns published numbers and refuses fail cells and unknown columns', () => {
    const plain18 = P1_TABLE_2.rows[0]?.cells.plain;
    expect(tableNumber('p1-table-2', 'depth-18', 'plain')).toBe(plain18?.kind === 'number' ? plain18.value : NaN);
    expect(() => tableNumber('p2-table-1', 'dropout', 'error')).toThrow(/"fail", not a number/);
    expect(() => tableNumber('p2-table-1', 'dropout', 'top1')).toThrow(/Unknown column "top1"/);
  });

  it('p1Architecture finds listed depths and throws for others', () => {
    expect(p1Architecture(50).block).toBe('bottleneck');
    expect(() => p1Architecture(200)).toThrow(/no 200-layer net/);
  });
});

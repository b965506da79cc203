// "No number is typed twice": a value the papers' tables print must reach the page through
// <Num …/> or <PaperTable …/>, never as a literal in a chapter or in a component. This scans the
// sources for literals that equal a table value and names each one by file and line.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatCellParts, PAPER_TABLES, type Column, type NumberCell } from '~lib/papers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHAPTERS = 'content/chapters';
const PAPERS_MODULE = 'src/lib/papers/';

/** What a number measures, read from its column or from the word after it in prose. */
type Unit = 'percent' | 'giga' | 'mega' | 'none';

/** A decimal literal as printed: its value, how many decimals it was written with, its unit. */
interface Literal {
  readonly value: number;
  readonly decimals: number;
  readonly unit: Unit;
}

const literal = (text: string, unit: Unit): Literal => ({
  value: Number(text),
  decimals: text.split('.')[1]?.length ?? 0,
  unit,
});

function columnUnit(column: Column, cell: NumberCell): Unit {
  if (column.unit === '%') return 'percent';
  if (column.unit === '×10⁹' || cell.exp10 === 9) return 'giga';
  if (column.cellSuffix === 'M') return 'mega';
  return 'none';
}

/** The unit named right after a literal ("%", "G", "GFLOPs", "billion", "M", "million"), if any. */
function unitAfter(rest: string): Unit {
  const s = rest.replace(/^[ \u00a0\u202f]/, '');
  if (s.startsWith('%')) return 'percent';
  if (/^(?:G(?:FLOPs|MACs)?\b|billion\b|×10⁹)/.test(s)) return 'giga';
  if (/^(?:M\b|million\b)/.test(s)) return 'mega';
  return 'none';
}

/**
 * Every decimal the tables print in their numeric columns, from each cell's headline and its
 * bracketed mean±std. Text columns are left out: their numbers are settings of the experiment
 * (P2 Table 1's scale λ = 0.5), which prose names freely.
 */
function tableLiterals(): Literal[] {
  const found: Literal[] = [];
  for (const table of PAPER_TABLES) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        const cell = row.cells[column.key];
        if (cell?.kind !== 'number' || column.kind !== 'numeric') continue;
        const { main, spread } = formatCellParts(cell, column);
        const unit = columnUnit(column, cell);
        for (const m of `${main} ${spread}`.matchAll(/\d+\.\d+/g)) found.push(literal(m[0], unit));
      }
    }
  }
  return found;
}

const TABLE_LITERALS = tableLiterals();

/**
 * True when `found` re-types a table value. The value must be the same, written with no more
 * decimals than the paper printed ("6.5" for 6.50 is a careless copy; 1.80 or 3.64 G is our own
 * arithmetic at a finer grain, which the facts sheet labels DERIVED), and it must not name a
 * different unit (0.22 G of multiply-adds is not the ±0.22 of an error rate). In code a bare
 * number does not count as a parameter count: 1.25 there is a plot extent, "1.25M" would not be.
 */
function isTableValue(found: Literal, code = false): boolean {
  return TABLE_LITERALS.some(
    (t) =>
      t.value === found.value &&
      found.decimals <= t.decimals &&
      (found.unit === t.unit || (found.unit === 'none' && !(code && t.unit === 'mega'))),
  );
}

/** Two or more decimals: almost never a count or a hyper-parameter, so any such literal is suspect. */
const MANY_DECIMALS = /(?<![\d.])\d+\.\d{2,}(?![\d.])/g;
/** One decimal followed by a unit the tables use: percent, FLOPs, parameters. */
const ONE_DECIMAL_WITH_UNIT =
  /(?<![\d.])(\d+\.\d)[ \u00a0\u202f]?(?=%|G(?:FLOPs|MACs)?\b|billion\b|M\b|million\b|×10⁹)/g;

/** Blank out what may hold a table number legitimately, keeping line breaks so lines still count. */
function maskProse(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return source
    .replace(/<Num\b[^>]*\/>/g, blank)
    .replace(/^import .*$/gm, blank)
    .replace(/\$\$[\s\S]*?\$\$/g, blank)
    .replace(/\$[^$\n]+\$/g, blank);
}

/** Blank out CSS, whose decimals are lengths and alphas, not paper values. */
const maskStyles = (source: string) => source.replace(/<style\b[\s\S]*?<\/style>/g, (m) => m.replace(/[^\n]/g, ' '));

/** One literal that repeats a table value. */
interface Finding {
  readonly where: string;
  readonly value: string;
}

/** Literals in `source` that equal a table value, as "file:line"; `code` as in isTableValue. */
function scan(file: string, source: string, patterns: readonly RegExp[], code = false): Finding[] {
  const findings: Finding[] = [];
  source.split('\n').forEach((line, i) => {
    for (const pattern of patterns) {
      for (const m of line.matchAll(pattern)) {
        const text = m[1] ?? m[0];
        const found = literal(text, unitAfter(line.slice(m.index + text.length)));
        if (isTableValue(found, code)) findings.push({ where: `${file}:${i + 1}`, value: text });
      }
    }
  });
  return findings;
}

const scanChapter = (file: string, source: string) =>
  scan(file, maskProse(source), [MANY_DECIMALS, ONE_DECIMAL_WITH_UNIT]);
const scanCode = (file: string, source: string) => scan(file, maskStyles(source), [MANY_DECIMALS], true);

/** Repository-relative paths of files under `dir` whose names end in `ext`. */
function filesUnder(dir: string, ext: string): string[] {
  const entries = readdirSync(`${ROOT}${dir}`, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext))
    .map((e) => `${e.parentPath.slice(ROOT.length).replace(/\/$/, '')}/${e.name}`)
    .sort();
}

const read = (file: string) => readFileSync(`${ROOT}${file}`, 'utf8');
const report = (findings: readonly Finding[]) => findings.map((f) => `${f.where}: ${f.value}`);

describe('no paper number is typed twice', () => {
  it('the tables print enough values for the scan to mean something', () => {
    expect(TABLE_LITERALS.length).toBeGreaterThan(100);
    expect(isTableValue(literal('28.54', 'percent'))).toBe(true);
    expect(isTableValue(literal('0.16', 'none'))).toBe(true); // the ± of ResNet-110's five runs
  });

  it('the scan flags a re-typed table value and passes the same value given by <Num>', () => {
    expect(report(scanChapter('x.mdx', 'plain-34 ends at 28.54 % top-1 error'))).toEqual(['x.mdx:1: 28.54']);
    expect(scanChapter('x.mdx', 'plain-34 ends at <Num of="p1-table-2" row="depth-34" col="plain" /> %')).toEqual([]);
  });

  it('the scan flags one-decimal values only beside a unit, and ignores maths, imports and finer arithmetic', () => {
    expect(report(scanChapter('x.mdx', 'line one\nVGG-19 needs 19.6 GFLOPs and ResNet-1202 has 19.4M'))).toEqual([
      'x.mdx:2: 19.6',
      'x.mdx:2: 19.4',
    ]);
    expect(scanChapter('x.mdx', 'λ = 0.5 on 54 units; 3.6 of them; about 0.5 % of the cost')).toEqual([]);
    expect(scanChapter('x.mdx', 'the rounded $3.64 \\approx 3.6$ and $$\n28.54\n$$')).toEqual([]);
    expect(scanChapter('x.mdx', 'our count is 1.80 G, and a block costs 0.22 G')).toEqual([]);
    expect(report(scanChapter('x.mdx', 'BN after addition gets 6.5 %'))).toEqual(['x.mdx:1: 6.5']);
  });

  it('in code, a parameter count needs its M to count: a bare 1.25 is not Highway-32’s 1.25M', () => {
    expect(scanCode('x.ts', 'const extent = [-1.25, 1.25];')).toEqual([]);
    expect(report(scanCode('x.ts', "const label = '1.25M params';"))).toEqual(['x.ts:1: 1.25']);
    expect(report(scanCode('x.ts', 'const best = 6.43;'))).toEqual(['x.ts:1: 6.43']);
  });

  it.each(filesUnder(CHAPTERS, '.mdx'))('%s types no table value outside <Num>', (file) => {
    expect(report(scanChapter(file, read(file)))).toEqual([]);
  });

  it('no component or script outside src/lib/papers types a table value with two or more decimals', () => {
    const files = [...filesUnder('components', '.astro'), ...filesUnder('src', '.ts')].filter(
      (file) => !file.startsWith(PAPERS_MODULE),
    );
    expect(files.length).toBeGreaterThan(0);
    expect(files.flatMap((file) => report(scanCode(file, read(file))))).toEqual([]);
  });
});

// Parsing of the facts sheet (tests/fixtures/facts.md) into typed cells, for the paper-table tests.
import { num, type Cell, type Column, type PaperTable } from '~lib/papers';


/** Section text under `### <title> …`, up to the next heading or horizontal rule. */
export function sectionOf(facts: string, title: string): string {
  const lines = facts.split('\n');
  const start = lines.findIndex((l) => l === `### ${title}` || l.startsWith(`### ${title} `));
  if (start < 0) throw new Error(`facts.md has no "### ${title}" section`);
  const end = lines.findIndex((l, i) => i > start && (/^#{1,3} /.test(l) || l.trim() === '---'));
  return lines.slice(start, end < 0 ? undefined : end).join('\n');
}

export interface MarkdownTable {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
}

/** The first markdown table in a section, cells trimmed. */
export function markdownTable(section: string): MarkdownTable {
  const lines = section.split('\n');
  const first = lines.findIndex((l) => l.trimStart().startsWith('|'));
  const block: string[] = [];
  for (const line of lines.slice(first)) {
    if (!line.trimStart().startsWith('|')) break;
    block.push(line.trim());
  }
  const cells = (line: string) => line.replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());
  const [header, , ...rows] = block.map(cells);
  if (!header || rows.length === 0) throw new Error(`no markdown table in:\n${section.slice(0, 80)}`);
  return { header, rows };
}

export const titleOf = (t: PaperTable) => (t.number === null ? `${t.paper} FLOPs figures` : `${t.paper} Table ${t.number}`);

const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const decimalsOf = (s: string) => s.split('.')[1]?.length ?? 0;

/** A published cell string (with **bold**, †, "x (m±s)", "1.8×10⁹", dashes) as a typed cell. */
export function parsePublished(raw: string, column: Column): Cell {
  const bold = raw.includes('**');
  const s = raw.replaceAll('**', '').trim();
  const marks = bold ? { bold } : {};
  if (s === '') return column.kind === 'text' ? { kind: 'text', text: '' } : { kind: 'missing' };
  if (s === '–' || s === '—') return { kind: 'missing' };
  if (s === 'fail') return { kind: 'fail', ...marks };
  const suffix = (column.cellSuffix ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `^(\\d+(?:\\.\\d+)?)(?:×10([${SUPERSCRIPTS}]+))?${suffix}(†?)(?: \\((\\d+(?:\\.\\d+)?)±(\\d+(?:\\.\\d+)?)\\))?$`,
  );
  const m = re.exec(s);
  if (!m?.[1]) return { kind: 'text', text: s, ...marks };
  const [, value = '', power, dagger, mean, std] = m;
  if (mean && std && decimalsOf(mean) !== decimalsOf(std)) return { kind: 'text', text: s };
  const exp10 = power ? Number([...power].map((d) => SUPERSCRIPTS.indexOf(d)).join('')) : undefined;
  return num(Number(value), decimalsOf(value), {
    ...marks,
    dagger: dagger === '†',
    ...(mean && std ? { meanStd: [Number(mean), Number(std)] as const } : {}),
    ...(exp10 !== undefined ? { exp10 } : {}),
  });
}

/** Stable text for a cell: keys sorted, absent/false flags dropped. */
export function canonical(value: unknown): string {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const entries = Object.entries(v).filter(([, x]) => x !== undefined && x !== false);
      return Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, walk(x)]));
    }
    return v;
  };
  return JSON.stringify(walk(value));
}


import { formatCellParts, paperTable, tableCell } from '../papers';

/** A paper number in rubric text: `{table/row/col}`, the address `<Num>` uses. */
const TOKEN = /\{([a-z0-9-]+)\/([a-z0-9.-]+)\/([a-z0-9.-]+)\}/g;

/** One piece of rubric text: plain words, or a number printed from a paper table with its address. */
export type RubricSpan = { text: string; source?: undefined } | { text: string; source: string };

/** The paper number a token names, printed as the paper prints it; throws, naming the token, if it names no number. */
function printNumber(table: string, row: string, col: string): string {
  const address = `${table}/${row}/${col}`;
  let cell;
  try {
    cell = tableCell(table, row, col);
  } catch (error) {
    throw new Error(`Rubric token {${address}}: ${(error as Error).message}`);
  }
  if (cell.kind !== 'number') throw new Error(`Rubric token {${address}}: the cell is "${cell.kind}", not a number`);
  return formatCellParts(
    cell,
    paperTable(table).columns.find((c) => c.key === col),
  ).main;
}

/** Splits rubric text into words and paper numbers (each number with its `table/row/col` source). */
export function rubricSpans(text: string): RubricSpan[] {
  const spans: RubricSpan[] = [];
  let at = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > at) spans.push({ text: text.slice(at, match.index) });
    spans.push({ text: printNumber(match[1]!, match[2]!, match[3]!), source: `${match[1]}/${match[2]}/${match[3]}` });
    at = match.index + match[0].length;
  }
  if (at < text.length) spans.push({ text: text.slice(at) });
  return spans;
}

/** Rubric text as plain text, numbers printed (for Markdown export, hints and tests). */
export function rubricPlain(text: string): string {
  return rubricSpans(text)
    .map((span) => span.text)
    .join('');
}

/** The text with every token removed: what must hold no paper number of its own. */
export function withoutTokens(text: string): string {
  return text.replace(TOKEN, '');
}

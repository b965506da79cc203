import { escapeXml } from './svg';

/** A chart's data as a table: the accessible alternative and what course tooling reads. */
export interface DataTable {
  caption: string;
  columns: { key: string; label: string; numeric?: boolean }[];
  rows: { attrs: Record<string, string | number>; cells: string[] }[];
}

/**
 * HTML for a data table. Row attributes become `data-*` attributes holding raw values,
 * so automation reads numbers without parsing formatted text.
 */
export function tableMarkup(table: DataTable): string {
  const head = table.columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ''}>${escapeXml(c.label)}</th>`)
    .join('');
  const body = table.rows
    .map((row) => {
      const attrs = Object.entries(row.attrs)
        .map(([k, v]) => ` data-${k}="${escapeXml(String(v))}"`)
        .join('');
      const cells = row.cells
        .map((cell, i) => {
          const column = table.columns[i];
          const tag = i === 0 ? 'th scope="row"' : 'td';
          const close = i === 0 ? 'th' : 'td';
          return `<${tag}${column?.numeric ? ' class="num"' : ''}>${escapeXml(cell)}</${close}>`;
        })
        .join('');
      return `<tr${attrs}>${cells}</tr>`;
    })
    .join('');
  return `<table><caption>${escapeXml(table.caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

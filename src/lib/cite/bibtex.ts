/** One BibTeX entry from its type, key and fields, in the layout every entry on the site uses. */
export function bibtexEntry(type: string, key: string, fields: readonly (readonly [string, string])[]): string {
  const body = fields.map(([name, value]) => `  ${name} = {${value}}`).join(',\n');
  return `@${type}{${key},\n${body}\n}`;
}

/**
 * The `_headers` file of Netlify and Cloudflare Pages, as text and as rules: a path pattern on a
 * line of its own, then its headers indented below it, `#` for comments. The build writes one
 * (csp-hosts.ts); the local static server reads it back to serve the site with its headers.
 */

/** One rule: a path pattern (`/chapters/*`, `/`) and the headers a matching response gets. */
export interface HeaderRule {
  path: string;
  headers: ReadonlyArray<readonly [name: string, value: string]>;
}

/** The file's text: a comment block, then each rule as a path line and indented headers. */
export function formatHeadersFile(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
  const head = comment.map((line) => (line ? `# ${line}` : '#'));
  const body = rules.map((rule) => [rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
  return `${[...(head.length ? [head.join('\n')] : []), ...body].join('\n\n')}\n`;
}

/** Reads a `_headers` file; throws on a header line before any path or a header without a colon. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ path: line, headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon <= 0) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path, got "${line}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a rule's path pattern matches a URL path: `*` matches any run of characters (slashes
 * too) and `:name` one path segment, as both hosts read them; the rest must match exactly.
 */
export function matchesPath(pattern: string, path: string): boolean {
  const source = pattern
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') && part.length > 1 ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a response for `path` gets: every matching rule applies, in file order, and a
 * header that two rules set is joined with ", " (Cloudflare Pages' documented behaviour; for a
 * Content-Security-Policy that means both policies are enforced). The generated file gives every
 * path at most one rule per header, so it reads the same on hosts that let the last rule win.
 */
export function headersForPath(rules: readonly HeaderRule[], path: string): [string, string][] {
  const merged = new Map<string, [string, string]>();
  for (const rule of rules) {
    if (!matchesPath(rule.path, path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const existing = merged.get(key);
      merged.set(key, existing ? [existing[0], `${existing[1]}, ${value}`] : [name, value]);
    }
  }
  return [...merged.values()];
}

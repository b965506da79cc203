/**
 * The security headers in each host's own syntax: a `_headers` file for Netlify and Cloudflare
 * Pages, and two nginx include files. Pages and embeds differ only in frame-ancestors; content-
 * hashed assets also get a long cache.
 *
 * Netlify lets the last matching rule win when two rules set one header, Cloudflare Pages joins
 * them (so both policies apply), and neither can say "everything but /embed/". So no path matches
 * two Content-Security-Policy rules here: one rule covers the base path itself and one each top-
 * level file or folder of the build, /embed/* included with its own policy. A path that is none of
 * these (a 404) gets the common headers from `<base>*` and the policy from the 404 page's meta element.
 */
import { formatHeadersFile, type HeaderRule } from './csp-headers-file.ts';
import { COMMON_HEADERS, EMBED_FOLDER, HASHED_ASSETS_FOLDER, IMMUTABLE_CACHE } from './csp-policy.ts';

/** The serialised policies: for pages (frame-ancestors 'self') and for embeds (framed by anyone). */
export interface HostPolicies {
  page: string;
  embed: string;
}

/** One top-level entry of the build folder. */
export interface TopLevelEntry {
  name: string;
  folder: boolean;
}

/** Files that configure a host rather than being served: never given a rule. */
const HOST_FILES = new Set(['_headers', '_redirects', '_routes.json']);

/** Cloudflare Pages refuses a header value longer than this many characters. */
export const CLOUDFLARE_HEADER_LIMIT = 2000;

/** The `_headers` rules for a build at `base` whose top level holds `entries`. */
export function headerRules(base: string, entries: readonly TopLevelEntry[], policies: HostPolicies): HeaderRule[] {
  const csp = (policy: string) => ['Content-Security-Policy', policy] as const;
  const rules: HeaderRule[] = [
    { path: `${base}*`, headers: COMMON_HEADERS },
    { path: base, headers: [csp(policies.page)] },
  ];
  const served = entries.filter((entry) => !HOST_FILES.has(entry.name));
  for (const entry of [...served].sort((a, b) => a.name.localeCompare(b.name))) {
    const embed = entry.folder && entry.name === EMBED_FOLDER;
    const headers: (readonly [string, string])[] = [csp(embed ? policies.embed : policies.page)];
    if (entry.folder && entry.name === HASHED_ASSETS_FOLDER) headers.push(['Cache-Control', IMMUTABLE_CACHE]);
    rules.push({ path: entry.folder ? `${base}${entry.name}/*` : `${base}${entry.name}`, headers });
  }
  return rules;
}

/** The whole `_headers` file for a build at `base`. */
export function headersFile(base: string, entries: readonly TopLevelEntry[], policies: HostPolicies): string {
  return formatHeadersFile(headerRules(base, entries, policies), [
    'Security headers for Netlify and Cloudflare Pages, written by the build (src/scripts/csp/).',
    'Do not edit: the policy lists a hash of every inline script and style of this build.',
    `Every path under ${base} matches at most one Content-Security-Policy rule. ${base}${EMBED_FOLDER}/* may be`,
    `framed by any site, everything else only by the site itself; ${base}${HASHED_ASSETS_FOLDER}/* never changes.`,
  ]);
}

/** Names of the nginx variables the two include files share. */
const CSP_VARIABLE = '$resnet_explained_csp';
const CACHE_VARIABLE = '$resnet_explained_cache_control';

/**
 * The nginx configuration: `maps` goes in the `http { }` block (two maps from the request path to
 * the policy and the Cache-Control value), `headers` in the site's `server { }` or `location { }`
 * block. An empty Cache-Control value means nginx sends no such header.
 */
export function nginxConfig(base: string, policies: HostPolicies): { maps: string; headers: string } {
  // Regex characters of the base go in brackets ([.]): a backslash would need nginx's own escaping.
  if (/[\\^$[\]]/.test(base)) throw new Error(`nginx maps cannot be written for a base path with \\, ^, $, [ or ]: ${base}`);
  const prefix = (folder: string) => quote(`~^${base.replace(/[.*+?{}()|]/g, '[$&]')}${folder}/`);
  const maps = [
    '# Written by the build (src/scripts/csp/): include inside the http { } block, once.',
    `# The policy for a path under ${base}: embeds may be framed by any site, pages only by the site.`,
    `map $uri ${CSP_VARIABLE} {`,
    `    default ${quote(policies.page)};`,
    `    ${prefix(EMBED_FOLDER)} ${quote(policies.embed)};`,
    '}',
    '',
    '# Content-hashed assets never change under one name: cache them for a year.',
    `map $uri ${CACHE_VARIABLE} {`,
    '    default "";',
    `    ${prefix(HASHED_ASSETS_FOLDER)} ${quote(IMMUTABLE_CACHE)};`,
    '}',
    '',
  ].join('\n');
  const headers = [
    '# Written by the build (src/scripts/csp/): include in the server { } or location { } block that serves',
    '# the site, after nginx-csp-maps.conf is included in http { }. nginx drops inherited add_header lines',
    '# in a block that has its own, so include this file again in any such block.',
    `add_header Content-Security-Policy ${CSP_VARIABLE} always;`,
    ...COMMON_HEADERS.map(([name, value]) => `add_header ${name} ${quote(value)} always;`),
    `add_header Cache-Control ${CACHE_VARIABLE} always;`,
    '',
  ].join('\n');
  return { maps, headers };
}

/** An nginx double-quoted string; the values here never need escaping, and are checked not to. */
function quote(value: string): string {
  if (/["\\$\n]/.test(value)) throw new Error(`an nginx value holds a quote, backslash, $ or newline: ${value}`);
  return `"${value}"`;
}

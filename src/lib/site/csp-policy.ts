/**
 * The site's Content-Security-Policy and the other security headers, as values. One policy serves
 * every page (a site-wide list of inline hashes); pages and embeds differ only in who may frame
 * them. Why each source is there:
 *
 * - script-src 'self' + one hash per inline script: Astro and Starlight inline small scripts (the
 *   theme before first paint, the sidebar state, the table of contents, our print and embed
 *   helpers); every other script is a bundled file. No 'unsafe-inline', no 'unsafe-eval'.
 * - 'wasm-unsafe-eval' in script-src, site-wide: Pagefind search (on every page, in its worker too)
 *   compiles WebAssembly, and so do tfjs's WASM backend in the labs' workers. It allows compiling
 *   WebAssembly only, not eval() of JavaScript.
 * - style-src 'self' + one hash per inline `<style>` (Astro inlines small component stylesheets).
 * - style-src-attr 'unsafe-inline': KaTeX positions every glyph with a style attribute (thousands
 *   per chapter). An attribute holds declarations only, no script and no fetch.
 * - img-src and font-src 'self' data:: CSS icons are data: SVG masks, and the bundler inlines the
 *   smallest KaTeX font as a data: URL.
 * - connect-src 'self': search fragments, WASM binaries and recorded runs come from the site.
 * - worker-src 'self': the labs' module workers and Pagefind's worker are bundled files; no worker
 *   is made from a blob (tfjs's threaded WASM, which would, needs cross-origin isolation the site
 *   does not ask for).
 * - object-src 'none', base-uri 'self', form-action 'self'; default-src 'self' for the rest.
 * - frame-ancestors: 'self' for pages; any origin for /embed/* (see EMBED_ANCESTORS).
 */

/** A policy as ordered directives: name and sources. */
export type Directives = ReadonlyArray<readonly [name: string, sources: readonly string[]]>;

/** The `'sha256-…'` sources of the inline scripts and styles the site ships. */
export interface InlineHashes {
  scripts: readonly string[];
  styles: readonly string[];
}

/** Who may frame the site's pages: only the site itself (no course page needs a whole chapter in a frame). */
export const PAGE_ANCESTORS: readonly string[] = ["'self'"];

/**
 * Who may frame an embed: anyone. Embeds exist to sit in course pages on hosts we cannot list
 * (an LMS, a university site, http or https); they hold no reader data and perform no action a
 * framing page could trick a click into, so clickjacking has nothing to win there.
 */
export const EMBED_ANCESTORS: readonly string[] = ['*'];

/** The folder of the embed pages under the base path (src/lib/site/embeds.ts `embedPath`). */
export const EMBED_FOLDER = 'embed';

/** The folder of Astro's content-hashed build assets under the base path. */
export const HASHED_ASSETS_FOLDER = '_astro';

/** Cache-Control for content-hashed assets: a changed file gets a new name, so a copy never goes stale. */
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/** The headers every response gets, whatever its path. */
export const COMMON_HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['X-Content-Type-Options', 'nosniff'],
  // Full referrer inside the site, none to other sites: nothing elsewhere needs to know where a
  // reader came from (the site has no analytics), and a URL may carry lab settings.
  ['Referrer-Policy', 'same-origin'],
  // Powerful features the site never uses, refused for it and anything it frames.
  [
    'Permissions-Policy',
    'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), display-capture=(), accelerometer=(), gyroscope=(), magnetometer=(), browsing-topics=()',
  ],
];

/** The hash source for a digest: `'sha256-<base64>'`. */
export function hashSource(base64Sha256: string): string {
  return `'sha256-${base64Sha256}'`;
}

/** The site-wide policy without frame-ancestors: the part that a meta element can carry too. */
export function sitePolicy(hashes: InlineHashes): Directives {
  return [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", "'wasm-unsafe-eval'", ...sortedUnique(hashes.scripts)]],
    ['style-src', ["'self'", ...sortedUnique(hashes.styles)]],
    ['style-src-attr', ["'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'", 'data:']],
    ['connect-src', ["'self'"]],
    ['worker-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
}

/** The policy with a frame-ancestors directive (headers only: browsers ignore it in a meta element). */
export function withAncestors(policy: Directives, ancestors: readonly string[]): Directives {
  return [...withoutAncestors(policy), ['frame-ancestors', ancestors]];
}

/** The policy without frame-ancestors, as a meta element must carry it. */
export function withoutAncestors(policy: Directives): Directives {
  return policy.filter(([name]) => name !== 'frame-ancestors');
}

/** The header (or meta content) text: `name source source; name source`. */
export function serialisePolicy(policy: Directives): string {
  return policy.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** Reads a serialised policy back into directives (names lower-cased, empty directives dropped). */
export function parsePolicy(text: string): Directives {
  return text
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .filter((tokens) => tokens[0])
    .map(([name, ...sources]) => [name!.toLowerCase(), sources] as const);
}

function sortedUnique(values: readonly string[]): string[] {
  return [...new Set(values)].sort();
}

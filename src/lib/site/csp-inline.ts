/**
 * What a built page holds inline, as a Content-Security-Policy sees it: the bodies of its inline
 * `<script>` and `<style>` elements (each needs a hash in the policy), and the `<meta>` that carries
 * the policy on hosts that cannot send headers. Plain string work on Astro's output, no DOM:
 * src/scripts/csp/ reads the files, hashes what this finds and writes the pages back.
 */

/** The inline code of one page: script and style bodies, exactly as the browser will hash them. */
export interface InlineBlocks {
  scripts: string[];
  styles: string[];
}

/**
 * An HTML comment, or a whole `<script>`/`<style>` element (attributes may hold quoted `>`).
 * One scan over both kinds, so a script inside a comment is skipped and a `<!--` inside a
 * script's text does not start a comment.
 */
const BLOCK = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>/gi;

/**
 * Script types the browser runs, and so the policy governs: none given, a JavaScript MIME type,
 * a module, an import map or speculation rules. Anything else (JSON, ld+json) is a data block.
 */
const RUN_TYPES = /^(?:|module|importmap|speculationrules|(?:text|application)\/(?:x-)?(?:java|ecma)script|text\/(?:jscript|livescript)|text\/javascript1\.[0-5])$/;

/** The inline scripts the browser would run and every inline style element, in document order. */
export function inlineBlocks(html: string): InlineBlocks {
  const found: InlineBlocks = { scripts: [], styles: [] };
  for (const match of html.matchAll(BLOCK)) {
    const [, tag, attributes = '', body = ''] = match;
    if (!tag) continue;
    if (tag.toLowerCase() === 'style') found.styles.push(hashInput(body));
    else if (attribute(attributes, 'src') === undefined && RUN_TYPES.test((attribute(attributes, 'type') ?? '').trim().toLowerCase())) {
      found.scripts.push(hashInput(body));
    }
  }
  return found;
}

/**
 * The text a browser hashes for an element: its source text after the HTML parser has turned
 * every CR LF and lone CR into LF. (Astro writes LF already; a CRLF checkout must not change a hash.)
 */
export function hashInput(body: string): string {
  return body.replace(/\r\n?/g, '\n');
}

/** An attribute's value ('' when present without one), or undefined when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  const pattern = new RegExp(`(?:^|\\s)${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+)))?(?=\\s|/|$)`, 'i');
  const match = pattern.exec(attributes);
  if (!match) return undefined;
  return match[1] ?? match[2] ?? match[3] ?? '';
}

/** Event-handler attributes (onclick=…) and javascript: URLs: a hash-based policy blocks both. */
export function inlineHandlers(html: string): string[] {
  const withoutBlocks = html.replace(BLOCK, '');
  const handlers = [...withoutBlocks.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)].map((m) => m[1]!.toLowerCase());
  const urls = [...withoutBlocks.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/gi)].map(() => 'javascript: URL');
  return [...handlers, ...urls];
}

/** The policy meta element, to be read before any script or style of the page. */
const META = /<meta\s+http-equiv\s*=\s*["']?content-security-policy["']?[^>]*>/i;

/**
 * The page with a `<meta http-equiv="Content-Security-Policy">` carrying `policy`: in place of
 * one it already has, else right after `<meta charset>` (which must stay within the first
 * 1024 bytes), else first in `<head>`. A meta policy only covers what follows it, so it goes
 * before every script and style.
 */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(policy)}">`;
  if (META.test(html)) return html.replace(META, () => meta);
  const anchor = /<meta\s+charset\s*=\s*["']?[\w-]+["']?\s*\/?>/i.exec(html) ?? /<head\b[^>]*>/i.exec(html);
  if (!anchor) throw new Error('the page has no <head> to carry a Content-Security-Policy meta element');
  const at = anchor.index + anchor[0].length;
  if (html.slice(0, anchor.index).search(/<(?:script|style|link)\b/i) >= 0) {
    throw new Error('a script, style or link comes before the policy meta element, which would not cover it');
  }
  return `${html.slice(0, at)}${meta}${html.slice(at)}`;
}

/** The policy a page's meta element carries, or null without one. */
export function metaPolicy(html: string): string | null {
  const element = META.exec(html)?.[0];
  if (!element) return null;
  const content = attribute(element.replace(/^<meta|\/?>$/gi, ''), 'content');
  return content === undefined ? null : unescapeAttribute(content);
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
}

function unescapeAttribute(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

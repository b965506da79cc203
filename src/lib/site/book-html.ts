/**
 * Rewrites a page's rendered HTML so that it can sit in the one-page book beside the others.
 * Ten chapters on one page share ids ("short-answer" in each, "fig-training-lab" in three), so
 * every id is prefixed with the part's slug; headings move one level down under the chapter
 * title; and links to another chapter's anchor become links inside the book, so they work in
 * the PDF too. The input is our own build output (quoted attributes), which is what makes
 * these regular expressions safe.
 */

/** How one part of the book is rewritten. */
export interface BookRewrite {
  /** The part's id in the book, e.g. a chapter slug or 'references'. */
  prefix: string;
  /** Levels to move each heading down (h2 → h3 for 1); capped at h6. */
  shift: number;
  /** The site's base path, e.g. '/' or '/courses/resnet/'. */
  base: string;
  /** Chapter slugs present in the book, for turning cross-chapter links into in-book ones. */
  chapters: readonly string[];
  /** Added to each labelled region's name ("P1 Table 2" is in two chapters), e.g. 'chapter 1'. */
  regionSuffix?: string | undefined;
}

/** The id an anchor of a part gets in the book: `degradation-problem--short-answer`. */
export function bookAnchor(prefix: string, id: string): string {
  return `${prefix}--${id}`;
}

/** Applies every rewrite of one part: ids, heading levels, cross-chapter links, region names. */
export function rewriteForBook(html: string, options: BookRewrite): string {
  const shifted = shiftHeadings(html, options.shift);
  const linked = linkWithinBook(prefixIds(shifted, options.prefix), options.base, options.chapters);
  return options.regionSuffix ? nameRegions(linked, options.regionSuffix) : linked;
}

/** Appends `suffix` to the aria-label of every role="region", so landmarks stay unique on one page. */
export function nameRegions(html: string, suffix: string): string {
  return html.replace(/<[a-z]+\s[^>]*\brole="region"[^>]*>/g, (tag) =>
    tag.replace(/\baria-label="([^"]*)"/, (_, label) => `aria-label="${label} (${suffix})"`),
  );
}

/** Prefixes every id in the fragment and every reference to one (href="#…", for, aria-*, url(#…)). */
export function prefixIds(html: string, prefix: string): string {
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  const rename = (id: string) => (ids.has(id) ? bookAnchor(prefix, id) : id);
  return html
    .replace(/(\sid=")([^"]+)(")/g, (_, a, id, b) => `${a}${rename(id)}${b}`)
    .replace(/(\s(?:xlink:)?href="#)([^"]+)(")/g, (_, a, id, b) => `${a}${rename(id)}${b}`)
    .replace(/(\s(?:for|headers|aria-labelledby|aria-describedby|aria-controls|aria-owns)=")([^"]+)(")/g, (_, a, list: string, b) =>
      `${a}${list.split(/\s+/).map(rename).join(' ')}${b}`,
    )
    .replace(/url\(#([^)]+)\)/g, (_, id) => `url(#${rename(id)})`);
}

/** Moves every heading (and Starlight's `level-hN` wrapper class) down by `by` levels. */
export function shiftHeadings(html: string, by: number): string {
  const level = (n: string) => Math.min(6, Number(n) + by);
  return html
    .replace(/<(\/?)h([1-6])(?=[\s>])/g, (_, slash, n) => `<${slash}h${level(n)}`)
    .replace(/\blevel-h([1-6])\b/g, (_, n) => `level-h${level(n)}`);
}

/**
 * Turns links to a chapter in the book into in-book anchors: `<base>chapters/x/#id` (paper
 * references) and `../x/#id` (chapters link to each other relatively), with or without the #id;
 * and a chapter's relative link to the references page (`../../references/#key`, which from
 * /book/ would leave the site's base) into an anchor of the book's references part. Absolute
 * links to the references page still work from the book and are kept.
 */
export function linkWithinBook(html: string, base: string, chapters: readonly string[]): string {
  const known = new Set(chapters);
  const pattern = new RegExp(`href="(?:${escape(base)}chapters/|\\.\\./)([a-z0-9-]+)/(?:#([^"]+))?"`, 'g');
  const references = /href="\.\.\/\.\.\/references\/(?:#([^"]+))?"/g;
  return html
    .replace(pattern, (whole, slug: string, id: string | undefined) => {
      if (!known.has(slug)) return whole;
      return `href="#${id ? bookAnchor(slug, id) : slug}"`;
    })
    .replace(references, (_, id: string | undefined) => `href="#${id ? bookAnchor('references', id) : 'references'}"`);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The link targets a chapter offers a course besides its sections: numbered equations, paper
 * tables and figures. Each of them carries a link icon to itself in the rendered HTML
 * (`<a class="copy-link" href="#id" data-copy-label="…">`, from remark-equations, PaperTable and
 * the figure shells), so reading those icons finds every target, whatever component drew it.
 */
import { parseEquationLabel } from '../markdown/equation-label.ts';

/** One anchor in a chapter: its id and a short human name. */
export interface LinkTarget {
  id: string;
  label: string;
}

/** A chapter's anchors by kind, each list in document order. */
export interface ChapterTargets {
  equations: LinkTarget[];
  tables: LinkTarget[];
  figures: LinkTarget[];
}

/** A caption's first clause ("Training lab: shallow …" → "Training lab"), used as a short name. */
export function figureLabel(caption: string): string {
  return caption.split(/[:.]/, 1)[0]!.trim();
}

/** The link label a figure's icon carries: "figure: Training lab". */
export function figureLinkLabel(caption: string): string {
  return `figure: ${figureLabel(caption)}`;
}

/** Finds the equations, paper tables and figures of a rendered chapter by their link icons. */
export function linkTargetsInHtml(html: string): ChapterTargets {
  const targets: ChapterTargets = { equations: [], tables: [], figures: [] };
  const seen = new Set<string>();
  for (const [tag] of html.matchAll(/<a\s[^>]*\bclass="[^"]*\bcopy-link\b[^"]*"[^>]*>/g)) {
    const id = attribute(tag, 'href')?.replace(/^#/, '');
    const label = unescapeHtml(attribute(tag, 'data-copy-label') ?? '');
    if (!id || seen.has(id)) continue;
    seen.add(id);
    if (id.startsWith('fig-')) targets.figures.push({ id, label: label.replace(/^figure: /, '') || id });
    else if (parseEquationLabel(id)) targets.equations.push({ id, label });
    else targets.tables.push({ id, label });
  }
  return targets;
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

function unescapeHtml(text: string): string {
  return text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

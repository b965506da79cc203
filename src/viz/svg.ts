/**
 * A tiny SVG scene graph. Renderers build a tree of `SvgNode`s from data and scales; the same
 * tree becomes a string at build time (the static figure every page ships) and DOM nodes in
 * the browser (the interactive figure), so both always draw the same thing.
 */
export interface SvgNode {
  tag: string;
  attrs: Record<string, string | number | undefined>;
  children: (SvgNode | string)[];
}

/** Builds a node; undefined attributes are left out. */
export function h(tag: string, attrs: SvgNode['attrs'] = {}, children: (SvgNode | string | null | false)[] = []): SvgNode {
  return { tag, attrs, children: children.filter((c): c is SvgNode | string => c !== null && c !== false) };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for use in markup. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ESCAPES[c]!);
}

/** Formats a number attribute compactly (two decimals are plenty for screen coordinates). */
export function attr(value: string | number): string {
  if (typeof value === 'string') return value;
  if (!Number.isFinite(value)) return '0';
  return String(Math.round(value * 100) / 100);
}

/** Serialises a node tree to markup. */
export function toMarkup(node: SvgNode | string): string {
  if (typeof node === 'string') return escapeXml(node);
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(attr(v!))}"`)
    .join('');
  const inner = node.children.map(toMarkup).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

import type { Element, ElementContent, Root, Text } from 'hast';
import type { VFile } from 'vfile';
import { visit, SKIP } from 'unist-util-visit';
import { ANCHOR_HOMES, findPaperRefs } from '../site/anchors';

/** Options: the site's base path, so links work when a course hosts the site under a sub-path. */
export interface PaperRefOptions {
  base: string;
}

const SKIP_TAGS = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'script', 'style']);

/**
 * Rehype plugin: every "P2 eq. (4)" or "P1 Table 2" in prose becomes a link to that equation or
 * table, on this page when it is typeset here, otherwise in the chapter that typesets it
 * (ANCHOR_HOMES). A reference with nowhere to go fails the build.
 */
export function rehypePaperRefs(options: PaperRefOptions) {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  return (tree: Root, file: VFile) => {
    const local = idsOnPage(tree);
    visit(tree, (node, index, parent) => {
      if (node.type === 'element' && (SKIP_TAGS.has(node.tagName) || hasClass(node, 'katex'))) return SKIP;
      if (node.type !== 'text' || !parent || index === undefined) return;
      const refs = findPaperRefs(node.value);
      if (refs.length === 0) return;
      const parts: ElementContent[] = [];
      let cursor = 0;
      for (const ref of refs) {
        const home = ANCHOR_HOMES[ref.anchor];
        if (!local.has(ref.anchor) && !home) {
          file.fail(`"${ref.text}" has no anchor: typeset it on this page or add it to ANCHOR_HOMES`, node);
        }
        const href = local.has(ref.anchor) ? `#${ref.anchor}` : `${base}chapters/${home}/#${ref.anchor}`;
        if (ref.index > cursor) parts.push(text(node.value.slice(cursor, ref.index)));
        parts.push({
          type: 'element',
          tagName: 'a',
          properties: { href, className: ['paper-ref'] },
          children: [text(ref.text)],
        });
        cursor = ref.index + ref.text.length;
      }
      if (cursor < node.value.length) parts.push(text(node.value.slice(cursor)));
      (parent.children as ElementContent[]).splice(index, 1, ...parts);
      return index + parts.length;
    });
  };
}

function text(value: string): Text {
  return { type: 'text', value };
}

function hasClass(node: Element, name: string): boolean {
  const classes = node.properties.className;
  return Array.isArray(classes) && classes.includes(name);
}

/** Ids typeset on this page: numbered equations, and paper tables placed with <PaperTable id="…" />. */
function idsOnPage(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'element' && typeof node.properties.id === 'string') ids.add(node.properties.id);
    const jsx = node as unknown as { type: string; name?: string; attributes?: { name?: string; value?: unknown }[] };
    if ((jsx.type === 'mdxJsxFlowElement' || jsx.type === 'mdxJsxTextElement') && jsx.name === 'PaperTable') {
      const id = jsx.attributes?.find((attribute) => attribute.name === 'id')?.value;
      if (typeof id === 'string') ids.add(id);
    }
  });
  return ids;
}

import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Rehype plugin, run after rehype-katex: keeps typeset math out of the Pagefind index,
 * since KaTeX's glyph soup and TeX annotations make search results unreadable.
 */
export function rehypeMathSearch() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      const classes = node.properties.className;
      if (Array.isArray(classes) && (classes.includes('katex') || classes.includes('katex-display'))) {
        node.properties.dataPagefindIgnore = '';
      }
    });
  };
}

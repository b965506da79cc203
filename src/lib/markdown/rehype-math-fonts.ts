import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { katexFaces } from './katex-faces.ts';

/**
 * Rehype plugin, run after rehype-katex: records the KaTeX faces a page's math is set in as the
 * page's `mathFaces` (Astro's remarkPluginFrontmatter), so the page can preload exactly those.
 * A face that arrives after the first layout makes the browser lay the whole page out again and
 * moves the text around the math (src/route-data.ts).
 */
export function rehypeMathFonts() {
  return (tree: Root, file: VFile) => {
    const faces = katexFaces(tree);
    if (!faces.length) return;
    const data = file.data as { astro?: { frontmatter?: Record<string, unknown> } };
    data.astro ??= {};
    data.astro.frontmatter ??= {};
    data.astro.frontmatter.mathFaces = faces;
  };
}

import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { katexOptions, remarkEquations } from '~lib/markdown/remark-equations';

const html = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkMath).use(remarkEquations).use(remarkRehype).use(rehypeKatex, katexOptions).use(rehypeStringify).processSync(markdown));

describe('a link course pages can take to each numbered equation', () => {
  it('a numbered equation carries a link icon to its own anchor, named by the paper numbering', () => {
    const out = html('$$ p2-eq-4\nx_L = x_l\n$$\n');
    expect(out).toMatch(/<div id="p2-eq-4" class="equation"[^>]*>[\s\S]*<a href="#p2-eq-4" class="copy-link" aria-label="Link to P2 eq. \(4\)" data-copy-label="P2 eq. \(4\)"><\/a><\/div>/);
  });

  it('an unnumbered display block gets no link', () => {
    expect(html('$$\na\n$$\n')).not.toContain('copy-link');
  });
});

import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMath from 'remark-math';
import remarkRehype from 'remark-rehype';
import rehypeKatex from 'rehype-katex';
import type { Root } from 'hast';
import { katexFaces } from '../../src/lib/markdown/katex-faces';

async function faces(markdown: string): Promise<string[]> {
  const processor = unified().use(remarkParse).use(remarkMath).use(remarkRehype).use(rehypeKatex);
  return katexFaces((await processor.run(processor.parse(markdown))) as Root);
}

describe('katexFaces: the KaTeX faces rendered math is set in, from KaTeX’s stylesheet', () => {
  it('finds the upright and italic faces of plain maths', async () => {
    expect(await faces('$x_l + 1$')).toEqual(['KaTeX_Main-Regular', 'KaTeX_Math-Italic']);
  });

  it('follows font commands to their faces', async () => {
    expect(await faces('$\\mathcal{F}$')).toEqual(['KaTeX_Caligraphic-Regular']);
    expect(await faces('$\\mathbf{W}$')).toEqual(['KaTeX_Main-Bold']);
    expect(await faces('$\\boldsymbol{x}$')).toEqual(['KaTeX_Math-BoldItalic']);
  });

  it('tells inline from display operators and sized delimiters', async () => {
    expect(await faces('$\\sum$')).toContain('KaTeX_Size1-Regular');
    expect(await faces('$$\n\\prod_i\n$$')).toContain('KaTeX_Size2-Regular');
    expect(await faces('$\\left(\\frac{a}{b}\\right)$')).toContain('KaTeX_Size1-Regular');
  });

  it('reads only the visible HTML, not the MathML, and finds nothing without maths', async () => {
    expect(await faces('no maths here')).toEqual([]);
    expect(await faces('$1$')).toEqual(['KaTeX_Main-Regular']);
  });
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import rehypeKatex from 'rehype-katex';
import rehypeStringify from 'rehype-stringify';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeMathSearch } from '~lib/markdown/rehype-math-search';
import { rehypePaperRefs } from '~lib/markdown/rehype-paper-refs';
import { katexOptions, remarkEquations } from '~lib/markdown/remark-equations';
import { findPaperRefs } from '~lib/site/anchors';
import { stripLegacyFonts } from '~lib/site/katex-woff2-only';

function render(markdown: string, path = 'content/chapters/example.mdx'): string {
  const file = new VFile({ value: markdown, path });
  return String(
    unified()
      .use(remarkParse)
      .use(remarkMath)
      .use(remarkEquations)
      .use(remarkRehype)
      .use(rehypeKatex, katexOptions)
      .use(rehypeMathSearch)
      .use(rehypePaperRefs, { base: '/sub/' })
      .use(rehypeStringify)
      .processSync(file),
  );
}

describe('numbered equations', () => {
  it('a labelled display block gets the paper number as its tag and a stable anchor', () => {
    const html = render('Text.\n\n$$ p2-eq-4\nx_L = x_l\n$$\n');
    expect(html).toContain('id="p2-eq-4"');
    expect(html).toContain('data-paper="P2"');
    expect(html).toMatch(/class="tag"[\s\S]*P2\s\(4\)/);
  });

  it('an unlabelled display block stays unnumbered', () => {
    const html = render('$$\na + b\n$$\n');
    expect(html).toContain('katex-display');
    expect(html).not.toContain('class="tag"');
    expect(html).not.toContain('class="equation"');
  });

  it('a malformed label fails the build', () => {
    expect(() => render('$$ eq4\na\n$$\n')).toThrow(/not of the form p1-eq-1/);
  });

  it('a TeX error fails the build and names the file and line', () => {
    let error: unknown;
    try {
      render('Intro.\n\nMore text.\n\n$$\n\\frac{1}{\n$$\n', 'content/chapters/broken.mdx');
    } catch (caught) {
      error = caught;
    }
    expect(String(error)).toMatch(/TeX error/);
    expect(String(error)).toContain('content/chapters/broken.mdx');
    expect((error as { line?: number }).line).toBe(5);
  });

  it('inline math with an unknown command fails too', () => {
    expect(() => render('A value $\\notacommand{x}$ here.\n')).toThrow(/TeX error in inline math/);
  });

  it('typeset math is kept out of the search index', () => {
    expect(render('$a$')).toMatch(/class="katex"[^>]*data-pagefind-ignore/);
  });
});

describe('paper references in prose', () => {
  it('finds equation and table references and their anchors', () => {
    expect(findPaperRefs('See P2 eq. (8) and P1 Table 3, not P3 eq. (1).').map((r) => r.anchor)).toEqual([
      'p2-eq-8',
      'p1-table-3',
    ]);
  });

  it('links to the equation on this page when it is typeset here', () => {
    const html = render('$$ p2-eq-4\nx\n$$\n\nAs P2 eq. (4) shows.\n');
    expect(html).toContain('<a href="#p2-eq-4" class="paper-ref">P2 eq. (4)</a>');
  });

  it('links to the home chapter, under the base path, when it is not', () => {
    const html = render('As P2 eq. (8) shows.\n');
    expect(html).toContain('<a href="/sub/chapters/scaled-shortcuts/#p2-eq-8" class="paper-ref">P2 eq. (8)</a>');
  });

  it('leaves references inside headings, code and math alone', () => {
    const html = render('## About P2 eq. (4)\n\n`P2 eq. (4)`\n');
    expect(html).not.toContain('paper-ref');
  });
});

describe('KaTeX fonts', () => {
  it('only WOFF2 sources are left in KaTeX’s stylesheet', () => {
    const require = createRequire(import.meta.url);
    const css = readFileSync(require.resolve('katex/dist/katex.min.css'), 'utf8');
    const stripped = stripLegacyFonts(css);
    const faces = stripped.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces.length).toBeGreaterThan(15);
    for (const face of faces) {
      expect(face).toMatch(/\.woff2\)/);
      expect(face).not.toMatch(/\.woff\)|\.ttf\)/);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { bookAnchor, linkWithinBook, nameRegions, prefixIds, rewriteForBook, shiftHeadings } from '~lib/site/book-html';

describe('rewriting a chapter for the one-page book', () => {
  it('prefixes every id and every same-page reference to it', () => {
    const html =
      '<h2 id="short-answer">A</h2><a href="#short-answer">#</a><figure id="fig-x" aria-labelledby="t1 t2">' +
      '<svg><title id="t1">T</title><desc id="t2">D</desc><path fill="url(#g)"/><linearGradient id="g"/></svg></figure>' +
      '<label for="in">L</label><input id="in">';
    const out = prefixIds(html, 'ch');
    expect(out).toContain('id="ch--short-answer"');
    expect(out).toContain('href="#ch--short-answer"');
    expect(out).toContain('aria-labelledby="ch--t1 ch--t2"');
    expect(out).toContain('url(#ch--g)');
    expect(out).toContain('for="ch--in"');
    expect(out).not.toMatch(/id="(short-answer|fig-x|t1|in)"/);
  });

  it('leaves links to anchors outside the fragment alone', () => {
    expect(prefixIds('<a href="#_top">top</a><p id="a"></p>', 'ch')).toContain('href="#_top"');
  });

  it('moves headings and their Starlight wrappers down a level, never past h6', () => {
    const out = shiftHeadings('<div class="sl-heading-wrapper level-h2"><h2 id="a">A</h2></div><h6>Z</h6><header>x</header>', 1);
    expect(out).toBe('<div class="sl-heading-wrapper level-h3"><h3 id="a">A</h3></div><h6>Z</h6><header>x</header>');
  });

  it('turns links to another chapter of the book into links inside the book', () => {
    const html = '<a href="/sub/chapters/identity-propagation/#p2-eq-4">P2 eq. (4)</a> <a href="/sub/chapters/not-overfitting/">ch 2</a> <a href="/sub/references/">refs</a>';
    const out = linkWithinBook(html, '/sub/', ['identity-propagation', 'not-overfitting']);
    expect(out).toContain(`href="#${bookAnchor('identity-propagation', 'p2-eq-4')}"`);
    expect(out).toContain('href="#not-overfitting"');
    expect(out).toContain('href="/sub/references/"');
  });

  it('resolves the relative links chapters use for each other', () => {
    const out = linkWithinBook('<a href="../building-blocks/#c-bottleneck">ch 10</a> <a href="../not-overfitting/">ch 2</a> <a href="../elsewhere/">x</a>', '/', ['building-blocks', 'not-overfitting']);
    expect(out).toBe('<a href="#building-blocks--c-bottleneck">ch 10</a> <a href="#not-overfitting">ch 2</a> <a href="../elsewhere/">x</a>');
  });

  it('turns a chapter’s relative link to the references page into the book’s references part', () => {
    const out = linkWithinBook('<a href="../../references/#veit2016residual">Veit</a> <a href="../../references/">refs</a>', '/sub/', ['identity-propagation']);
    expect(out).toBe(`<a href="#${bookAnchor('references', 'veit2016residual')}">Veit</a> <a href="#references">refs</a>`);
  });

  it('does all three at once without prefixing a cross-chapter anchor twice', () => {
    const html = '<h2 id="a">A</h2><a href="/chapters/b/#a">b</a>';
    expect(rewriteForBook(html, { prefix: 'x', shift: 1, base: '/', chapters: ['b'] })).toBe('<h3 id="x--a">A</h3><a href="#b--a">b</a>');
  });

  it('names each scrolling region after its chapter, since a paper table can appear in two', () => {
    expect(nameRegions('<div class="scroller" tabindex="0" role="region" aria-label="P1 Table 2, scrolls sideways"><p aria-label="x">', 'chapter 1')).toBe(
      '<div class="scroller" tabindex="0" role="region" aria-label="P1 Table 2, scrolls sideways (chapter 1)"><p aria-label="x">',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { figureLabel, figureLinkLabel, linkTargetsInHtml } from '~lib/site/link-targets';

// Rendered chapter HTML as the build writes it: the attribute order differs between hast
// (remark-equations) and Astro components, and the same target may carry two icons.
const HTML = `
<div id="p2-eq-4" class="equation"><span class="katex">…</span><a href="#p2-eq-4" class="copy-link" aria-label="Link to P2 eq. (4)" data-copy-label="P2 eq. (4)"></a></div>
<figure id="p1-table-2" class="paper-table"><caption><a class="anchor" href="#p1-table-2">P1 Table 2</a>
<a class="copy-link" href="#p1-table-2" aria-label="Link to P1 Table 2" data-copy-label="P1 Table 2"></a></caption></figure>
<figure id="fig-flops-explorer" class="figure"><figcaption>Where … <a class="copy-link astro-x1" href="#fig-flops-explorer" aria-label="Link to figure: Where the multiply-adds go" data-copy-label="figure: Where the multiply-adds go"></a></figcaption></figure>
<a class="copy-link" href="#p1-table-2" data-copy-label="P1 Table 2"></a>
<figure id="fig-stem" class="figure"><figcaption>x <a class="copy-link" href="#fig-stem" data-copy-label="figure: Stem &amp; stages"></a></figcaption></figure>
<a class="sl-anchor-link" href="#short-answer">#</a>
`;

describe('link targets read from a rendered chapter', () => {
  it('finds equations, paper tables and figures by their link icons, each once and in order', () => {
    expect(linkTargetsInHtml(HTML)).toEqual({
      equations: [{ id: 'p2-eq-4', label: 'P2 eq. (4)' }],
      tables: [{ id: 'p1-table-2', label: 'P1 Table 2' }],
      figures: [
        { id: 'fig-flops-explorer', label: 'Where the multiply-adds go' },
        { id: 'fig-stem', label: 'Stem & stages' },
      ],
    });
  });

  it('ignores section anchors, which come from the chapter headings instead', () => {
    expect(linkTargetsInHtml('<a class="sl-anchor-link" href="#a">#</a>')).toEqual({ equations: [], tables: [], figures: [] });
  });

  it('names a figure by the first clause of its caption', () => {
    expect(figureLabel('Gradient flow: the direct term.')).toBe('Gradient flow');
    expect(figureLabel('A single sentence')).toBe('A single sentence');
    expect(figureLinkLabel('Training lab: three nets.')).toBe('figure: Training lab');
  });
});

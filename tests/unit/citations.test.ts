import { describe, expect, it } from 'vitest';
import { chapterBibtex, chapterReference } from '~lib/cite/chapter-citation';
import { LATER_WORKS, P1, P2, formatBibtex, formatReference } from '~lib/cite/works';

describe('citations', () => {
  it('a paper reference names all four authors, the title, venue, year and arXiv id', () => {
    const text = formatReference(P1);
    expect(text).toContain('Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun');
    expect(text).toContain('Deep Residual Learning for Image Recognition');
    expect(text).toContain('2016');
    expect(text).toContain('arXiv:1512.03385');
  });

  it('a BibTeX entry is well formed, with balanced braces and its key, for the papers and the later work alike', () => {
    for (const work of [P1, P2, ...LATER_WORKS]) {
      const bib = formatBibtex(work);
      expect(bib.startsWith(`@inproceedings{${work.key},`)).toBe(true);
      expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
      expect(bib).toContain(`eprint = {${work.arxiv}}`);
    }
  });

  it('the later work is cited by name and year, never as P1 or P2, each under its own key', () => {
    expect(LATER_WORKS.map((w) => w.short)).toEqual(['Veit et al. (2016)', 'Balduzzi et al. (2017)', 'Li et al. (2018)']);
    expect(new Set([P1, P2, ...LATER_WORKS].map((w) => w.key)).size).toBe(LATER_WORKS.length + 2);
    for (const work of LATER_WORKS) expect(formatReference(work)).toMatch(new RegExp(`${work.year}\\. arXiv:${work.arxiv.replace('.', '\\.')}\\.$`));
  });

  it('a chapter citation carries its number, title and URL', () => {
    const input = { number: 6, title: 'What equation (4) says', url: 'https://x.example/chapters/identity-propagation/', year: 2026 };
    expect(chapterReference(input)).toContain('chapter 6: “What equation (4) says” (2026). https://x.example/chapters/identity-propagation/');
    expect(chapterBibtex(input)).toMatch(/^@misc\{resnetexplained2026ch6,/);
    expect(chapterBibtex(input)).toContain('url = {https://x.example/chapters/identity-propagation/}');
  });
});

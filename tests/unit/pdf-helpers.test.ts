import { describe, expect, it } from 'vitest';
import { bookVersion, chapterPdf, countPdfPages, formatBytes, normaliseBase, pdfLinksEnabled } from '~lib/site/pdf';
import { EMBEDS, HEIGHT_MESSAGE, iframeSnippet, resizeScript } from '~lib/site/embeds';
import { CHAPTER_SLUGS } from '~lib/site/chapters';

describe('PDF helpers', () => {
  it('links to PDFs only in a build made for them', () => {
    expect(pdfLinksEnabled({ PDF_LINKS: '1' })).toBe(true);
    expect(pdfLinksEnabled({})).toBe(false);
    expect(pdfLinksEnabled({ PDF_LINKS: '0' })).toBe(false);
  });

  it('puts each chapter PDF under pdf/', () => {
    expect(chapterPdf('degradation-problem')).toBe('pdf/degradation-problem.pdf');
  });

  it('normalises a base path to one leading and one trailing slash', () => {
    expect(normaliseBase('/')).toBe('/');
    expect(normaliseBase('courses/resnet')).toBe('/courses/resnet/');
    expect(normaliseBase('/courses/resnet/')).toBe('/courses/resnet/');
  });

  it('versions the book by package version and commit, or says the commit is unknown', () => {
    expect(bookVersion('0.1.0', '4e0270d\n')).toBe('0.1.0 (4e0270d)');
    expect(bookVersion('0.1.0', null)).toBe('0.1.0 (unknown)');
  });

  it('counts page objects but not the page tree', () => {
    const pdf = new TextEncoder().encode('<< /Type /Pages /Count 2 >> << /Type /Page >> << /Type/Page /Parent 1 0 R >>');
    expect(countPdfPages(pdf)).toBe(2);
  });

  it('prints sizes for people', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MB');
  });
});

describe('the embed registry', () => {
  it('has unique keys, figure anchors and real chapters', () => {
    expect(new Set(EMBEDS.map((e) => e.key)).size).toBe(EMBEDS.length);
    for (const embed of EMBEDS) {
      expect(embed.key).toMatch(/^[a-z0-9-]+$/);
      expect(embed.figureId).toMatch(/^fig-[a-z0-9-]+$/);
      expect(CHAPTER_SLUGS).toContain(embed.chapter);
      expect(embed.exampleState).toMatch(/^[a-z]+-[\w-]+=/);
    }
  });

  it('gives a course a resize script that listens for the height message', () => {
    expect(resizeScript()).toContain(`'${HEIGHT_MESSAGE}'`);
    expect(resizeScript().split('\n').length).toBeLessThanOrEqual(6);
    const embed = { key: 'k', title: 'T', chapter: 'flops-vs-vgg' as const, figureId: 'fig-k', exampleState: 'k-a=1' };
    expect(iframeSnippet(embed, 'https://x/embed/k/?k-a=1')).toMatch(/^<iframe src="https:\/\/x\/embed\/k\/\?k-a=1" title="T"/);
  });
});

import { describe, expect, it } from 'vitest';
import { bookVersion, chapterPdf, countPdfPages, formatBytes, normaliseBase, pdfLinksEnabled } from '~lib/site/pdf';

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


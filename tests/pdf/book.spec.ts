import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHAPTER_SLUGS } from '../../src/lib/site/chapters';
import { BOOK_PDF, chapterPdf } from '../../src/lib/site/pdf';
import { readChapters } from '../support/content';
import { pageFills } from '../support/pdf-pages';
import { DIST } from '../../src/scripts/built-site.ts';

// The PDFs that `npm run pdf` leaves in dist/, read with poppler-utils (.ci/run installs it).
const BOOK = join(DIST, BOOK_PDF);
const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
const pageCount = (file: string) => Number(/^Pages:\s+(\d+)/m.exec(poppler('pdfinfo', file))?.[1]);
// pdftotext joins a word broken at a line-end hyphen ("zero-|padding" → "zeropadding"), so
// titles are compared with hyphens and runs of white space taken out on both sides.
const flat = (s: string) => s.replace(/-/g, '').replace(/\s+/g, ' ');
const rawText = (file: string) => poppler('pdftotext', '-enc', 'UTF-8', file, '-');
const text = (file: string) => flat(rawText(file));
const titles = readChapters()
  .map((c) => ({ slug: c.slug, ...(c.frontmatter as { title: string; chapter: { number: number } }) }))
  .sort((a, b) => a.chapter.number - b.chapter.number);

test('the book PDF exists and has more pages than there are chapters', () => {
  expect(existsSync(BOOK), `${BOOK} is missing: run npm run pdf`).toBe(true);
  expect(pageCount(BOOK)).toBeGreaterThan(CHAPTER_SLUGS.length + 2);
});

test('the book has its cover, the contents, every chapter title in question order, the answer key, then the references', () => {
  const book = text(BOOK);
  expect(book.trimStart()).toMatch(/^ResNet, Explained/);
  expect(book).toMatch(/Version \d+\.\d+\.\d+ \((\w+)\)/);
  const contentsEnd = book.indexOf('References');
  expect(book.indexOf('Contents')).toBeLessThan(contentsEnd);
  let at = contentsEnd;
  for (const { title } of titles) {
    const found = book.indexOf(flat(title), at + 1);
    expect(found, title).toBeGreaterThan(at);
    at = found;
  }
  // The appendix: every question's rubric, after the last chapter.
  const key = book.indexOf('Appendix: Answer key', at);
  expect(key).toBeGreaterThan(at);
  expect(book.indexOf('Points a full answer makes', key)).toBeGreaterThan(key);
  expect(book.indexOf('Question 10', key)).toBeGreaterThan(key);
  const references = book.indexOf('References', key);
  expect(references).toBeGreaterThan(key);
  expect(book.indexOf('Identity Mappings in Deep Residual Networks', references)).toBeGreaterThan(references);
});

test('no raw TeX survives into the book', () => {
  const book = rawText(BOOK);
  expect(book).not.toMatch(/\$\$|\\frac|\\mathbf|\\mathbb|\\sqrt|\\sum|\\left|\\begin/);
  expect(book.match(/\\[A-Za-z]{2,}/g) ?? []).toEqual([]);
});

test('math in the book is set in KaTeX’s own fonts, embedded', () => {
  const fonts = poppler('pdffonts', BOOK);
  for (const family of ['KaTeX_Main-Regular', 'KaTeX_Math-Italic']) expect(fonts).toMatch(new RegExp(`\\+${family}\\s.*\\byes\\b`));
});

test('every chapter has a PDF of its own that starts with its title', () => {
  for (const { slug, title } of titles) {
    const file = join(DIST, chapterPdf(slug));
    expect(existsSync(file), file).toBe(true);
    expect(pageCount(file)).toBeGreaterThan(1);
    expect(text(file).trimStart().startsWith(flat(title)), slug).toBe(true);
  }
});

test('"Download PDF" on the home page and on a chapter fetch the PDFs', async ({ page, request }) => {
  await page.goto('/');
  const book = page.getByRole('link', { name: /Download PDF/ });
  await expect(book).toHaveAttribute('href', `/${BOOK_PDF}`);
  const bookResponse = await request.get(`/${BOOK_PDF}`);
  expect(bookResponse.status()).toBe(200);
  expect(bookResponse.headers()['content-type']).toContain('application/pdf');
  await page.goto('/chapters/shallow-resnets/');
  await expect(page.getByRole('link', { name: /Download PDF/ })).toHaveAttribute('href', `/${chapterPdf('shallow-resnets')}`);
  expect((await request.get(`/${chapterPdf('shallow-resnets')}`)).status()).toBe(200);
});

test('no page of the book is more than half blank, but before a new chapter and at the ends', () => {
  const pages = pageFills(BOOK);
  const halfBlank = pages.filter((p, i) => {
    const next = pages[i + 1];
    // The cover stands alone; a chapter, the answer key and the references start on a new page; the last page ends where the text does.
    if (p.page === 1 || !next || /^(CHAPTER \d+|Appendix: Answer key|References) /.test(next.opening)) return false;
    return p.fill < 0.5;
  });
  expect(halfBlank.map((p) => `page ${p.page} is ${Math.round(p.fill * 100)} % full; page ${p.page + 1} opens “${pages[p.page]?.opening}”`)).toEqual([]);
});

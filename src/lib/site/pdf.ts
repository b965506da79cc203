/**
 * Where the printed book and the per-chapter PDFs live in the built site, and whether a build
 * links to them. `npm run pdf` builds with PDF_LINKS=1 and then prints; a plain build links to
 * no PDF, so a "Download PDF" link never points at a file that is not there.
 */

/** The whole book, relative to the site's base path. */
export const BOOK_PDF = 'resnet-explained.pdf';

/** The page the book PDF is printed from, relative to the base path. */
export const BOOK_PAGE = 'book/';

/** One chapter's PDF, relative to the base path. */
export function chapterPdf(slug: string): string {
  return `pdf/${slug}.pdf`;
}

/** True when this build should render "Download PDF" links (set by `npm run pdf`). */
export function pdfLinksEnabled(env: Record<string, string | undefined>): boolean {
  return env.PDF_LINKS === '1';
}

/** The base path with exactly one trailing slash: '/' or '/courses/resnet/'. */
export function normaliseBase(base: string): string {
  const trimmed = base.trim() || '/';
  const leading = trimmed.startsWith('/') ? trimmed : `/${trimmed}`;
  return leading.endsWith('/') ? leading : `${leading}/`;
}

/** Counts the pages of a PDF written by Chromium (its page objects are not compressed). */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return [...text.matchAll(/\/Type\s*\/Page(?![A-Za-z])/g)].length;
}

/** A byte count for people: 812 KB, 2.4 MB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** The book's version line: package version plus git short hash, e.g. "0.1.0 (4e0270d)"; "unknown" without git. */
export function bookVersion(packageVersion: string, gitHash: string | null): string {
  return `${packageVersion} (${gitHash?.trim() || 'unknown'})`;
}

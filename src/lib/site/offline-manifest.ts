/**
 * What the service worker precaches for offline reading, decided over the built folder: every
 * file the site serves, named by the URL a reader's browser asks for (`chapters/x/index.html` is
 * fetched as `<base>chapters/x/`), minus what no page loads. The build step that applies these
 * rules is src/scripts/offline/service-worker-build.ts; the worker is src/islands/offline-worker.ts.
 */
import { CHAPTER_SLUGS, type ChapterSlug } from './chapters.ts';
import { BOOK_PAGE, BOOK_PDF, chapterPdf, normaliseBase } from './pdf.ts';

/** The worker's own file, relative to the base path. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * The kinds of file a reader's browser loads: pages, scripts, styles, data (JSON, and binary data
 * sets such as data/digits-8x8.bin, which a lab offline needs as much as its script), fonts, WASM,
 * images and Pagefind's index. Host configuration that a build may also hold (`_headers`, nginx
 * snippets) is never served to readers, and a precache request for it would fail the whole install.
 */
export const OFFLINE_GLOBS = [
  '**/*.{html,js,mjs,css,json,bin,woff2,wasm,svg,png,jpg,webp,ico}',
  'pagefind/**/*.{pagefind,pf_meta,pf_index,pf_fragment,pf_filter}',
];

/**
 * Left out of the precache: the worker itself; the 404 page (no link leads to it); Pagefind's
 * ready-made UI bundles and highlighter (the site bundles its own search UI from
 * @pagefind/default-ui, and loads only pagefind.js, its worker, WASM and index from pagefind/);
 * the PDFs, which `npm run pdf` prints after the build and which are listed separately
 * (pdfSources).
 */
export const OFFLINE_IGNORES = [
  SERVICE_WORKER_FILE,
  '404.html',
  'pagefind/pagefind-ui.*',
  'pagefind/pagefind-modular-ui.*',
  'pagefind/pagefind-component-ui.*',
  'pagefind/pagefind-highlight.js',
  '**/*.pdf',
];

/**
 * Files whose names carry a content hash (Vite's `_astro/name.HASH.ext`): their URL is their
 * version, so the worker fetches them without cache-busting and keeps them until a build drops them.
 */
export const HASHED_ASSETS = /^_astro\//;

/** The URL a reader's browser requests for a built file: a page's folder rather than its index.html. */
export function offlineUrl(file: string, base: string): string {
  const path = file.replace(/(^|\/)index\.html$/, '$1');
  return `${normaliseBase(base)}${path}`;
}

/**
 * The PDFs, each versioned by the page it is printed from. `npm run pdf` writes them after the
 * build, so at build time they do not exist yet; a PDF is the print of one built page (whose HTML
 * names every hashed script, style and font it uses), so that page's content stands for its
 * version. Keys are PDF paths and values the built pages they come from, both relative to the folder.
 */
export function pdfSources(slugs: readonly ChapterSlug[] = CHAPTER_SLUGS): Record<string, string[]> {
  const sources: Record<string, string[]> = { [BOOK_PDF]: [`${BOOK_PAGE}index.html`] };
  for (const slug of slugs) sources[chapterPdf(slug)] = [`chapters/${slug}/index.html`];
  return sources;
}

/** What one precache holds, for the build log: "132 files, 14.9 MB". */
export interface PrecacheSummary {
  files: number;
  bytes: number;
}

/** The build log's line about the precache. */
export function describePrecache({ files, bytes }: PrecacheSummary, pdfs: number): string {
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  const printed = pdfs > 0 ? `, plus the ${pdfs} PDFs \`npm run pdf\` prints next` : '';
  return `offline reading: ${SERVICE_WORKER_FILE} precaches ${files} files, ${mb} MB${printed}`;
}

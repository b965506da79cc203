// `npm run pdf`: builds the site if needed (with PDF links, under $BASE_PATH), serves dist/ on
// a free local port, and prints the whole book to dist/resnet-explained.pdf and each chapter to
// dist/pdf/<slug>.pdf. Run it with Node 24 (which runs .ts directly).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHAPTER_SLUGS, chapterPath } from '../lib/site/chapters.ts';
import { BOOK_PAGE, BOOK_PDF, chapterPdf, formatBytes, normaliseBase } from '../lib/site/pdf.ts';
import { printPages, type PrintJob } from './print-pages.ts';
import { buildSite, staleReason } from './site-build.ts';
import { serveStatic } from './static-server.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dist = join(root, 'dist');
const base = normaliseBase(process.env.BASE_PATH ?? '/');
const started = performance.now();

const reason = staleReason(root, dist, base);
if (reason) {
  console.log(`Building the site first: ${reason}.`);
  buildSite(root, process.env);
} else {
  console.log('Using the existing build in dist/.');
}

const server = await serveStatic({ root: dist, base });
const jobs: PrintJob[] = [
  { label: 'book', url: `${server.url}${BOOK_PAGE}`, file: join(dist, BOOK_PDF) },
  ...CHAPTER_SLUGS.map((slug) => ({
    label: slug,
    url: `${server.origin}${base}${chapterPath(slug).slice(1)}`,
    file: join(dist, chapterPdf(slug)),
  })),
];

try {
  const printed = await printPages(jobs, (done, index) => {
    console.log(`[${index + 1}/${jobs.length}] ${done.label}: ${done.pages} pages, ${formatBytes(done.bytes)}`);
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const total = printed.reduce((sum, p) => sum + p.bytes, 0);
  console.log(`\nPDFs in ${seconds} s:`);
  for (const p of printed) console.log(`  ${p.file.slice(root.length)}  ${p.pages} pages  ${formatBytes(p.bytes)}`);
  console.log(`  total ${formatBytes(total)}`);
} catch (error) {
  console.error(`PDF export failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await server.close();
}

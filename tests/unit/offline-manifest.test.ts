import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHAPTER_SLUGS } from '~lib/site/chapters';
import { describePrecache, offlineUrl, pdfSources } from '~lib/site/offline-manifest';
import { precacheManifest, writeServiceWorker } from '../../src/scripts/offline/service-worker-build.ts';

/** A built site in miniature: pages, a hashed asset, a data file, Pagefind files, and what must stay out. */
const SITE: Record<string, string> = {
  'index.html': '<h1>Home</h1>',
  'book/index.html': '<h1>Book</h1>',
  ...Object.fromEntries(CHAPTER_SLUGS.map((slug) => [`chapters/${slug}/index.html`, `<h1>${slug}</h1>`])),
  '_astro/lab-worker.AbC123.js': 'work()',
  '_astro/tfjs-backend-wasm.XyZ789.wasm': '\0asm',
  'pagefind/pagefind.js': 'search()',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/fragment/en_1.pf_fragment': 'f',
  'pagefind/pagefind-ui.js': 'ui()',
  'pagefind/pagefind-highlight.js': 'mark()',
  'favicon.svg': '<svg/>',
  'data/digits-8x8.bin': 'DG88',
  '404.html': 'lost',
  'sitemap-0.xml': '<urlset/>',
  'resnet-explained.pdf': '%PDF old',
  'sw.js': 'old worker',
  _headers: '/*\n  X-Content-Type-Options: nosniff',
  'deploy/nginx-headers.conf': 'add_header X-Frame-Options DENY;',
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'offline-manifest-'));
  for (const [file, text] of Object.entries(SITE)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const byUrl = (entries: { url: string; revision: string | null }[]) => new Map(entries.map((e) => [e.url, e.revision]));

describe('offline precache manifest', () => {
  it('names pages by their folder URL under the base path', () => {
    expect(offlineUrl('index.html', '/')).toBe('/');
    expect(offlineUrl('chapters/x/index.html', '/')).toBe('/chapters/x/');
    expect(offlineUrl('chapters/x/index.html', '/sub/path/')).toBe('/sub/path/chapters/x/');
    expect(offlineUrl('_astro/a.B1.js', '/sub/path')).toBe('/sub/path/_astro/a.B1.js');
    expect(offlineUrl('index.html', '/sub/path/')).toBe('/sub/path/');
  });

  it('lists every page and asset a reader loads, under the base, and leaves out the worker, sitemaps, host configuration, 404, unused Pagefind UI and stale PDFs', async () => {
    const manifest = await precacheManifest({ dir, base: '/sub/path/', pdfs: false });
    const urls = manifest.entries.map((e) => e.url).sort();
    expect(urls).toEqual(
      [
        '/sub/path/',
        '/sub/path/book/',
        ...CHAPTER_SLUGS.map((slug) => `/sub/path/chapters/${slug}/`),
        '/sub/path/_astro/lab-worker.AbC123.js',
        '/sub/path/_astro/tfjs-backend-wasm.XyZ789.wasm',
        '/sub/path/pagefind/pagefind.js',
        '/sub/path/pagefind/pagefind-entry.json',
        '/sub/path/pagefind/fragment/en_1.pf_fragment',
        '/sub/path/favicon.svg',
        '/sub/path/data/digits-8x8.bin',
      ].sort(),
    );
    expect(manifest.pdfs).toBe(0);
    expect(manifest.precache.files).toBe(urls.length);
    const bytes = Object.entries(SITE)
      .filter(([file]) => urls.includes(offlineUrl(file, '/sub/path/')))
      .reduce((sum, [, text]) => sum + Buffer.byteLength(text), 0);
    expect(manifest.precache.bytes).toBe(bytes);
    expect(manifest.warnings).toEqual([]);
  });

  it('versions pages by content and hashed assets by name alone', async () => {
    const before = byUrl((await precacheManifest({ dir, base: '/', pdfs: false })).entries);
    expect(before.get('/_astro/lab-worker.AbC123.js')).toBeNull();
    expect(before.get('/chapters/degradation-problem/')).toMatch(/^[0-9a-f]{32}$/);

    writeFileSync(join(dir, 'chapters/degradation-problem/index.html'), '<h1>degradation-problem, revised</h1>');
    const after = byUrl((await precacheManifest({ dir, base: '/', pdfs: false })).entries);
    expect(after.get('/chapters/degradation-problem/')).not.toBe(before.get('/chapters/degradation-problem/'));
    expect(after.get('/chapters/not-overfitting/')).toBe(before.get('/chapters/not-overfitting/'));
  });

  it('in a PDF build, lists the book and chapter PDFs, each versioned by the page it is printed from', async () => {
    expect(Object.keys(pdfSources())).toHaveLength(CHAPTER_SLUGS.length + 1);
    const manifest = await precacheManifest({ dir, base: '/', pdfs: true });
    const entries = byUrl(manifest.entries);
    expect(manifest.pdfs).toBe(CHAPTER_SLUGS.length + 1);
    expect(entries.get('/resnet-explained.pdf')).toMatch(/^[0-9a-f]{32}$/);
    expect(entries.get('/pdf/degradation-problem.pdf')).toMatch(/^[0-9a-f]{32}$/);
    const pdfRevision = entries.get('/pdf/degradation-problem.pdf');
    writeFileSync(join(dir, 'chapters/degradation-problem/index.html'), '<h1>revised</h1>');
    const revised = byUrl((await precacheManifest({ dir, base: '/', pdfs: true })).entries);
    expect(revised.get('/pdf/degradation-problem.pdf')).not.toBe(pdfRevision);
    expect(revised.get('/resnet-explained.pdf')).toBe(entries.get('/resnet-explained.pdf'));
    // The files precached at install exclude the PDFs, which are printed after the build.
    expect(manifest.precache.files).toBe(manifest.entries.length - manifest.pdfs);
  });

  it('writes one self-contained classic sw.js that carries the manifest and imports no other script', async () => {
    await writeServiceWorker({ dir, base: '/sub/path/', pdfs: false });
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8');
    expect(worker).toContain('"/sub/path/chapters/degradation-problem/"');
    expect(worker).not.toContain('__SW_MANIFEST');
    // No module syntax, no dynamic import, no importScripts of a named file: the Serwist runtime is inside.
    expect(worker).not.toMatch(/^\s*import\s|\bimport\s*\(|\bfrom\s*["']|importScripts\(\s*["'`]/m);
  });

  it('logs the precache in files and MB', () => {
    expect(describePrecache({ files: 132, bytes: 15.6 * 1024 * 1024 }, 0)).toBe('offline reading: sw.js precaches 132 files, 15.6 MB');
    expect(describePrecache({ files: 132, bytes: 15.6 * 1024 * 1024 }, 11)).toMatch(/plus the 11 PDFs/);
  });
});

/**
 * Writes `<outDir>/sw.js` for a finished build: Serwist's getManifest lists and versions the
 * built files (a content hash per file; none for Vite's hashed `_astro/` assets, whose names are
 * their version), the rules of src/lib/site/offline-manifest.ts choose them and name their URLs
 * under the base path, and esbuild bundles src/islands/offline-worker.ts with the Serwist runtime
 * and that manifest into one self-contained file (no CDN, no importScripts).
 *
 * It runs on the final files: after Starlight's Pagefind index and after any integration that
 * rewrites the HTML (the security policy), so a page's revision is the page as served.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getManifest } from '@serwist/build';
import { build } from 'esbuild';
import {
  HASHED_ASSETS,
  OFFLINE_GLOBS,
  OFFLINE_IGNORES,
  SERVICE_WORKER_FILE,
  offlineUrl,
  pdfSources,
  type PrecacheSummary,
} from '../../lib/site/offline-manifest.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The worker's source; a path handed to esbuild, not an import (scripts do not import islands). */
const WORKER_SOURCE = join(ROOT, 'src/islands/offline-worker.ts');
/** Larger than any file the site builds (the tfjs workers are 2.4 MB, the book PDF about 3.5 MB). */
const LARGEST_FILE = 32 * 1024 * 1024;

export interface ServiceWorkerOptions {
  /** The built folder (dist/, dist-sub/, …). */
  dir: string;
  /** The base path the site was built for. */
  base: string;
  /** Whether the build links to PDFs that `npm run pdf` prints after it. */
  pdfs: boolean;
}

export interface PrecacheManifest {
  /** The worker's precache list: URLs under the base path, with a revision (null when the name is versioned). */
  entries: { url: string; revision: string | null }[];
  /** Files precached at install, PDFs excluded, and their bytes. */
  precache: PrecacheSummary;
  /** How many PDFs the manifest lists as well (their size is known only once printed). */
  pdfs: number;
  /** Anything getManifest left out or could not read: the integration fails the build on these. */
  warnings: string[];
}

/** The precache manifest of a built folder. */
export async function precacheManifest({ dir, base, pdfs }: ServiceWorkerOptions): Promise<PrecacheManifest> {
  const templated = pdfs ? pdfSources() : {};
  const printed = new Set(Object.keys(templated));
  const { count, size, manifestEntries = [], warnings } = await getManifest({
    globDirectory: dir,
    globPatterns: OFFLINE_GLOBS,
    globIgnores: OFFLINE_IGNORES,
    templatedURLs: templated,
    dontCacheBustURLsMatching: HASHED_ASSETS,
    maximumFileSizeToCacheInBytes: LARGEST_FILE,
    manifestTransforms: [
      (entries) => ({
        manifest: entries.map((entry) => ({
          url: offlineUrl(entry.url, base),
          revision: entry.revision ?? null,
          // A PDF's listed size is its source page's; the PDF itself is not printed yet.
          size: printed.has(entry.url) ? 0 : entry.size,
        })),
      }),
    ],
  });
  return {
    entries: manifestEntries.map(({ url, revision }) => ({ url, revision: revision ?? null })),
    precache: { files: count - printed.size, bytes: size },
    pdfs: printed.size,
    warnings,
  };
}

/** Builds the manifest and writes the worker beside the site; resolves to the manifest. */
export async function writeServiceWorker(options: ServiceWorkerOptions): Promise<PrecacheManifest> {
  const manifest = await precacheManifest(options);
  const bundle = await build({
    entryPoints: [WORKER_SOURCE],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'error',
    tsconfig: join(ROOT, 'tsconfig.json'),
    define: {
      'process.env.NODE_ENV': '"production"',
      'self.__SW_MANIFEST': JSON.stringify(manifest.entries),
    },
  });
  await writeFile(join(options.dir, SERVICE_WORKER_FILE), bundle.outputFiles[0]!.contents);
  return manifest;
}

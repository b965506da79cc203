/**
 * Astro integration for offline reading: when a build is done, writes `<base>sw.js`, the
 * service worker that precaches the whole built site (service-worker-build.ts), and logs how
 * much it holds. Registered in astro.config.mjs after Starlight (whose Pagefind index must exist)
 * and after any integration that rewrites the built HTML, so revisions are of the final pages.
 * `astro dev` never runs this hook, and the page registers no worker there (OfflineStatus.astro).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describePrecache } from '../../lib/site/offline-manifest.ts';
import { pdfLinksEnabled } from '../../lib/site/pdf.ts';
import { writeServiceWorker } from './service-worker-build.ts';

export function offlineReading(): AstroIntegration {
  let base = '/';
  return {
    name: 'resnet-explained:offline-reading',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const pdfs = pdfLinksEnabled(process.env);
        const result = await writeServiceWorker({ dir: fileURLToPath(dir), base, pdfs });
        // A file left out (too large, unreadable) would be missing offline: fail the build instead.
        if (result.warnings.length > 0) throw new Error(`offline reading: ${result.warnings.join('\n')}`);
        logger.info(describePrecache(result.precache, result.pdfs));
      },
    },
  };
}

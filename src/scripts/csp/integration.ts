// The Astro integration that gives each build its Content-Security-Policy (./secure-build.ts).
// Registered after Starlight, whose own build:done hook (the Pagefind index) must see the pages
// first, and before any integration that fingerprints the final HTML (an offline precache).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { CLOUDFLARE_HEADER_LIMIT } from '../../lib/site/csp-hosts.ts';
import { normaliseBase } from '../../lib/site/pdf.ts';
import { NGINX_FILES, secureBuild } from './secure-build.ts';

export function contentSecurityPolicy(): AstroIntegration {
  let base = '/';
  return {
    name: 'resnet-explained:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normaliseBase(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const built = secureBuild(fileURLToPath(dir), base);
        logger.info(
          `policy for ${built.pages} pages: ${built.scripts} inline scripts and ${built.styles} inline styles hashed; ` +
            `wrote _headers, ${NGINX_FILES.maps} and ${NGINX_FILES.headers}`,
        );
        for (const entry of built.blocked) logger.warn(`the policy blocks an inline handler: ${entry}`);
        const longest = Math.max(built.policies.page.length, built.policies.embed.length);
        if (longest > CLOUDFLARE_HEADER_LIMIT) {
          logger.warn(`the policy is ${longest} characters long; Cloudflare Pages refuses header values over ${CLOUDFLARE_HEADER_LIMIT}`);
        }
      },
    },
  };
}

// Gives a finished build its Content-Security-Policy (src/lib/site/csp-policy.ts): hashes every
// inline script and style of every page, puts the policy in each page's <meta>, and writes the
// headers for the hosts that can send them: _headers (Netlify, Cloudflare Pages) at the root and
// the nginx include files under deploy/. Run by the integration in ./integration.ts after Astro,
// Starlight's Pagefind and the sitemap are done with the HTML.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { inlineBlocks, inlineHandlers, withMetaPolicy } from '../../lib/site/csp-inline.ts';
import { headersFile, nginxConfig, type TopLevelEntry } from '../../lib/site/csp-hosts.ts';
import {
  EMBED_ANCESTORS,
  PAGE_ANCESTORS,
  hashSource,
  serialisePolicy,
  sitePolicy,
  withAncestors,
} from '../../lib/site/csp-policy.ts';

/** Where the nginx include files go, relative to the build folder. */
export const NGINX_FILES = { maps: 'deploy/nginx-csp-maps.conf', headers: 'deploy/nginx-headers.conf' } as const;

/** What the build got: counts for the log, the policies, and what a policy here would block. */
export interface SecuredBuild {
  pages: number;
  scripts: number;
  styles: number;
  /** The policy as sent for pages, for embeds, and as the meta elements carry it. */
  policies: { page: string; embed: string; meta: string };
  /** `file: handler` for each inline event handler or javascript: URL (the policy blocks them). */
  blocked: string[];
}

/** Secures the build in `dir`, made for the base path `base` ('/' or '/courses/resnet/'). */
export function secureBuild(dir: string, base: string): SecuredBuild {
  const files = htmlFiles(dir);
  const pages = files.map((file) => ({ file, html: readFileSync(file, 'utf8') }));
  const scripts = new Set<string>();
  const styles = new Set<string>();
  const blocked: string[] = [];
  for (const { file, html } of pages) {
    const blocks = inlineBlocks(html);
    for (const body of blocks.scripts) scripts.add(hashSource(sha256(body)));
    for (const body of blocks.styles) styles.add(hashSource(sha256(body)));
    for (const handler of inlineHandlers(html)) blocked.push(`${relative(dir, file)}: ${handler}`);
  }
  const policy = sitePolicy({ scripts: [...scripts], styles: [...styles] });
  const policies = {
    page: serialisePolicy(withAncestors(policy, PAGE_ANCESTORS)),
    embed: serialisePolicy(withAncestors(policy, EMBED_ANCESTORS)),
    meta: serialisePolicy(policy),
  };
  for (const { file, html } of pages) writeFileSync(file, withMetaPolicy(html, policies.meta));

  const nginx = nginxConfig(base, policies);
  mkdirSync(join(dir, 'deploy'), { recursive: true });
  writeFileSync(join(dir, NGINX_FILES.maps), nginx.maps);
  writeFileSync(join(dir, NGINX_FILES.headers), nginx.headers);
  // Last, so that its rules cover every top-level entry, deploy/ included.
  writeFileSync(join(dir, '_headers'), headersFile(base, topLevel(dir), policies));
  return { pages: pages.length, scripts: scripts.size, styles: styles.size, policies, blocked };
}

/** The base64 SHA-256 of a text's UTF-8 bytes, as a CSP hash source wants it. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('base64');
}

/** Every .html file under `dir`. */
function htmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...htmlFiles(path));
    else if (name.endsWith('.html')) found.push(path);
  }
  return found.sort();
}

/** The top-level files and folders of the build, each of which gets its own header rule. */
function topLevel(dir: string): TopLevelEntry[] {
  return readdirSync(dir).map((name) => ({ name, folder: statSync(join(dir, name)).isDirectory() }));
}

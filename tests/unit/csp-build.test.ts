import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { metaPolicy } from '../../src/lib/site/csp-inline';
import { headersForPath, parseHeadersFile } from '../../src/lib/site/csp-headers-file';
import { parsePolicy } from '../../src/lib/site/csp-policy';
import { NGINX_FILES, secureBuild } from '../../src/scripts/csp/secure-build';

/** A build in miniature: a page and an embed with inline code, an asset folder and a 404 page. */
function miniBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'csp-build-'));
  mkdirSync(join(dir, 'chapters/a'), { recursive: true });
  mkdirSync(join(dir, 'embed/lab'), { recursive: true });
  mkdirSync(join(dir, '_astro'));
  const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>t</title>${body}</head><body></body></html>`;
  // The CSP specification's own example: alert('Hello, world.'); hashes to qznLcs…
  writeFileSync(join(dir, 'chapters/a/index.html'), page("<script>alert('Hello, world.');</script><style>p{}</style>"));
  writeFileSync(join(dir, 'embed/lab/index.html'), page('<script></script><script src="/_astro/x.js"></script>'));
  writeFileSync(join(dir, '404.html'), page("<script>alert('Hello, world.');</script>"));
  writeFileSync(join(dir, '_astro/x.js'), 'x()');
  return dir;
}

const directive = (policy: string, name: string) => parsePolicy(policy).find(([n]) => n === name)?.[1];

describe('securing a finished build', () => {
  it('hashes each distinct inline script and style once, site-wide', () => {
    const built = secureBuild(miniBuild(), '/');
    expect(built).toMatchObject({ pages: 3, scripts: 2, styles: 1, blocked: [] });
    expect(directive(built.policies.meta, 'script-src')).toEqual([
      "'self'",
      "'wasm-unsafe-eval'",
      // The empty script: SHA-256 of no bytes.
      "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='",
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    ]);
    expect(directive(built.policies.meta, 'style-src')).toHaveLength(2);
  });

  it('puts the policy without frame-ancestors in every page, right after the charset', () => {
    const dir = miniBuild();
    const built = secureBuild(dir, '/');
    for (const file of ['chapters/a/index.html', 'embed/lab/index.html', '404.html']) {
      const html = readFileSync(join(dir, file), 'utf8');
      expect(metaPolicy(html), file).toBe(built.policies.meta);
      expect(html, file).toMatch(/^<!DOCTYPE html><html><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy"/);
    }
    expect(built.policies.meta).not.toMatch(/frame-ancestors/);
    expect(built.policies.page).toBe(`${built.policies.meta}; frame-ancestors 'self'`);
    expect(built.policies.embed).toBe(`${built.policies.meta}; frame-ancestors *`);
  });

  it('writes _headers for the build base and the nginx files, with the same policies', () => {
    const dir = miniBuild();
    const built = secureBuild(dir, '/sub/path/');
    const rules = parseHeadersFile(readFileSync(join(dir, '_headers'), 'utf8'));
    const policy = (path: string) => new Map(headersForPath(rules, path)).get('Content-Security-Policy');
    expect(policy('/sub/path/chapters/a/')).toBe(built.policies.page);
    expect(policy('/sub/path/embed/lab/')).toBe(built.policies.embed);
    expect(policy('/sub/path/deploy/nginx-headers.conf')).toBe(built.policies.page);
    expect(readFileSync(join(dir, NGINX_FILES.maps), 'utf8')).toContain(`"~^/sub/path/embed/" "${built.policies.embed}";`);
    expect(existsSync(join(dir, NGINX_FILES.headers))).toBe(true);
  });

  it('gives the same pages and files when run a second time', () => {
    const dir = miniBuild();
    const first = secureBuild(dir, '/');
    const page = readFileSync(join(dir, 'chapters/a/index.html'), 'utf8');
    expect(secureBuild(dir, '/')).toEqual(first);
    expect(readFileSync(join(dir, 'chapters/a/index.html'), 'utf8')).toBe(page);
  });

  it('names the inline handlers the policy would block', () => {
    const dir = miniBuild();
    writeFileSync(join(dir, 'chapters/a/index.html'), '<head><meta charset="utf-8"></head><body><button onclick="go()">go</button></body>');
    expect(secureBuild(dir, '/').blocked).toEqual(['chapters/a/index.html: onclick']);
  });
});

import { describe, expect, it } from 'vitest';
import { formatHeadersFile, headersForPath, matchesPath, parseHeadersFile } from '../../src/lib/site/csp-headers-file';
import { headerRules, headersFile, nginxConfig, type TopLevelEntry } from '../../src/lib/site/csp-hosts';
import { IMMUTABLE_CACHE } from '../../src/lib/site/csp-policy';

const policies = { page: "default-src 'self'; frame-ancestors 'self'", embed: "default-src 'self'; frame-ancestors *" };
const entries: TopLevelEntry[] = [
  { name: 'chapters', folder: true },
  { name: 'embed', folder: true },
  { name: '_astro', folder: true },
  { name: 'index.html', folder: false },
  { name: '404.html', folder: false },
  { name: '_headers', folder: false },
];
const csp = (headers: [string, string][]) => headers.filter(([name]) => name === 'Content-Security-Policy').map(([, value]) => value);

describe('the _headers file', () => {
  for (const base of ['/', '/sub/path/']) {
    const rules = parseHeadersFile(headersFile(base, entries, policies));

    it(`under ${base}: pages may be framed by the site only, embeds by anyone, each by exactly one policy`, () => {
      for (const path of ['', 'index.html', '404.html', 'chapters/degradation-problem/', '_astro/x.js']) {
        expect(csp(headersForPath(rules, `${base}${path}`)), path).toEqual([policies.page]);
      }
      expect(csp(headersForPath(rules, `${base}embed/training-lab/`))).toEqual([policies.embed]);
    });

    it(`under ${base}: every response gets the common headers, a path the build lacks no policy (its 404 page's meta has it)`, () => {
      const missing = headersForPath(rules, `${base}no-such-page/`);
      expect(missing.map(([name]) => name)).toEqual(['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy']);
      expect(headersForPath(rules, `${base}chapters/a/`).map(([name]) => name)).toContain('Permissions-Policy');
    });

    it(`under ${base}: only hashed assets are cached for a year`, () => {
      const cache = (path: string) => new Map(headersForPath(rules, `${base}${path}`)).get('Cache-Control');
      expect(cache('_astro/page.abc123.js')).toBe(IMMUTABLE_CACHE);
      expect(cache('chapters/a/')).toBeUndefined();
      expect(cache('index.html')).toBeUndefined();
    });
  }

  it('keeps its rules to the base path and gives the host files no rule', () => {
    const rules = headerRules('/sub/path/', entries, policies);
    expect(rules.every((rule) => rule.path.startsWith('/sub/path/'))).toBe(true);
    expect(rules.map((rule) => rule.path)).not.toContain('/sub/path/_headers');
    expect(headersForPath(rules, '/other/')).toEqual([]);
  });

  it('reads back what it writes', () => {
    const rules = headerRules('/', entries, policies);
    expect(parseHeadersFile(formatHeadersFile(rules, ['a comment']))).toEqual(rules.map((rule) => ({ path: rule.path, headers: rule.headers.map((h) => [...h]) })));
  });

  it('reads comments and blank lines, and refuses a header without a path', () => {
    expect(parseHeadersFile('# c\n\n/a\n  X-A: 1\n  # inside\n  X-B: b: c\n')).toEqual([{ path: '/a', headers: [['X-A', '1'], ['X-B', 'b: c']] }]);
    expect(() => parseHeadersFile('  X-A: 1\n')).toThrow(/line 1/);
    expect(() => parseHeadersFile('/a\n  no colon\n')).toThrow(/line 2/);
  });

  it('joins one header set by two matching rules, as Cloudflare Pages does', () => {
    const rules = parseHeadersFile('/*\n  X-A: 1\n/a/*\n  x-a: 2\n');
    expect(headersForPath(rules, '/a/b')).toEqual([['X-A', '1, 2']]);
  });
});

describe('a _headers path pattern', () => {
  it('matches * across slashes, :name within one segment, the rest literally', () => {
    expect(matchesPath('/*', '/')).toBe(true);
    expect(matchesPath('/chapters/*', '/chapters/a/b/')).toBe(true);
    expect(matchesPath('/chapters/*', '/chaptersx')).toBe(false);
    expect(matchesPath('/', '/index.html')).toBe(false);
    expect(matchesPath('/a/:slug/', '/a/b/')).toBe(true);
    expect(matchesPath('/a/:slug/', '/a/b/c/')).toBe(false);
    expect(matchesPath('/sitemap-0.xml', '/sitemap-0xxml')).toBe(false);
  });
});

describe('the nginx files', () => {
  it('map embeds to their policy and hashed assets to a long cache, under the base path', () => {
    const { maps, headers } = nginxConfig('/courses/v1.2/', policies);
    expect(maps).toContain(`default "${policies.page}";`);
    expect(maps).toContain(`"~^/courses/v1[.]2/embed/" "${policies.embed}";`);
    expect(maps).toContain(`"~^/courses/v1[.]2/_astro/" "${IMMUTABLE_CACHE}";`);
    expect(maps).toMatch(/map \$uri \$resnet_explained_csp \{/);
    expect(headers).toContain('add_header Content-Security-Policy $resnet_explained_csp always;');
    expect(headers).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(headers).toContain('add_header Cache-Control $resnet_explained_cache_control always;');
  });

  it('refuses values nginx would read differently', () => {
    expect(() => nginxConfig('/', { page: 'a "b"', embed: 'c' })).toThrow(/quote/);
    expect(() => nginxConfig('/a$b/', policies)).toThrow(/base path/);
  });
});

import { describe, expect, it } from 'vitest';
import { embedPath, embeddableFigures } from '../../src/lib/site/embeds';
import {
  EMBED_FOLDER,
  hashSource,
  parsePolicy,
  serialisePolicy,
  sitePolicy,
  withAncestors,
  withoutAncestors,
} from '../../src/lib/site/csp-policy';

const hashes = { scripts: [hashSource('bbb='), hashSource('aaa='), hashSource('bbb=')], styles: [hashSource('ccc=')] };
const directive = (text: string, name: string) => parsePolicy(text).find(([n]) => n === name)?.[1];

describe('the site policy', () => {
  const text = serialisePolicy(sitePolicy(hashes));

  it('lets scripts run from the site and by hash only: no unsafe-inline, no eval of JavaScript', () => {
    expect(directive(text, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'sha256-aaa='", "'sha256-bbb='"]);
    expect(text).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
    expect(text).not.toMatch(/'unsafe-hashes'|'strict-dynamic'/);
  });

  it('allows inline styles by hash, and style attributes (KaTeX) only as attributes', () => {
    expect(directive(text, 'style-src')).toEqual(["'self'", "'sha256-ccc='"]);
    expect(directive(text, 'style-src-attr')).toEqual(["'unsafe-inline'"]);
  });

  it('keeps every fetch, worker, plugin and base on the site', () => {
    expect(directive(text, 'default-src')).toEqual(["'self'"]);
    expect(directive(text, 'connect-src')).toEqual(["'self'"]);
    expect(directive(text, 'worker-src')).toEqual(["'self'"]);
    expect(directive(text, 'object-src')).toEqual(["'none'"]);
    expect(directive(text, 'base-uri')).toEqual(["'self'"]);
    expect(text).not.toMatch(/\bblob:|https?:|\*/);
  });

  it('lists each hash once, in a fixed order, so two builds of the same pages give the same policy', () => {
    const shuffled = { scripts: [...hashes.scripts].reverse(), styles: hashes.styles };
    expect(serialisePolicy(sitePolicy(shuffled))).toBe(text);
  });

  it('has no frame-ancestors until one is added, and loses it again for a meta element', () => {
    expect(directive(text, 'frame-ancestors')).toBeUndefined();
    const framed = withAncestors(sitePolicy(hashes), ['*']);
    expect(directive(serialisePolicy(framed), 'frame-ancestors')).toEqual(['*']);
    expect(serialisePolicy(withAncestors(framed, ["'self'"]))).toMatch(/; frame-ancestors 'self'$/);
    expect(serialisePolicy(withoutAncestors(framed))).toBe(text);
  });

  it('reads back what it writes, whatever the spacing', () => {
    expect(serialisePolicy(parsePolicy(text))).toBe(text);
    expect(parsePolicy("  Default-Src  'self' ;; img-src data: ")).toEqual([
      ['default-src', ["'self'"]],
      ['img-src', ['data:']],
    ]);
  });
});

describe('the embed folder the policy opens to framing', () => {
  it('is where every embed page lives', () => {
    const embeds = embeddableFigures();
    expect(embeds.length).toBeGreaterThan(0);
    for (const embed of embeds) expect(embedPath(embed).split('/')[0]).toBe(EMBED_FOLDER);
  });
});

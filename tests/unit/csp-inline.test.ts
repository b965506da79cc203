import { describe, expect, it } from 'vitest';
import { attribute, hashInput, inlineBlocks, inlineHandlers, metaPolicy, withMetaPolicy } from '../../src/lib/site/csp-inline';

describe('the inline scripts and styles a policy must hash', () => {
  it('finds inline scripts the browser runs and every style element, bodies verbatim', () => {
    const html = [
      '<head><style>a{color:red}</style>',
      '<script>\n\twindow.x = 1;\n</script>',
      '<script type="module">import("./a.js")</script>',
      '<script type="text/javascript" aria-hidden="true">b()</script>',
      '<script type=importmap>{"imports":{}}</script>',
      '</head><body><style media="print">p{margin:0}</style></body>',
    ].join('');
    expect(inlineBlocks(html)).toEqual({
      scripts: ['\n\twindow.x = 1;\n', 'import("./a.js")', 'b()', '{"imports":{}}'],
      styles: ['a{color:red}', 'p{margin:0}'],
    });
  });

  it('skips external scripts, data blocks and anything inside a comment', () => {
    const html = [
      '<script src="/_astro/a.js"></script>',
      '<script type="module" src="/b.js"></script>',
      '<script type="application/ld+json">{"@type":"Book"}</script>',
      '<script type="application/json">{}</script>',
      '<!-- <script>old()</script> <style>x{}</style> -->',
      '<script data-src="x">kept()</script>',
    ].join('');
    expect(inlineBlocks(html)).toEqual({ scripts: ['kept()'], styles: [] });
  });

  it('reads a script to its end tag even when its text holds a comment opener or a > in an attribute', () => {
    const html = '<script data-note="a > b">if (a <!-- b) c();</script><p>after</p><style>i{}</style>';
    expect(inlineBlocks(html)).toEqual({ scripts: ['if (a <!-- b) c();'], styles: ['i{}'] });
  });

  it('hashes what the browser hashes: CR LF and lone CR become LF', () => {
    expect(hashInput('a\r\nb\rc\n')).toBe('a\nb\nc\n');
    expect(inlineBlocks('<script>a()\r\n</script>').scripts).toEqual(['a()\n']);
  });

  it('reads attributes quoted, unquoted and bare, and not inside another name', () => {
    expect(attribute(' type="module" async', 'type')).toBe('module');
    expect(attribute(" type='module'", 'type')).toBe('module');
    expect(attribute(' type=module', 'type')).toBe('module');
    expect(attribute(' async', 'async')).toBe('');
    expect(attribute(' data-src="x"', 'src')).toBeUndefined();
  });

  it('reports inline event handlers and javascript: URLs, which the policy blocks', () => {
    const html = '<button onclick="go()">x</button><a href="javascript:void 0">y</a><script>const s = "<b onload=x>";</script><p data-on="1">';
    expect(inlineHandlers(html)).toEqual(['onclick', 'javascript: URL']);
  });
});

describe('the policy meta element', () => {
  const policy = "default-src 'self'; script-src 'self' 'sha256-abc='";

  it('goes right after <meta charset>, before any script or style, and reads back', () => {
    const html = '<html><head><meta charset="utf-8"/><title>t</title><script>a()</script></head></html>';
    const secured = withMetaPolicy(html, policy);
    expect(secured).toBe(
      `<html><head><meta charset="utf-8"/><meta http-equiv="Content-Security-Policy" content="${policy}"><title>t</title><script>a()</script></head></html>`,
    );
    expect(metaPolicy(secured)).toBe(policy);
  });

  it('goes first in <head> when the page declares no charset', () => {
    expect(withMetaPolicy('<head lang="en"><style>p{}</style></head>', 'x')).toBe(
      '<head lang="en"><meta http-equiv="Content-Security-Policy" content="x"><style>p{}</style></head>',
    );
  });

  it('replaces the meta policy a page already has, so running twice changes nothing', () => {
    const once = withMetaPolicy('<head><meta charset="utf-8"></head>', 'old');
    const twice = withMetaPolicy(once, policy);
    expect(twice).toBe(withMetaPolicy('<head><meta charset="utf-8"></head>', policy));
    expect(withMetaPolicy(twice, policy)).toBe(twice);
  });

  it('escapes what would end the attribute', () => {
    const secured = withMetaPolicy('<head></head>', 'a "b" & c');
    expect(secured).toContain('content="a &quot;b&quot; &amp; c"');
    expect(metaPolicy(secured)).toBe('a "b" & c');
  });

  it('refuses a page it cannot protect: no head, or a script before the charset', () => {
    expect(() => withMetaPolicy('<p>fragment</p>', policy)).toThrow(/no <head>/);
    expect(() => withMetaPolicy('<head><script>a()</script><meta charset="utf-8"></head>', policy)).toThrow(/before the policy/);
  });

  it('reads no policy from a page without one', () => {
    expect(metaPolicy('<head><meta charset="utf-8"></head>')).toBeNull();
  });
});

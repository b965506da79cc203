import { describe, expect, it } from 'vitest';
import { isStarlightToc, starlightTocSwap } from '../../src/lib/site/starlight-toc-swap.ts';

describe('the "On this page" script swap', () => {
  it('recognises the import Starlight uses, with or without an extension', () => {
    expect(isStarlightToc('../components-internals/TableOfContents/starlight-toc')).toBe(true);
    expect(isStarlightToc('../components-internals/TableOfContents/starlight-toc.ts')).toBe(true);
    expect(isStarlightToc('../components-internals/TableOfContents/TableOfContentsList.astro')).toBe(false);
    expect(isStarlightToc('./starlight-toc-helpers')).toBe(false);
  });

  it('redirects only imports made from inside Starlight', () => {
    const plugin = starlightTocSwap('/repo/src/islands/toc-tracker.ts');
    const id = '../components-internals/TableOfContents/starlight-toc';
    expect(plugin.resolveId(id, '/repo/node_modules/@astrojs/starlight/dist/components/TableOfContents.astro?astro&type=script&index=0&lang.ts')).toBe(
      '/repo/src/islands/toc-tracker.ts',
    );
    expect(plugin.resolveId(id, '/repo/src/islands/other.ts')).toBeNull();
    expect(plugin.resolveId(id, undefined)).toBeNull();
  });
});

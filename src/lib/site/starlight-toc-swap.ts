/**
 * Vite plugin: Starlight's "On this page" components import their script from
 * `components-internals/TableOfContents/starlight-toc`; this points that import at our lighter
 * tracker (src/islands/toc-tracker.ts), which keeps the same element names and class, so
 * Starlight's markup, styles and mobile subclass stay as they are.
 */
export function starlightTocSwap(replacement: string) {
  return {
    name: 'resnet-explained:starlight-toc-swap',
    enforce: 'pre' as const,
    resolveId(id: string, importer: string | undefined) {
      if (!importer?.includes('@astrojs/starlight') || !isStarlightToc(id)) return null;
      return replacement;
    },
  };
}

/** Whether an import names Starlight's table-of-contents script, with or without extension. */
export function isStarlightToc(id: string): boolean {
  return /(^|\/)components-internals\/TableOfContents\/starlight-toc(\.[jt]s)?$/.test(id);
}

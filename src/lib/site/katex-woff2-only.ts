/**
 * Vite plugin: KaTeX's stylesheet lists each font as WOFF2, WOFF and TTF. Every browser we
 * support reads WOFF2, so the older formats are dropped before bundling: they are never
 * fetched, and leaving them in would only add sixty files to the build.
 */
export function katexWoff2Only() {
  return {
    name: 'resnet-explained:katex-woff2-only',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/katex(\.min)?\.css$/.test(id.split('?')[0] ?? '')) return null;
      return { code: stripLegacyFonts(code), map: null };
    },
  };
}

/** Removes the `url(…woff)` and `url(…ttf)` alternatives from every @font-face src list. */
export function stripLegacyFonts(css: string): string {
  return css.replace(/,\s*url\([^)]*\.(?:woff|ttf)\)\s*format\("(?:woff|truetype)"\)/g, '');
}

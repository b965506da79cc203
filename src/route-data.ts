import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { render } from 'astro:content';

// Every KaTeX font file, by face ("KaTeX_Main-Bold"): the same hashed files the KaTeX stylesheet names.
const katexFonts = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>('/node_modules/katex/dist/fonts/*.woff2', { query: '?url', import: 'default', eager: true }),
  ).map(([file, url]) => [/(KaTeX_[\w-]+)\.woff2$/.exec(file)![1]!, url]),
);

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  useSummaryAsDescription(route);
  prefixHeroLinks(route, import.meta.env.BASE_URL);
  const { remarkPluginFrontmatter } = await render(route.entry);
  preloadMathFonts(context.locals, remarkPluginFrontmatter?.mathFaces);
});

// The KaTeX faces the page's math is set in (found at build time by rehype-math-fonts.ts), for
// components/starlight/SkipLink.astro to preload at the top of the body: requested as soon as the
// page starts to arrive, beside its stylesheets, they are usually in before the math is first laid
// out (a face that came later makes the browser lay the whole page out again, long tasks on a
// phone, and moves the text around the math). The first frame no longer waits for them, though.
function preloadMathFonts(locals: App.Locals, faces: unknown): void {
  if (!Array.isArray(faces)) return;
  locals.mathFontPreloads = faces.map((face) => {
    const href = katexFonts[face];
    if (!href) throw new Error(`rehype-math-fonts found the face ${face}, which KaTeX ships no WOFF2 file for`);
    return href;
  });
}

declare global {
  namespace App {
    interface Locals {
      /** The KaTeX font files this page's math uses (preloaded by components/starlight/SkipLink.astro). */
      mathFontPreloads?: string[];
    }
  }
}

// A chapter's summary is its meta description, so search engines and link previews show the
// same paragraph the home page and the PDF show. Set once here rather than typed twice.
function useSummaryAsDescription(route: StarlightRouteData): void {
  const summary = route.entry.data.chapter?.summary;
  if (!summary || route.entry.data.description) return;
  route.entry.data.description = summary;
  for (const tag of route.head) {
    const name = tag.attrs?.name ?? tag.attrs?.property;
    if (name === 'description' || name === 'og:description' || name === 'twitter:description') {
      tag.attrs = { ...tag.attrs, content: summary };
    }
  }
  if (!route.head.some((tag) => tag.attrs?.name === 'description')) {
    route.head.push({ tag: 'meta', attrs: { name: 'description', content: summary } });
  }
}

// Starlight prints hero action links (the 404 page's "Go to the ten questions") as written, so a
// site-relative `/` would leave a site hosted under a sub-path. Put the base path in front.
function prefixHeroLinks(route: StarlightRouteData, base: string): void {
  for (const action of route.entry.data.hero?.actions ?? []) {
    if (action.link.startsWith('/') && !action.link.startsWith(base)) action.link = `${base}${action.link.slice(1)}`;
  }
}

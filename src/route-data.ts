import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import katexMain from 'katex/dist/fonts/KaTeX_Main-Regular.woff2?url';
import katexMath from 'katex/dist/fonts/KaTeX_Math-Italic.woff2?url';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  useSummaryAsDescription(route);
  prefixHeroLinks(route, import.meta.env.BASE_URL);
  preloadMathFonts(route);
});

// The two KaTeX faces every chapter's math sets most of its text in, requested from the head: they
// arrive before the math is first laid out, so it does not change size (and move the text around
// it) when they load. The same hashed files the KaTeX stylesheet names.
function preloadMathFonts(route: StarlightRouteData): void {
  if (!route.entry.data.chapter) return;
  for (const href of [katexMain, katexMath]) {
    route.head.push({ tag: 'link', attrs: { rel: 'preload', href, as: 'font', type: 'font/woff2', crossorigin: '' } });
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

import { defineRouteMiddleware } from '@astrojs/starlight/route-data';

// A chapter's summary is its meta description, so search engines and link previews show the
// same paragraph the home page and the PDF show. Set once here rather than typed twice.
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
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
});

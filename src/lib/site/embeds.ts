/**
 * The figures a course may put in an iframe: those with an `embed` in the figure manifest
 * (figures.ts). Each has a standalone page at /embed/<name>/ that shows only the figure (same URL
 * state as in its chapter), reports its height to the parent page, and links back to the chapter.
 * To add one: an `embed` in figures.ts, and the component under the figure's name in
 * components/embeds.ts (the type check fails if either is missing).
 */
import { allFigures, isEmbeddable, type EmbeddableFigure } from './figures.ts';

/** The message type an embed posts to its parent: `{ type, height }`, height in CSS pixels. */
export const HEIGHT_MESSAGE = 'resnet-explained:height';

/** Every embeddable figure, in manifest order (the order the instructors page lists them). */
export function embeddableFigures(): EmbeddableFigure[] {
  return allFigures().filter(isEmbeddable);
}

/** The embed page of a figure, relative to the base path. */
export function embedPath(figure: EmbeddableFigure): string {
  return `embed/${figure.name}/`;
}

/** The tallest height (CSS px) the resize snippet accepts; a taller or non-finite report is ignored. */
export const MAX_EMBED_HEIGHT = 20_000;

/**
 * What the snippets say in place of the site's origin when the build was not told it (no SITE_URL):
 * not a domain, and replaced by the instructors page's own origin in the browser (instructor-snippets.ts).
 */
export const ORIGIN_PLACEHOLDER = 'ORIGIN-OF-THIS-SITE';

/**
 * The snippet a course page pastes once to size every embedded figure to its content. It trusts a
 * message only from this site's `origin`, from one of the page's own iframes, and only a finite,
 * positive height below {@link MAX_EMBED_HEIGHT}.
 */
export function resizeScript(origin: string): string {
  return [
    '<script>',
    `addEventListener('message', (event) => {`,
    `  if (event.origin !== '${origin}' || event.data?.type !== '${HEIGHT_MESSAGE}') return;`,
    `  const height = Number(event.data.height);`,
    `  if (!Number.isFinite(height) || height <= 0 || height > ${MAX_EMBED_HEIGHT}) return;`,
    `  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.height = Math.ceil(height) + 'px';`,
    '});',
    '</script>',
  ].join('\n');
}

/** The iframe tag for one figure, given the embed page's absolute URL (with any state query). */
export function iframeSnippet(figure: EmbeddableFigure, src: string): string {
  return `<iframe src="${src}" title="${figure.embed.title}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

/**
 * Figure numbers: "Figure C.N" is the N-th figure, in page order, of chapter C. The placements
 * below are the one source: each chapter's figures in the order its page shows them (checked
 * against the chapter sources by tests/unit/figures.test.ts and against the built pages by
 * tests/e2e/figure-anatomy.spec.ts).
 *
 * A figure placed in several chapters (the training lab in chapters 1, 2 and 9; the gradient flow
 * in 6 and 8; the shortcut ablation in 7 and 8) is numbered in each chapter where it stands, so
 * every chapter counts from 1 without gaps and the book prints the same numbers as the chapter
 * pages. A page that is not a chapter (an embed page) shows the number the figure has in its home
 * chapter, the chapter the manifest links it to.
 */
import { CHAPTER_SLUGS, type ChapterSlug } from './chapters.ts';
import { figureNamed, type FigureName } from './figures.ts';

/** Each chapter's figures, in page order. */
export const FIGURE_PLACEMENTS: Readonly<Record<ChapterSlug, readonly FigureName[]>> = {
  'degradation-problem': ['training-lab', 'cnn-lab', 'loss-landscape'],
  'not-overfitting': ['training-lab', 'cnn-lab'],
  'optimal-identity': ['loss-landscape', 'layer-responses', 'lesion-study'],
  'shortcut-connections': ['shortcut-params', 'shortcut-options'],
  'flops-vs-vgg': ['flops-explorer', 'stem-comparison'],
  'identity-propagation': ['gradient-flow', 'lesion-study', 'gradient-shattering'],
  'shortcut-variants': ['shortcut-variants', 'shortcut-ablation'],
  'scaled-shortcuts': ['gradient-flow', 'shortcut-ablation'],
  'shallow-resnets': ['training-lab', 'cnn-lab'],
  'building-blocks': ['residual-block', 'block-cost', 'block-diagrams', 'activation-placements', 'activation-ablation'],
};

/** A chapter's number, 1 to 10, from the study-guide order. */
export function chapterNumber(slug: ChapterSlug): number {
  return CHAPTER_SLUGS.indexOf(slug) + 1;
}

/** "C.N" for a figure placed in a chapter; throws if the chapter does not place it. */
export function figureNumber(slug: ChapterSlug, name: FigureName): string {
  const index = FIGURE_PLACEMENTS[slug].indexOf(name);
  if (index < 0) throw new Error(`figure ${name} is not placed in chapter ${slug} (src/lib/site/figure-numbers.ts)`);
  return `${chapterNumber(slug)}.${index + 1}`;
}

/** The chapter a site path shows (`…/chapters/<slug>/`, any base path), or undefined. */
export function chapterOfPath(pathname: string): ChapterSlug | undefined {
  const slug = /\/chapters\/([a-z0-9-]+)\/?$/.exec(pathname)?.[1];
  return CHAPTER_SLUGS.find((s) => s === slug);
}

/** A figure's number on a page: its place in the page's chapter, else in its home chapter. */
export function figureNumberOnPage(pathname: string, name: FigureName): string {
  return figureNumber(chapterOfPath(pathname) ?? figureNamed(name).chapter, name);
}

/**
 * Renumbers the figures of a rendered chapter (<Figure> marks its number with
 * `data-figure-number="<name>"`) for the chapter they now stand in: the book page
 * renders every chapter at one address, where a figure cannot tell its chapter from the URL.
 */
export function renumberFigures(html: string, slug: ChapterSlug): string {
  return html.replace(
    /(<span\b[^>]*\bdata-figure-number="([a-z0-9-]+)"[^>]*>)Figure [0-9.]+(<\/span>)/g,
    (_, open: string, name: string, close: string) => `${open}Figure ${figureNumber(slug, name as FigureName)}${close}`,
  );
}

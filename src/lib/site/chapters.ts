/**
 * The chapter slugs, in study-guide order. Courses hard-code these URLs
 * (`/chapters/<slug>/`), so a slug never changes once published; the README lists them.
 */
export const CHAPTER_SLUGS = [
  'degradation-problem',
  'not-overfitting',
  'optimal-identity',
  'shortcut-connections',
  'flops-vs-vgg',
  'identity-propagation',
  'shortcut-variants',
  'scaled-shortcuts',
  'shallow-resnets',
  'building-blocks',
] as const;

/** One chapter slug. */
export type ChapterSlug = (typeof CHAPTER_SLUGS)[number];

/** The site path of a chapter, without the base path. */
export function chapterPath(slug: ChapterSlug): string {
  return `/chapters/${slug}/`;
}

/** The content-collection id of a chapter, e.g. `chapters/degradation-problem`. */
export function chapterId(slug: ChapterSlug): string {
  return `chapters/${slug}`;
}

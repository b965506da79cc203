import { chapterPath, type ChapterSlug } from '../site/chapters';
import type { Rubric, RubricLink } from './types';

/** The address a rubric link points at: a fragment on the question's own chapter, or a path to another chapter. */
export function rubricHref(rubric: Rubric, link: RubricLink, base: string, onOwnChapter: boolean): string {
  const chapter: ChapterSlug = link.chapter ?? rubric.chapter;
  if (onOwnChapter && chapter === rubric.chapter) return `#${link.id}`;
  return `${base.replace(/\/$/, '')}${chapterPath(chapter)}#${link.id}`;
}

/** Which chapter a link lands on. */
export function linkChapter(rubric: Rubric, link: RubricLink): ChapterSlug {
  return link.chapter ?? rubric.chapter;
}

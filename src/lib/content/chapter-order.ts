import type { ChapterMeta } from './chapter-schema';

/** The minimum a list of chapters needs: an id and its chapter block. */
export interface ChapterLike {
  id: string;
  data: { title: string; chapter?: ChapterMeta | undefined };
}

/** Keeps the pages that are chapters and sorts them by question number. */
export function chaptersInOrder<T extends ChapterLike>(entries: readonly T[]): (T & { data: { chapter: ChapterMeta } })[] {
  return entries
    .filter((entry): entry is T & { data: { chapter: ChapterMeta } } => entry.data.chapter !== undefined)
    .sort((a, b) => a.data.chapter.number - b.data.chapter.number);
}

import { bibtexEntry } from './bibtex';

/** What a chapter citation needs to know about the chapter and the site. */
export interface ChapterCitationInput {
  number: number;
  title: string;
  /** Absolute URL of the chapter, or null when the build was not told the site's address (SITE_URL). */
  url: string | null;
  /** Year of the build. */
  year: number;
}

/** The site's name as it appears in citations. */
export const SITE_NAME = 'ResNet, Explained';

/** A short human citation of one chapter. */
export function chapterReference(input: ChapterCitationInput): string {
  const where = input.url ?? 'Online edition.';
  return `${SITE_NAME}, chapter ${input.number}: “${input.title}” (${input.year}). ${where}`;
}

/** A BibTeX @misc entry for one chapter; the key is stable across builds of the same year. */
export function chapterBibtex(input: ChapterCitationInput): string {
  const key = `resnetexplained${input.year}ch${input.number}`;
  return bibtexEntry('misc', key, [
    ['title', `{${input.title}}`],
    ['howpublished', `${SITE_NAME}, chapter ${input.number}`],
    ['year', String(input.year)],
    ...(input.url ? [['url', input.url] as const] : []),
    ['note', 'Study notes on He et al., 2016 (arXiv:1512.03385, arXiv:1603.05027)'],
  ]);
}

import { CHAPTER_SLUGS, chapterId } from './chapters.ts';

/** Starlight's sidebar: the home page, the ten chapters in question order, the practice page (after the chapters it tests), then reference pages. */
export const sidebar = [
  { label: 'Start', items: [{ label: 'Home: the ten questions', link: '/' }] },
  { label: 'Chapters', items: CHAPTER_SLUGS.map((slug) => ({ slug: chapterId(slug) })) },
  { label: 'Practice', items: [{ slug: 'practice' }] },
  { label: 'Reference', items: [{ slug: 'references' }, { slug: 'instructors' }] },
];

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterSchema } from '~lib/content/chapter-schema';
import { CHAPTER_SLUGS } from '~lib/site/chapters';
import { readChapters, splitFrontmatter } from '../support/content';
import { readFixture } from '../support/fixtures';

// Courses hard-code these URLs. Changing one here is a breaking change for every syllabus.
const PUBLISHED_SLUGS = [
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
];

const questions = readFixture('questions.md', {
  pattern: /^\| 10 \| .+ \|$/m,
  description: 'the study guide\'s table of ten questions, one "| n | question |" row each',
});
const QUESTION_ROW = /^\| (\d+) \| (.+) \|$/gm;
const studyGuide = new Map([...questions.matchAll(QUESTION_ROW)].map((m) => [Number(m[1]), m[2]!.trim()]));

describe('chapter content', () => {
  const chapters = readChapters();

  it('the schema accepts every chapter', () => {
    for (const chapter of chapters) {
      const result = chapterSchema.safeParse(chapter.frontmatter.chapter);
      expect(result.error?.issues ?? [], chapter.slug).toEqual([]);
    }
  });

  it('the schema rejects a broken chapter, naming each bad field', () => {
    const fixture = readFileSync(new URL('../fixtures/broken-chapter.mdx', import.meta.url), 'utf8');
    const result = chapterSchema.safeParse(splitFrontmatter(fixture).frontmatter.chapter);
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['number', 'question', 'summary', 'sources.0.paper', 'sources.0.sections.0']));
  });

  it('slugs are the published ones, unique, in question order', () => {
    expect([...CHAPTER_SLUGS]).toEqual(PUBLISHED_SLUGS);
    expect(chapters.map((c) => c.slug).sort()).toEqual([...PUBLISHED_SLUGS].sort());
    for (const chapter of chapters) {
      const meta = chapterSchema.parse(chapter.frontmatter.chapter);
      expect(PUBLISHED_SLUGS.indexOf(chapter.slug) + 1, chapter.slug).toBe(meta.number);
    }
  });

  it('each chapter carries its question exactly as the study guide words it', () => {
    expect(studyGuide.size).toBe(10);
    for (const chapter of chapters) {
      const meta = chapterSchema.parse(chapter.frontmatter.chapter);
      expect(meta.question).toBe(studyGuide.get(meta.number));
    }
  });
});

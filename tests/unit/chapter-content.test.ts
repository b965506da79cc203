import { describe, expect, it } from 'vitest';
import { readChapters } from '../support/content';

/** The text of one `## Heading` section, up to the next level-2 heading. */
function section(body: string, heading: string): string | null {
  const start = body.indexOf(`\n## ${heading}\n`);
  if (start < 0) return null;
  const rest = body.slice(start + heading.length + 5);
  const end = rest.search(/\n## /);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Sentences in a stretch of MDX prose, ignoring tags and math. */
function sentenceCount(mdx: string): number {
  const prose = mdx
    .replace(/<Num [^>]*\/>/g, '0')
    .replace(/\$\$[\s\S]*?\$\$/g, ' ')
    .replace(/\$[^$]*\$/g, 'x')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\b(Figs?|Secs?|eqs?|vs|cf|al|e\.g|i\.e)\./g, '$1');
  return (prose.match(/[a-z0-9)%*_”’][.!?](\s|$)/gi) ?? []).length;
}

const PAPER_REFERENCE = /\bP[12] (Sec\.|Fig\.|Table|eq\.|Tables|Figs\.)/;

describe.each(readChapters().map((c) => [c.slug, c] as const))('chapter %s', (_slug, chapter) => {
  it('opens with a short answer of three to six sentences', () => {
    const answer = section(chapter.body, 'Short answer');
    expect(answer).not.toBeNull();
    const count = sentenceCount(answer!);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(count).toBeLessThanOrEqual(6);
  });

  it('typesets at least one equation', () => {
    expect(chapter.body).toMatch(/\$\$[\s\S]+?\$\$|\$[^$\n]+\$/);
  });

  it('pins its claims to the papers with section, figure, table or equation numbers', () => {
    expect(chapter.body).toMatch(PAPER_REFERENCE);
  });

  it('names a common mistake and corrects it', () => {
    expect(chapter.body).toMatch(/<Mistake claim="[^"]{10,}">[\s\S]{80,}?<\/Mistake>/);
  });

  it('ends with two to four check-yourself questions, one asking for a prediction', () => {
    const checks = section(chapter.body, 'Check yourself');
    expect(checks).not.toBeNull();
    const questions = checks!.match(/<Check question="[^"]+"( predict)?>/g) ?? [];
    expect(questions.length).toBeGreaterThanOrEqual(2);
    expect(questions.length).toBeLessThanOrEqual(4);
    expect(questions.some((q) => q.endsWith(' predict>'))).toBe(true);
  });

  it('holds prose and component tags only, no JavaScript expressions', () => {
    const withoutMath = chapter.body.replace(/\$\$[\s\S]*?\$\$/g, '').replace(/\$[^$\n]*\$/g, '');
    expect(withoutMath).not.toMatch(/^export /m);
    expect(withoutMath).not.toMatch(/\{[^}]*\}/);
  });
});

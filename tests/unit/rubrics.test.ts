import { describe, expect, it } from 'vitest';
import { hintFor } from '~lib/practice/hint';
import { rubricSpans, withoutTokens } from '~lib/practice/rubric-text';
import { RUBRICS, rubricFor } from '~lib/practice/rubrics';
import type { Rubric } from '~lib/practice/types';
import { ANCHOR_HOMES } from '~lib/site/anchors';
import { CHAPTER_SLUGS } from '~lib/site/chapters';

// The rubric data (src/lib/practice/rubrics*.ts): shape, citations, paper numbers only through
// tokens, and hint terms. That every link lands on an element of its chapter is checked on the
// built site by tests/e2e/practice-links.spec.ts.

/** "P1 Sec. 4.1", "P1 Fig. 4", "P2 Table 1", "P2 eq. (4)": the chapters' spelling. */
const CITE = /^(P[12]) (?:Sec\. \d+(?:\.\d+)*|Fig\. \d+|Table (\d+)|eq\. \((\d+)\))$/;
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Settings the papers name, which may stay in plain text although they have a decimal point. */
const SETTING_NAMES = /λ = 0\.5/g;

/** Why a citation is bad ('' when it is good). */
function citeProblem(cite: string): string {
  const match = CITE.exec(cite);
  if (!match) return `"${cite}" is not spelled like "P1 Sec. 4.1", "P1 Fig. 4", "P1 Table 3" or "P2 eq. (4)"`;
  const paper = match[1]!.toLowerCase();
  if (match[2] && !(`${paper}-table-${match[2]}` in ANCHOR_HOMES)) return `"${cite}" names a table the site does not have`;
  if (match[3] && !(`${paper}-eq-${match[3]}` in ANCHOR_HOMES)) return `"${cite}" names an equation the paper does not number`;
  return '';
}

/** Paper-looking numbers typed outside tokens: decimals, and per-cent signs after anything but a token (its unit). */
function strayNumbers(text: string): string[] {
  const bare = withoutTokens(text.replace(/\} %/g, '}')).replace(SETTING_NAMES, '');
  return [...bare.matchAll(/\d+\.\d+|%/g)].map((m) => m[0]);
}

/** A hint spelling as the matcher sees it: lower case, accents stripped, no outer spaces. */
const normalised = (term: string) => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** Every piece of rubric text with a label saying where it is. */
function texts(rubric: Rubric): [string, string][] {
  const q = `Q${rubric.question}`;
  return [
    ...rubric.points.map((p): [string, string] => [`${q} point ${p.id}`, p.text]),
    ...rubric.mistakes.flatMap((m): [string, string][] => [
      [`${q} mistake ${m.id} (claim)`, m.claim],
      [`${q} mistake ${m.id} (correction)`, m.correction],
    ]),
  ];
}

const entries = (rubric: Rubric) => [...rubric.points, ...rubric.mistakes];

describe('the checks themselves', () => {
  it('the citation check accepts the chapters’ spelling and rejects anything else', () => {
    for (const good of ['P1 Sec. 4.1', 'P2 Sec. 2', 'P1 Fig. 4', 'P1 Table 1', 'P2 Table 5', 'P1 eq. (2)', 'P2 eq. (9)']) expect(citeProblem(good)).toBe('');
    for (const bad of ['P1 Section 4.1', 'P3 Sec. 1', 'P1 Fig 4', 'P1 eq. 2', 'P1 eq. (3)', 'P2 eq. (10)', 'P1 Table 7', 'P2 Table 6', 'p1 Sec. 1'])
      expect(citeProblem(bad)).not.toBe('');
  });

  it('the number check catches retyped numbers and per-cent signs but not tokens or setting names', () => {
    expect(strayNumbers('error 6.61 against {p2-table-1/original/error}')).toEqual(['6.61']);
    expect(strayNumbers('{p2-table-1/original/error} %')).toEqual([]);
    expect(strayNumbers('an error of 7 % against {p2-table-1/original/error} %')).toEqual(['%']);
    expect(strayNumbers('λ = 0.5 reaches {p2-table-1/scale-0.5-f0.5/error} on ResNet-110 (eq. (4), 3×3)')).toEqual([]);
  });
});

describe('the rubrics', () => {
  it('there are ten, for questions 1 to 10 in order, each on its question’s chapter', () => {
    expect(RUBRICS.map((r) => r.question)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(RUBRICS.map((r) => r.chapter)).toEqual([...CHAPTER_SLUGS]);
  });

  it('rubricFor finds each question and throws for a number the study guide does not have', () => {
    for (const rubric of RUBRICS) expect(rubricFor(rubric.question)).toBe(rubric);
    for (const bad of [0, 11, 2.5, -1, Number.NaN]) expect(() => rubricFor(bad)).toThrow(/No rubric/);
  });

  it.each(RUBRICS.map((r) => [r.question, r] as const))('Q%i has 4–8 points and 2–4 common mistakes', (_, rubric) => {
    expect(rubric.points.length).toBeGreaterThanOrEqual(4);
    expect(rubric.points.length).toBeLessThanOrEqual(8);
    expect(rubric.mistakes.length).toBeGreaterThanOrEqual(2);
    expect(rubric.mistakes.length).toBeLessThanOrEqual(4);
  });

  it.each(RUBRICS.map((r) => [r.question, r] as const))('Q%i: ids are kebab-case and unique within the question', (_, rubric) => {
    const ids = entries(rubric).map((e) => e.id);
    for (const id of ids) expect(id, id).toMatch(KEBAB);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(RUBRICS.map((r) => [r.question, r] as const))(
    'Q%i: every point cites the papers in the chapters’ spelling, naming only real tables and equations',
    (_, rubric) => {
      for (const point of rubric.points) {
        expect(point.cites.length, point.id).toBeGreaterThan(0);
        expect(point.cites.map(citeProblem).filter(Boolean), point.id).toEqual([]);
        expect(new Set(point.cites).size, point.id).toBe(point.cites.length);
      }
    },
  );

  it.each(RUBRICS.map((r) => [r.question, r] as const))('Q%i: links name an id, and another chapter only when it is not the question’s own', (_, rubric) => {
    for (const entry of entries(rubric)) {
      expect(entry.link.id, entry.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      if (entry.link.chapter !== undefined) {
        expect(CHAPTER_SLUGS, entry.id).toContain(entry.link.chapter);
        expect(entry.link.chapter, entry.id).not.toBe(rubric.chapter);
      }
    }
  });

  it.each(RUBRICS.map((r) => [r.question, r] as const))('Q%i: every token names a paper number, and no paper number is typed outside one', (_, rubric) => {
    for (const [where, text] of texts(rubric)) {
      expect(text.trim(), where).not.toBe('');
      expect(() => rubricSpans(text), where).not.toThrow();
      expect(strayNumbers(text), where).toEqual([]);
    }
  });

  it.each(RUBRICS.map((r) => [r.question, r] as const))('Q%i: text is plain, without Markdown or LaTeX', (_, rubric) => {
    for (const [where, text] of texts(rubric)) {
      const bare = withoutTokens(text);
      expect(bare, where).not.toMatch(/[$\\`]|\*\*|\]\(/);
      expect(bare, where).not.toMatch(/[{}]/);
    }
  });

  it.each(RUBRICS.map((r) => [r.question, r] as const))('Q%i: every point and mistake has 1–3 groups of usable hint spellings', (_, rubric) => {
    for (const entry of entries(rubric)) {
      expect(entry.terms.length, entry.id).toBeGreaterThanOrEqual(1);
      expect(entry.terms.length, entry.id).toBeLessThanOrEqual(3);
      for (const group of entry.terms) {
        expect(group.length, entry.id).toBeGreaterThan(0);
        for (const term of group) {
          expect(term, `${entry.id}: "${term}"`).toBe(normalised(term));
          expect(term.length, `${entry.id}: "${term}"`).toBeGreaterThan(0);
          // Short spellings match inside too many words; a symbol such as λ or + is fine.
          if (/[a-z0-9]/.test(term)) expect(term.length, `${entry.id}: "${term}" is too short`).toBeGreaterThanOrEqual(3);
        }
      }
    }
  });
});

describe('the study guide’s worst errors are among the common mistakes', () => {
  const required: [number, string, RegExp][] = [
    [4, 'projection-multiplied', /multipl/i],
    [5, 'stem-kernel-size', /7×7/],
    [7, 'lambda-half-best', /λ = 0\.5/],
    [8, 'output-not-big-enough', /not big enough/],
    [10, 'solution-space-is-classes', /classes/],
  ];
  it.each(required)('Q%i has the mistake "%s"', (question, id, claim) => {
    const mistake = rubricFor(question).mistakes.find((m) => m.id === id);
    expect(mistake, `Q${question} lacks the mistake ${id}`).toBeDefined();
    expect(mistake!.claim).toMatch(claim);
  });
});

describe('the hint tells a mistake from the point that corrects it', () => {
  const flags = (question: number, answer: string) => hintFor(rubricFor(question), answer).mistakes;

  it.each([
    [
      1,
      'deeper-cannot-represent',
      'The deeper network cannot represent what the shallow one learned.',
      'Nor is it a lack of capacity: the deeper net could copy the shallower one.',
    ],
    [
      5,
      'fc-layers-save-flops',
      'Replacing the fully connected layers with average pooling is where most of the FLOPs are saved.',
      'The single fully connected layer saves parameters rather than FLOPs.',
    ],
    [
      6,
      'x0-constant-gradient-guaranteed',
      'x_0 is a constant, so the 1 guarantees the gradient never vanishes.',
      'It is a plausibility argument, not a guarantee that the gradient is large.',
    ],
    [
      8,
      'output-not-big-enough',
      'Optimisation fails because the output is not big enough.',
      'The product of the λ’s vanishes, so the gradient goes through the weight layers.',
    ],
  ])('Q%i "%s": flagged in the wrong answer, not in a right one', (question, id, wrong, right) => {
    expect(flags(question, wrong)).toContain(id);
    expect(flags(question, right)).not.toContain(id);
  });
});

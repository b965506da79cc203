import { describe, expect, it } from 'vitest';
import { hintFor, mentions, normaliseAnswer } from '~lib/practice/hint';
import { scoreText, scoreTicks } from '~lib/practice/score';
import { answerKey, EMPTY_ANSWER, encodeSaved, isEmpty, parseSaved } from '~lib/practice/saved-answer';
import { FOLD_BUTTON_TEXT, wrapShortAnswer } from '~lib/practice/short-answer-html';
import type { Rubric } from '~lib/practice/types';

const link = { id: 'short-answer' };
const rubric: Rubric = {
  question: 8,
  chapter: 'scaled-shortcuts',
  points: [
    { id: 'product', text: 'The product of the λ’s multiplies the direct term.', cites: ['P2 eq. (7)'], link, terms: [['product', 'multiplied together'], ['λ', 'lambda']] },
    { id: 'vanishes', text: 'Below one it vanishes exponentially.', cites: ['P2 Sec. 3.1'], link, terms: [['vanish']] },
    { id: 'plain', text: 'The signal is forced through the weight layers.', cites: ['P2 Sec. 3.1'], link, terms: [['weight layer']] },
  ],
  mistakes: [{ id: 'output', claim: 'The output is not big enough.', correction: 'It is the gradient’s product.', link, terms: [['output'], ['big enough', 'too small']] }],
};

describe('the hint', () => {
  it('folds case, accents and white space before matching', () => {
    expect(normaliseAnswer('  Réseau\n\tRÉSIDUEL ')).toBe(' reseau residuel ');
    expect(mentions(normaliseAnswer('The PRODUCT of Lambda'), [['product'], ['λ', 'lambda']])).toBe(true);
  });

  it('marks a point only when every group of terms is matched, and never marks on an empty list', () => {
    expect(hintFor(rubric, 'the product vanishes').points).toEqual(['vanishes']);
    expect(hintFor(rubric, 'the product of all λ vanishes; the gradient goes through the weight layers').points).toEqual(['product', 'vanishes', 'plain']);
    expect(mentions('anything', [])).toBe(false);
    expect(mentions('anything', [['']])).toBe(false);
  });

  it('flags a common mistake the answer repeats', () => {
    expect(hintFor(rubric, 'Optimisation fails because the output is not big enough.').mistakes).toEqual(['output']);
    expect(hintFor(rubric, 'The product of λ vanishes.').mistakes).toEqual([]);
  });
});

describe('the score', () => {
  it('follows the ticks: covered of total, and the points still missed in rubric order', () => {
    expect(scoreTicks(rubric, [])).toMatchObject({ covered: 0, total: 3 });
    const some = scoreTicks(rubric, ['plain', 'product', 'not-a-point']);
    expect(some.covered).toBe(2);
    expect(some.missed.map((p) => p.id)).toEqual(['vanishes']);
    expect(scoreText(some)).toBe('2 of 3 points');
    expect(scoreTicks(rubric, ['product', 'vanishes', 'plain']).missed).toEqual([]);
  });
});

describe('the saved answer', () => {
  it('round-trips any Unicode and a 100 KB answer intact', () => {
    const answer = 'λ → 0 ✓ 残差 \u202ertl\u202c \u0000 😀 <b>not html</b> '.repeat(4000);
    expect(answer.length).toBeGreaterThan(100_000);
    const saved = { answer, points: ['a'], mistakes: ['b'], compared: true };
    expect(parseSaved(encodeSaved(saved))).toEqual(saved);
  });

  it('reads anything unreadable as no answer, and keeps only well-typed parts', () => {
    for (const bad of [null, '', '{', 'null', '42', '"text"']) expect(parseSaved(bad)).toEqual(EMPTY_ANSWER);
    expect(parseSaved('{"answer":7,"points":["a",3],"mistakes":"x","compared":"yes"}')).toEqual({ answer: '', points: ['a'], mistakes: [], compared: false });
    expect(isEmpty(EMPTY_ANSWER)).toBe(true);
    expect(isEmpty({ ...EMPTY_ANSWER, points: ['a'] })).toBe(false);
  });

  it('keys answers by base path and question, so two course copies on one host stay apart', () => {
    expect(answerKey('/', 3)).not.toBe(answerKey('/course/', 3));
    expect(answerKey('/', 3)).not.toBe(answerKey('/', 4));
  });
});

describe('the short answer fold', () => {
  const heading = (id: string, text: string) => `<div class="sl-heading-wrapper level-h2"><h2 id="${id}">${text}</h2><a class="sl-anchor-link" href="#${id}"><span>#</span></a></div>`;

  it('wraps exactly the section between "Short answer" and the next h2, behind a hidden button', () => {
    const html = `${heading('short-answer', 'Short answer')}<p>one</p><p>two</p>${heading('next', 'Next')}<p>three</p>`;
    const wrapped = wrapShortAnswer(html);
    expect(wrapped).toContain(`<div class="short-answer" data-short-answer><p>one</p><p>two</p></div>${heading('next', 'Next')}<p>three</p>`);
    expect(wrapped).toMatch(new RegExp(`<p class="short-answer-fold" data-short-answer-fold hidden><button type="button" class="text-button">${FOLD_BUTTON_TEXT}</button>`));
    expect(wrapped.startsWith(heading('short-answer', 'Short answer'))).toBe(true);
  });

  it('runs to the end of the page when no section follows, and leaves a page without one unchanged', () => {
    expect(wrapShortAnswer(`${heading('short-answer', 'Short answer')}<p>only</p>`)).toMatch(/<div class="short-answer" data-short-answer><p>only<\/p><\/div>$/);
    const other = `${heading('intro', 'Intro')}<p>x</p>`;
    expect(wrapShortAnswer(other)).toBe(other);
  });
});

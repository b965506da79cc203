import { describe, expect, it } from 'vitest';
import { parseQuestionQuery } from '~lib/practice/question-query';
import { shownValue } from '~lib/url-state/notes';

const ALL = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('the practice page’s ?q=', () => {
  it('shows all ten, with no note and no q in the address, when there is no q', () => {
    expect(parseQuestionQuery([])).toEqual({ questions: ALL, canonical: null, note: null });
  });

  it('shows the questions named, in quiz order, each once, and rewrites the address to that', () => {
    expect(parseQuestionQuery(['1,4,7'])).toEqual({ questions: [1, 4, 7], canonical: '1,4,7', note: null });
    expect(parseQuestionQuery(['7,1,4,4,1'])).toEqual({ questions: [1, 4, 7], canonical: '1,4,7', note: null });
    expect(parseQuestionQuery([' 10 , 02 '])).toEqual({ questions: [2, 10], canonical: '2,10', note: null });
    // Two q's in the address read as one list.
    expect(parseQuestionQuery(['3', '1'])).toEqual({ questions: [1, 3], canonical: '1,3', note: null });
  });

  it('drops what is not a question number and says so, keeping the rest', () => {
    const result = parseQuestionQuery(['1,,x']);
    expect(result.questions).toEqual([1]);
    expect(result.canonical).toBe('1');
    expect(result.note).toBe('The link asks for questions “1,,x”; only the numbers 1 to 10 name questions. Showing question 1.');
    expect(parseQuestionQuery(['0,4,11,7']).note).toMatch(/“0,4,11,7”.*Showing questions 4 and 7\.$/);
    expect(parseQuestionQuery(['1,2,3,x']).note).toMatch(/Showing questions 1, 2 and 3\.$/);
  });

  it('reads only plain digits: no signs, exponents, decimals or other scripts’ digits', () => {
    for (const value of ['+1', '1e0', '1.0', '٣', '0x1', '-1', '1 2']) {
      const result = parseQuestionQuery([value]);
      expect(result.questions, value).toEqual(ALL);
      expect(result.canonical, value).toBeNull();
      expect(result.note, value).not.toBeNull();
    }
  });

  it('falls back to all ten, with a note and no q, when nothing names a question', () => {
    for (const value of ['0', '11', 'abc', '', ',,,']) {
      const result = parseQuestionQuery([value]);
      expect(result.questions, value).toEqual(ALL);
      expect(result.canonical, value).toBeNull();
      expect(result.note, value).toMatch(/Showing all 10 questions\.$/);
    }
    expect(parseQuestionQuery(['']).note).toBe('The link’s list of questions is empty; only the numbers 1 to 10 name questions. Showing all 10 questions.');
  });

  it('echoes at most a short snippet of a huge value, and still finds its questions', () => {
    const huge = `2,${'x'.repeat(10_000)},9`;
    const result = parseQuestionQuery([huge]);
    expect(result.questions).toEqual([2, 9]);
    expect(result.canonical).toBe('2,9');
    expect(result.note!.length).toBeLessThan(160);
    expect(result.note).toContain('“2,xxxxxxxxxxxxxxxxxxxxxx…”');
  });

  it('never echoes control, bidirectional or invisible formatting characters', () => {
    const nasty = '1,\u202e7\u0000,\u001b[31m,\u200b\u2066x\u2028';
    const result = parseQuestionQuery([nasty]);
    expect(result.questions).toEqual([1]);
    // eslint-disable-next-line no-control-regex -- the point is that none are left
    expect(result.note).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\p{Cf}]/u);
    // Invisible characters show as � (a bare "7" would hide why the value was refused).
    expect(shownValue('\u202e\u2066\u0007')).toBe('\ufffd\ufffd');
    expect(parseQuestionQuery(['\u0000\u0007']).note).toMatch(/^The link asks for questions in a form this page cannot show;/);
  });
});

import { describe, expect, it } from 'vitest';
import { answersMarkdown, escapeMarkdown } from '~lib/practice/answers-markdown';
import { rubricPlain } from '~lib/practice/rubric-text';
import { EMPTY_ANSWER } from '~lib/practice/saved-answer';
import { clockText, elapsed, parseTimer, pauseTimer, spokenTime, startTimer, TIMER_ZERO } from '~lib/practice/quiz-timer';
import type { Rubric } from '~lib/practice/types';

const link = { id: 'short-answer' };
const TOKEN = '{p2-table-1/scale-0.5-f0.5/error}';
const rubric: Rubric = {
  question: 8,
  chapter: 'scaled-shortcuts',
  points: [
    { id: 'product', text: `The product of the λ’s multiplies the direct term; error ${TOKEN}.`, cites: ['P2 eq. (7)'], link, terms: [['product']] },
    { id: 'vanishes', text: 'Below one it *vanishes* exponentially.', cites: ['P2 Sec. 3.1'], link, terms: [['vanish']] },
  ],
  mistakes: [{ id: 'output', claim: 'The output is not big enough.', correction: 'It is the gradient’s product.', link, terms: [['output']] }],
};
const META = { date: '2026-12-02', source: 'https://courses.example/practice/?q=8' };
const md = (answer: string, points: string[] = [], mistakes: string[] = []) =>
  answersMarkdown([{ rubric, question: 'What happens when <b>λ</b> < 1?', saved: { answer, points, mistakes, compared: true } }], META);

/** The text between the first fence line and its closing fence, as a Markdown reader would take it. */
function fenced(markdown: string): string {
  const open = /^(`{3,})text$/m.exec(markdown)!;
  const start = open.index + open[0].length + 1;
  const close = markdown.indexOf(`\n${open[1]}\n`, start - 1);
  return markdown.slice(start, close + 1);
}

describe('the Markdown download', () => {
  it('holds the question, the answer, every point with its tick and every mistake with its correction', () => {
    const text = md('The product vanishes.', ['product'], ['output']);
    expect(text).toMatch(/^# ResNet, Explained: my practice answers\n/);
    expect(text).toContain('Saved on 2026-12-02 from <https://courses.example/practice/?q=8>.');
    expect(text).toContain('## Question 8\n\nWhat happens when \\<b\\>λ\\</b\\> \\< 1?');
    expect(text).toContain('### Rubric: 1 of 2 points ticked');
    expect(text).toContain(`- [x] ${escapeMarkdown(rubricPlain(rubric.points[0]!.text))} (P2 eq. (7))`);
    expect(text).toContain('- [ ] Below one it \\*vanishes\\* exponentially. (P2 Sec. 3.1)');
    expect(text).toContain('- [x] “The output is not big enough.”  \n  Correction: It is the gradient’s product.');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('prints paper numbers from their tokens, never the token', () => {
    expect(md('x')).not.toContain('{p2-table-1');
    expect(rubricPlain(TOKEN)).toMatch(/\d/);
  });

  it('keeps a 100 KB Unicode answer byte for byte, HTML and Markdown in it inert inside a fence', () => {
    const piece = 'Résumé 残差 🧠 𝔽(x)+x — <script>alert(1)</script> **bold** ``` ~~~ \u202e RTL\n';
    const answer = piece.repeat(Math.ceil(100_000 / piece.length)).slice(0, 100_000);
    const text = md(answer);
    expect(fenced(text)).toBe(answer.endsWith('\n') ? answer : `${answer}\n`);
    // The fence is longer than the longest run of backticks in the answer.
    expect(text).toMatch(/^````text$/m);
    expect(new TextDecoder().decode(new TextEncoder().encode(text))).toBe(text);
  });

  it('says so when a question has no answer, and keeps the questions in the order given', () => {
    const q3: Rubric = { ...rubric, question: 3 };
    const text = answersMarkdown(
      [
        { rubric: q3, question: 'Three?', saved: EMPTY_ANSWER },
        { rubric, question: 'Eight?', saved: { ...EMPTY_ANSWER, answer: '   ' } },
      ],
      META,
    );
    expect(text.indexOf('## Question 3')).toBeLessThan(text.indexOf('## Question 8'));
    expect(text.match(/_No answer written\._/g)).toHaveLength(2);
    expect(text).not.toContain('```');
  });
});

describe('the quiz timer', () => {
  it('counts while running, holds while paused, and survives a reload through its stored form', () => {
    let state = startTimer(TIMER_ZERO, 1_000);
    expect(elapsed(state, 61_000)).toBe(60_000);
    expect(startTimer(state, 5_000)).toBe(state);
    state = pauseTimer(state, 61_000);
    expect(elapsed(state, 999_000)).toBe(60_000);
    state = startTimer(state, 100_000);
    expect(parseTimer(JSON.stringify(state))).toEqual(state);
    expect(elapsed(state, 99_000)).toBe(60_000);
  });

  it('reads anything unreadable as a reset timer', () => {
    for (const text of [null, '', '{', '[]', '{"counted":-1,"since":null}', '{"counted":"1","since":null}', '{"counted":1,"since":"x"}']) {
      expect(parseTimer(text), String(text)).toEqual(TIMER_ZERO);
    }
  });

  it('shows mm:ss and speaks minutes and seconds', () => {
    expect(clockText(0)).toBe('00:00');
    expect(clockText(65_999)).toBe('01:05');
    expect(clockText(125 * 60_000 + 7_000)).toBe('125:07');
    expect(spokenTime(200_000)).toBe('3 minutes 20 seconds');
    expect(spokenTime(1_000)).toBe('1 second');
    expect(spokenTime(61_000)).toBe('1 minute 1 second');
  });
});

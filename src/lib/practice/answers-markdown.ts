import { rubricPlain } from './rubric-text';
import type { SavedAnswer } from './saved-answer';
import { scoreText, scoreTicks } from './score';
import type { Rubric } from './types';

/**
 * "Download as Markdown" on the practice page: the reader's answers as a Markdown file they can
 * keep, hand in or paste into notes. Each answer goes in verbatim, inside a code fence longer than
 * any run of backticks in it, so no Markdown viewer reads it as Markdown or HTML: whatever the
 * reader typed (tags, asterisks, a fence of their own, any script) comes back out as they typed it.
 */

/** One shown question and what the reader has for it. */
export interface MarkdownQuestion {
  rubric: Rubric;
  /** The question as students receive it. */
  question: string;
  saved: SavedAnswer;
}

export interface MarkdownMeta {
  /** The day of the download, e.g. '2026-12-02'. */
  date: string;
  /** The page's address, so the file says where it came from. */
  source: string;
}

/** Our own text (questions, rubric points) with Markdown's and HTML's active characters escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
}

/** A fence of backticks longer than any run in `text` (at least three). */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** The answer as a fenced block, byte for byte; an empty answer says so. */
function answerBlock(answer: string): string {
  if (answer.trim() === '') return '_No answer written._';
  const fence = fenceFor(answer);
  // A trailing newline is part of the text; the closing fence needs a line of its own either way.
  return `${fence}text\n${answer}${answer.endsWith('\n') ? '' : '\n'}${fence}`;
}

const box = (ticked: boolean) => (ticked ? '[x]' : '[ ]');

function questionSection({ rubric, question, saved }: MarkdownQuestion): string {
  const points = new Set(saved.points);
  const mistakes = new Set(saved.mistakes);
  const lines = [
    `## Question ${rubric.question}`,
    '',
    escapeMarkdown(question),
    '',
    '### My answer',
    '',
    answerBlock(saved.answer),
    '',
    `### Rubric: ${scoreText(scoreTicks(rubric, points))} ticked`,
    '',
    ...rubric.points.map((p) => `- ${box(points.has(p.id))} ${escapeMarkdown(rubricPlain(p.text))} (${escapeMarkdown(p.cites.join('; '))})`),
    '',
    '### Common mistakes (ticked: my answer makes it)',
    '',
    ...rubric.mistakes.map((m) => `- ${box(mistakes.has(m.id))} “${escapeMarkdown(m.claim)}”  \n  Correction: ${escapeMarkdown(rubricPlain(m.correction))}`),
  ];
  return lines.join('\n');
}

/** The whole file: a title, where and when it was saved, then each question in the order given. */
export function answersMarkdown(questions: readonly MarkdownQuestion[], meta: MarkdownMeta): string {
  const head = [
    '# ResNet, Explained: my practice answers',
    '',
    `Saved on ${escapeMarkdown(meta.date)} from <${meta.source.replace(/[<>\s]/g, encodeURIComponent)}>. The ticks are my own marking against the rubric.`,
  ].join('\n');
  return `${[head, ...questions.map(questionSection)].join('\n\n')}\n`;
}

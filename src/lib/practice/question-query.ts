import { shownValue } from '../url-state/notes';

/**
 * The practice page's `?q=1,4,7`: which study-guide questions to show. A teacher writes it by
 * hand, so reading is forgiving: every number 1–10 in it counts (in quiz order, each once) and
 * anything else is dropped with a note; when nothing in it is a question, all ten show. The page
 * then rewrites the address to `canonical`, so a copied link says what the page shows.
 */

export const QUESTION_COUNT = 10;

export interface QuestionQuery {
  /** The questions to show, ascending; all ten when the query names none. */
  questions: number[];
  /** The `q` value the address should carry: '1,4,7', or null for "no q" (all ten). */
  canonical: string | null;
  /** Set when part of the value was not a question number: what the page tells the reader. */
  note: string | null;
}

const ALL = Array.from({ length: QUESTION_COUNT }, (_, i) => i + 1);

/** One part of the list, if it names a question: plain ASCII digits only (no '+1', '1e0', ' 1', '١'). */
function questionNumber(part: string): number | null {
  if (!/^[0-9]{1,3}$/.test(part)) return null;
  const n = Number(part);
  return n >= 1 && n <= QUESTION_COUNT ? n : null;
}

/** "1, 4 and 7". */
function listed(numbers: readonly number[]): string {
  if (numbers.length === 1) return String(numbers[0]);
  return `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * Reads the `q` values of the address (`URLSearchParams.getAll('q')`; none means no `q`).
 * Several `q`s are read as one list, as if joined by commas.
 */
export function parseQuestionQuery(values: readonly string[]): QuestionQuery {
  if (values.length === 0) return { questions: ALL, canonical: null, note: null };
  const raw = values.join(',');
  const wanted = new Set<number>();
  let bad = 0;
  for (const part of raw.split(',')) {
    const n = questionNumber(part.trim());
    if (n === null) bad += 1;
    else wanted.add(n);
  }
  const questions = ALL.filter((n) => wanted.has(n));
  if (bad === 0) return { questions, canonical: questions.join(','), note: null };
  const echo = shownValue(raw);
  const asked = echo
    ? `The link asks for questions “${echo}”;`
    : raw.trim() === ''
      ? 'The link’s list of questions is empty;'
      : 'The link asks for questions in a form this page cannot show;';
  const not = `${asked} only the numbers 1 to ${QUESTION_COUNT} name questions.`;
  if (questions.length === 0) return { questions: ALL, canonical: null, note: `${not} Showing all ${QUESTION_COUNT} questions.` };
  return {
    questions,
    canonical: questions.join(','),
    note: `${not} Showing question${questions.length === 1 ? '' : 's'} ${listed(questions)}.`,
  };
}

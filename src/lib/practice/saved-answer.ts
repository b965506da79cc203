/**
 * What the browser keeps of one practice answer (localStorage, one entry per question; never
 * sent anywhere): the reader's text, the rubric points and mistakes they ticked, and whether
 * they have compared yet. Reading is forgiving: anything unreadable counts as no answer.
 */
export interface SavedAnswer {
  answer: string;
  points: readonly string[];
  mistakes: readonly string[];
  compared: boolean;
}

export const EMPTY_ANSWER: SavedAnswer = { answer: '', points: [], mistakes: [], compared: false };

/** The storage key for a question; the base path keeps two course copies on one host apart. */
export function answerKey(base: string, question: number): string {
  return `resnet-explained:practice:${base}:q${question}`;
}

const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);

/** Reads a stored entry; null, bad JSON or a wrong shape give the empty answer. */
export function parseSaved(text: string | null): SavedAnswer {
  if (!text) return EMPTY_ANSWER;
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return EMPTY_ANSWER;
  }
  if (typeof data !== 'object' || data === null) return EMPTY_ANSWER;
  const record = data as Record<string, unknown>;
  return {
    answer: typeof record.answer === 'string' ? record.answer : '',
    points: ids(record.points),
    mistakes: ids(record.mistakes),
    compared: record.compared === true,
  };
}

/** The stored form of an answer. */
export function encodeSaved(saved: SavedAnswer): string {
  return JSON.stringify(saved);
}

/** True when there is nothing worth keeping. */
export function isEmpty(saved: SavedAnswer): boolean {
  return saved.answer === '' && saved.points.length === 0 && saved.mistakes.length === 0;
}

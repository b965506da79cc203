import type { Rubric } from './types';

/**
 * The hint behind "Compare with the rubric": which points (and which common mistakes) the
 * reader's answer seems to mention, found by plain term and synonym matching. It pre-marks
 * checkboxes the reader then confirms or clears; it is never a grade, and the page says so.
 */

/** Lower case, accents and case folded, runs of white space made one space. */
export function normaliseAnswer(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ');
}

/** True when the normalised text holds at least one spelling from every group. */
export function mentions(normalised: string, groups: readonly (readonly string[])[]): boolean {
  return groups.length > 0 && groups.every((group) => group.some((spelling) => spelling !== '' && normalised.includes(normaliseAnswer(spelling))));
}

/** The ids of the points and of the mistakes whose terms the answer mentions. */
export function hintFor(rubric: Rubric, answer: string): { points: string[]; mistakes: string[] } {
  const text = normaliseAnswer(answer);
  return {
    points: rubric.points.filter((point) => mentions(text, point.terms)).map((point) => point.id),
    mistakes: rubric.mistakes.filter((mistake) => mentions(text, mistake.terms)).map((mistake) => mistake.id),
  };
}

import type { Rubric, RubricPoint } from './types';

/** The reader's self-marking: points covered out of the rubric's total, and the points to read up on. */
export interface PracticeScore {
  covered: number;
  total: number;
  missed: readonly RubricPoint[];
}

/** Scores the ticked point ids against the rubric (ids it does not hold are ignored). */
export function scoreTicks(rubric: Rubric, ticked: Iterable<string>): PracticeScore {
  const set = new Set(ticked);
  const missed = rubric.points.filter((point) => !set.has(point.id));
  return { covered: rubric.points.length - missed.length, total: rubric.points.length, missed };
}

/** "4 of 6 points", the score as the page prints it. */
export function scoreText({ covered, total }: PracticeScore): string {
  return `${covered} of ${total} point${total === 1 ? '' : 's'}`;
}

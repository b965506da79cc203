import { RUBRICS_1_5 } from './rubrics-1-5';
import { RUBRICS_6_10 } from './rubrics-6-10';
import type { Rubric } from './types';

/**
 * The rubric of every study-guide question, in question order (1–10): the points a complete
 * answer makes and the common wrong answers. The data lives in two files to keep each readable.
 */
export const RUBRICS: readonly Rubric[] = [...RUBRICS_1_5, ...RUBRICS_6_10];

/** The rubric for one question (1–10); throws for any other number. */
export function rubricFor(question: number): Rubric {
  const rubric = RUBRICS.find((r) => r.question === question);
  if (!rubric) throw new Error(`No rubric for question ${question}: the study guide has questions 1–${RUBRICS.length}`);
  return rubric;
}

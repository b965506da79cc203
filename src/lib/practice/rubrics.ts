import { Q1 } from './rubrics/q1';
import { Q2 } from './rubrics/q2';
import { Q3 } from './rubrics/q3';
import { Q4 } from './rubrics/q4';
import { Q5 } from './rubrics/q5';
import { Q6 } from './rubrics/q6';
import { Q7 } from './rubrics/q7';
import { Q8 } from './rubrics/q8';
import { Q9 } from './rubrics/q9';
import { Q10 } from './rubrics/q10';
import type { Rubric } from './types';

/**
 * The rubric of every study-guide question, in question order (1–10): the points a complete
 * answer makes and the common wrong answers. Each question's data is a file of its own in rubrics/.
 */
export const RUBRICS: readonly Rubric[] = [Q1, Q2, Q3, Q4, Q5, Q6, Q7, Q8, Q9, Q10];

/** The rubric for one question (1–10); throws for any other number. */
export function rubricFor(question: number): Rubric {
  const rubric = RUBRICS.find((r) => r.question === question);
  if (!rubric) throw new Error(`No rubric for question ${question}: the study guide has questions 1–${RUBRICS.length}`);
  return rubric;
}

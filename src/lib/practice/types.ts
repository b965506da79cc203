import type { ChapterSlug } from '../site/chapters';

/**
 * The shape of a rubric: what a complete answer to one study-guide question says, and the wrong
 * answers students commonly give. The data is in rubrics.ts; chapters, the practice page, the
 * instructors' answer key and the book all read it from there.
 *
 * Rubric text may quote a paper's number only through a token `{table/row/col}` (the same
 * address `<Num>` uses, e.g. `{p2-table-1/scale-0.5-f0.5/error}`), which rubric-text.ts prints
 * from the paper-table data exactly as the paper prints it.
 */

/** Where a point lives in the site: an element id on its question's chapter, or on another chapter. */
export interface RubricLink {
  /** The id of the section heading, figure, equation or callout that explains the point. */
  id: string;
  /** Set only when that element is on another chapter than the question's own. */
  chapter?: ChapterSlug;
}

/** One point a complete answer makes. */
export interface RubricPoint {
  /** Stable within its question (kebab-case): saved ticks and course tooling refer to it. */
  id: string;
  /** The point, one or two sentences, in the site's words; numbers only as `{table/row/col}` tokens. */
  text: string;
  /** The papers' own places for it, spelled as the chapters spell them: 'P2 eq. (4)', 'P1 Sec. 4.1', 'P1 Fig. 1', 'P2 Table 1'. */
  cites: readonly string[];
  /** The chapter section that explains it. */
  link: RubricLink;
  /**
   * Key terms for the *hint* only (never grading): groups of synonyms, lower case. The point is
   * pre-marked when the reader's answer matches at least one spelling from every group.
   */
  terms: readonly (readonly string[])[];
}

/** A common wrong answer to the question, and its one-line correction. */
export interface CommonMistake {
  /** Stable within its question (kebab-case). */
  id: string;
  /** The wrong claim, as a student writes it. */
  claim: string;
  /** Why it is wrong and what is right, one line; numbers only as tokens. */
  correction: string;
  /** Where the chapter corrects it: a "common mistake" callout or the section. */
  link: RubricLink;
  /** Hint terms, as for a point: "did you write this?" is pre-marked when every group matches. */
  terms: readonly (readonly string[])[];
}

/** The rubric for one study-guide question. */
export interface Rubric {
  /** The question's number, 1–10, as in the study guide. */
  question: number;
  /** The chapter that answers it. */
  chapter: ChapterSlug;
  /** 4–8 points a complete answer makes, in the order an answer would make them. */
  points: readonly RubricPoint[];
  /** The common wrong answers (the study guide's own errors among them). */
  mistakes: readonly CommonMistake[];
}

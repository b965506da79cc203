import type { ChapterSlug } from './chapters';

/**
 * Where each numbered equation and paper table is typeset in full: a prose reference such as
 * "P2 eq. (4)" on a page that does not show the equation itself links to the chapter named here.
 */
export const ANCHOR_HOMES: Readonly<Record<string, ChapterSlug>> = {
  'p1-eq-1': 'shortcut-connections',
  'p1-eq-2': 'shortcut-connections',
  'p2-eq-1': 'identity-propagation',
  'p2-eq-2': 'identity-propagation',
  'p2-eq-3': 'identity-propagation',
  'p2-eq-4': 'identity-propagation',
  'p2-eq-5': 'identity-propagation',
  'p2-eq-6': 'scaled-shortcuts',
  'p2-eq-7': 'scaled-shortcuts',
  'p2-eq-8': 'scaled-shortcuts',
  'p2-eq-9': 'building-blocks',
  'p1-table-1': 'flops-vs-vgg',
  'p1-table-2': 'degradation-problem',
  'p1-table-3': 'shortcut-connections',
  'p1-table-4': 'degradation-problem',
  'p1-table-5': 'degradation-problem',
  'p1-table-6': 'not-overfitting',
  'p2-table-1': 'shortcut-variants',
  'p2-table-2': 'building-blocks',
  'p2-table-3': 'shallow-resnets',
  'p2-table-4': 'shallow-resnets',
  'p2-table-5': 'shallow-resnets',
};

/** A reference to a numbered equation or table found in prose. */
export interface PaperRef {
  /** The matched text, e.g. "P2 eq. (4)". */
  text: string;
  /** Its anchor id, e.g. "p2-eq-4". */
  anchor: string;
  /** Offset of the match in the scanned string. */
  index: number;
}

const REF = /\b(P[12]) (eq\. \((\d)\)|Table (\d))/g;

/** Finds "P1 eq. (2)" and "P2 Table 1" style references in a run of text. */
export function findPaperRefs(text: string): PaperRef[] {
  const refs: PaperRef[] = [];
  for (const match of text.matchAll(REF)) {
    const paper = match[1]!.toLowerCase();
    const anchor = match[3] ? `${paper}-eq-${match[3]}` : `${paper}-table-${match[4]}`;
    refs.push({ text: match[0], anchor, index: match.index ?? 0 });
  }
  return refs;
}

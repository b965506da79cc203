/** A paper's own equation number, e.g. P2 eq. (4). */
export interface EquationLabel {
  paper: 'P1' | 'P2';
  number: number;
}

const LABEL = /^p([12])-eq-([1-9]\d?)$/;

/** Reads a label such as `p2-eq-4`; returns null for anything else. */
export function parseEquationLabel(text: string): EquationLabel | null {
  const match = LABEL.exec(text.trim());
  if (!match) return null;
  return { paper: match[1] === '1' ? 'P1' : 'P2', number: Number(match[2]) };
}

/** The stable anchor id of a numbered equation: P2 eq. (4) → `p2-eq-4`. */
export function equationAnchor(label: EquationLabel): string {
  return `${label.paper.toLowerCase()}-eq-${label.number}`;
}

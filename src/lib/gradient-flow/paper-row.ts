/**
 * Which row of P2 Table 1 a gradient-flow setting corresponds to, and that row's published error,
 * read from the papers module (never typed here).
 */
import { formatCell, p2Table1Row, paperTable } from '../papers';
import type { GradientFlowState } from './state';

/** Where P2 Table 1 is rendered, relative to the site's base path (chapters and embeds alike). */
export const P2_TABLE_1_HREF = 'chapters/shortcut-variants/#p2-table-1';

/** A P2 Table 1 row matched to a setting. */
export interface PaperRowMatch {
  /** Row key in P2 Table 1. */
  key: string;
  /** False when the setting has no row of its own and this is the nearest one. */
  exact: boolean;
  /** The row as words, e.g. "constant scaling, 2(b): 0.5 on the shortcut, 1 on F". */
  label: string;
  /** The published error as printed, e.g. "d.dd %" or "fail". */
  error: string;
  /** Link to the rendered table. */
  href: string;
}

const nearest = (value: number, candidates: readonly [number, string][]): [number, string] =>
  candidates.reduce((best, c) => (Math.abs(c[0] - value) < Math.abs(best[0] - value) ? c : best));

/** The row key for a setting and whether it matches exactly (pure choice; see {@link p2Table1Match}). */
export function p2Table1Key(state: GradientFlowState): { key: string; exact: boolean } {
  switch (state.kind) {
    case 'none':
      return { key: 'scale-0-f1', exact: true };
    case 'identity':
      return { key: 'original', exact: true };
    case 'scaling': {
      const [at, key] = nearest(state.lambda, [
        [0, 'scale-0-f1'],
        [0.5, 'scale-0.5-f1'],
        [1, 'original'],
      ]);
      return { key, exact: at === state.lambda };
    }
    case 'exclusiveGate': {
      if (state.bg <= 0 && state.bg >= -5) return { key: 'excl-gate-b-0-to-5', exact: true };
      if (state.bg === -6) return { key: 'excl-gate-b-6', exact: true };
      if (state.bg === -7) return { key: 'excl-gate-b-7', exact: true };
      return { key: state.bg > 0 ? 'excl-gate-b-0-to-5' : 'excl-gate-b-7', exact: false };
    }
    case 'shortcutGate': {
      const [at, key] = nearest(state.bg, [
        [0, 'shortcut-gate-b-0'],
        [-6, 'shortcut-gate-b-6'],
      ]);
      return { key, exact: at === state.bg };
    }
    case 'projection':
      return { key: 'conv-1x1', exact: true };
    case 'dropout':
      return { key: 'dropout', exact: true };
  }
}

/** The P2 Table 1 row for a setting, with its label and published error. */
export function p2Table1Match(state: GradientFlowState): PaperRowMatch {
  const { key, exact } = p2Table1Key(state);
  const table = paperTable('p2-table-1');
  const row = p2Table1Row(key);
  const cell = (columnKey: string) => {
    const column = table.columns.find((c) => c.key === columnKey);
    const value = row.cells[columnKey];
    return value ? formatCell(value, column) : '';
  };
  const errorCell = row.cells['error'];
  const unit = table.columns.find((c) => c.key === 'error')?.unit;
  const error = cell('error') + (errorCell?.kind === 'number' && unit ? ` ${unit}` : '');
  const remark = cell('remark');
  const label = `${cell('case')}, ${cell('fig')}: ${cell('shortcut')} on the shortcut, ${cell('residual')} on F${remark ? ` (${remark})` : ''}`;
  return { key, exact, label, error, href: P2_TABLE_1_HREF };
}

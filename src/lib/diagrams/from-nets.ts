/**
 * Unit diagrams from the lab's architecture description: the branch and after-addition ops come
 * from `planOf(spec)` (the plan the tfjs builder follows) and the shortcut from the shortcut-kind
 * registry, so the drawn unit is the trained unit.
 */
import type { Op } from '../nets/placements';
import type { ShortcutKey } from '../nets/shortcuts';
import { planOf, type MlpSpec } from '../nets/spec';
import type { DiagramOp, UnitDiagram } from './types';

const OP_LABELS: Record<Op, string> = { weight: 'weight', bn: 'BN', act: 'ReLU' };

/**
 * Boxes for a run of ops, keyed by kind and occurrence ('weight-1', 'bn-2', …) counted across
 * `seen`, so the same box keeps its key when a placement moves it from the branch to the main path.
 */
export function opsOf(ops: readonly Op[], seen: Map<Op, number> = new Map()): DiagramOp[] {
  return ops.map((op) => {
    const n = (seen.get(op) ?? 0) + 1;
    seen.set(op, n);
    return { key: `${op}-${n}`, label: OP_LABELS[op], kind: op };
  });
}

/** The boxes a shortcut kind puts on the shortcut (null: no shortcut) and on the branch's end. */
export function shortcutOps(spec: MlpSpec): { shortcut: DiagramOp[] | null; branchScale: DiagramOp[] } {
  const kind: ShortcutKey = spec.shortcut;
  const box = (key: string, label: string, k: DiagramOp['kind'] = 'shortcut'): DiagramOp => ({ key, label, kind: k });
  switch (kind) {
    case 'none':
      return { shortcut: null, branchScale: [] };
    case 'identity':
      return { shortcut: [], branchScale: [] };
    case 'scaling':
      return {
        shortcut: [box('h', `×${spec.lambda}`)],
        branchScale: spec.scaleBranch ? [box('s', `×${Number((1 - spec.lambda).toFixed(3))}`, 'scale')] : [],
      };
    case 'exclusiveGate':
      return { shortcut: [box('h', '×(1−g(x))')], branchScale: [box('s', '×g(x)', 'scale')] };
    case 'shortcutGate':
      return { shortcut: [box('h', '×(1−g(x))')], branchScale: [] };
    case 'projection':
      return { shortcut: [box('h', '1×1 conv')], branchScale: [] };
    case 'dropout':
      return { shortcut: [box('h', `dropout ${spec.dropP}`)], branchScale: [] };
  }
}

/** A lab unit as a diagram: branch and after-addition ops from `planOf`, shortcut from the registry. */
export function unitOfSpec(spec: MlpSpec, id: string, title: string): UnitDiagram {
  const plan = planOf(spec);
  const seen = new Map<Op, number>();
  const branch = opsOf(plan.unit.branch, seen);
  const afterAdd = opsOf(plan.unit.afterAdd, seen);
  const { shortcut, branchScale } = shortcutOps(spec);
  return {
    id,
    title,
    input: 'x_l',
    output: 'x_l+1',
    branch: [...branch, ...branchScale],
    shortcut,
    afterAdd,
    results: [],
    notes: [],
  };
}

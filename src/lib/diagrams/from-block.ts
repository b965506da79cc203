/**
 * The one diagram adapter: a unit of the architecture description (src/lib/arch) as a block diagram.
 * Its boxes come from `layersOfBlock`, the expansion the cost model counts and the tfjs builder
 * follows, so the drawn unit is the counted and the trained unit. Two levels of detail:
 * `layers` draws P1's figures (one box per conv with its size, BN and ReLU merged, shapes and
 * multiply-adds from the cost model); `ops` draws P2's (one box per weight, BN and ReLU, so a
 * placement's moves are visible, with x_l and x_l+1 for input and output).
 */
import { afterOf, layersOfBlock } from '../arch/block';
import { costOfConv } from '../arch/cost';
import type { Op } from '../arch/placements';
import { blockOutput, convOutput, formatShape } from '../arch/shapes';
import type { After, ConvLayer, ResidualBlock, Shape } from '../arch/types';
import type { DiagramOp, UnitDiagram } from './types';

/** Multiply-adds in words, spelt as the cost charts spell them: "115.6 M multiply-adds" (one decimal, millions). */
export function formatMacs(macs: number): string {
  return `${(macs / 1e6).toFixed(1)} M multiply-adds`;
}

/** A conv's box label as in P1 Fig. 3: "3×3 conv, 128, /2". */
export function convLabel(conv: ConvLayer): string {
  return `${conv.kernel}×${conv.kernel} conv, ${conv.outChannels}${conv.stride === 2 ? ', /2' : ''}`;
}

type Keyer = (kind: DiagramOp['kind']) => string;

/**
 * Counts boxes per kind so keys read 'weight-1', 'bn-2', …, across the whole unit: the same box keeps
 * its key when a placement moves it from the branch to the main path.
 */
function keyer(): Keyer {
  const seen = new Map<string, number>();
  return (kind) => {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    return `${kind}-${n}`;
  };
}

const OP_LABELS: Record<Op, string> = { weight: 'weight', bn: 'BN', act: 'ReLU' };

/** One box per op (the `ops` level). */
function opBoxes(ops: readonly Op[], key: Keyer): DiagramOp[] {
  return ops.map((op) => ({ key: key(op), label: OP_LABELS[op], kind: op }));
}

/** BN and ReLU in one box (the `layers` level: these diagrams are about convs and shortcuts, not ordering). */
function afterBoxes(after: After, key: Keyer): DiagramOp[] {
  switch (after) {
    case 'bn-relu':
      return [{ key: key('act'), label: 'BN, ReLU', kind: 'act' }];
    case 'bn':
      return [{ key: key('bn'), label: 'BN', kind: 'bn' }];
    case 'relu':
      return [{ key: key('act'), label: 'ReLU', kind: 'act' }];
    case 'none':
      return [];
  }
}

/** Options for {@link unitDiagram}. */
export interface UnitDiagramOptions {
  /** Panel id. */
  id: string;
  /** Panel heading. */
  title: string;
  /** `layers`: P1-style conv boxes; `ops`: one box per weight, BN and ReLU. */
  detail: 'layers' | 'ops';
  /** Show each conv's multiply-adds under its label (`layers` only). */
  macs?: boolean;
  /** Input and output labels: the map's shape, its channels only ("64-d", as P1 Fig. 5), or x_l and x_l+1. */
  io?: 'shape' | 'channels' | 'symbols';
}

/** The boxes a shortcut kind puts on the shortcut (null: no shortcut) and at the branch's end. */
function shortcutBoxes(block: ResidualBlock, shortcutLayer: ConvLayer | null, input: Shape, options: UnitDiagramOptions, key: Keyer): { shortcut: DiagramOp[] | null; branchEnd: DiagramOp[] } {
  const box = (k: string, label: string, kind: DiagramOp['kind'] = 'shortcut'): DiagramOp => ({ key: k, label, kind });
  const p = block.shortcutParams;
  switch (block.shortcut) {
    case 'none':
      return { shortcut: null, branchEnd: [] };
    case 'identity':
      return { shortcut: [], branchEnd: [] };
    case 'zeroPad':
      return {
        shortcut: [{ ...box('pad', block.stride === 2 ? 'subsample /2, pad' : 'pad'), detail: `+${block.outChannels - block.inChannels} zero channels` }],
        branchEnd: [],
      };
    case 'scaling': {
      const lambda = p?.lambda ?? 1;
      return {
        shortcut: [box('h', `×${lambda}`)],
        branchEnd: p?.scaleBranch ? [box('s', `×${Number((1 - lambda).toFixed(3))}`, 'scale')] : [],
      };
    }
    case 'exclusiveGate':
      return { shortcut: [box('h', '×(1−g(x))')], branchEnd: [box('s', '×g(x)', 'scale')] };
    case 'shortcutGate':
      return { shortcut: [box('h', '×(1−g(x))')], branchEnd: [] };
    case 'dropout':
      return { shortcut: [box('h', `dropout ${p?.dropP ?? 0.5}`)], branchEnd: [] };
    case 'projection': {
      if (options.detail === 'ops') return { shortcut: [box('h', '1×1 conv')], branchEnd: [] };
      const w = shortcutLayer as ConvLayer;
      const detail = options.macs ? formatMacs(costOfConv(w, input).macs) : undefined;
      return {
        shortcut: [{ ...box('proj', `W_s: ${convLabel(w).replace(' conv', '')}`), ...(detail ? { detail } : {}) }, ...afterBoxes(w.after, key)],
        branchEnd: [],
      };
    }
  }
}

/** A unit reading `input` as a diagram. */
export function unitDiagram(block: ResidualBlock, input: Shape, options: UnitDiagramOptions): UnitDiagram {
  const layers = layersOfBlock(block);
  const key = keyer();
  const branch: DiagramOp[] = [];
  let afterAdd: DiagramOp[];
  if (options.detail === 'ops') {
    branch.push(...opBoxes([...layers.pre, ...layers.branch], key));
    afterAdd = opBoxes(layers.afterAdd, key);
  } else {
    if (!layers.preShared) branch.push(...afterBoxes(afterOf(layers.pre), key));
    let shape = input;
    for (const conv of layers.convs) {
      const detail = options.macs ? formatMacs(costOfConv(conv, shape).macs) : undefined;
      branch.push({ key: key('weight'), label: convLabel(conv), kind: 'weight', ...(detail ? { detail } : {}) });
      branch.push(...afterBoxes(conv.after, key));
      shape = convOutput(conv, shape);
    }
    afterAdd = [];
  }
  const { shortcut, branchEnd } = shortcutBoxes(block, layers.shortcutLayer, input, options, key);
  if (options.detail === 'layers') afterAdd = afterBoxes(afterOf(layers.afterAdd), key);
  const io = options.io ?? 'shape';
  const label = (s: Shape, symbol: string) => (io === 'symbols' ? symbol : io === 'channels' ? `${s.channels}-d` : formatShape(s));
  return {
    id: options.id,
    title: options.title,
    input: label(input, 'x_l'),
    output: label(blockOutput(block, input), 'x_l+1'),
    branch: [...branch, ...branchEnd],
    shortcut,
    afterAdd,
    results: [],
    notes: [],
  };
}

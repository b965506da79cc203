/**
 * Unit diagrams from the CNN description in src/lib/arch: the convs come from `layersOfBlock`, the
 * shapes from `blockOutput` and the multiply-adds from `costOfConv`, the same functions the cost
 * model counts with.
 */
import { costOfConv, convOutput, formatShape, layersOfBlock, blockOutput } from '../arch';
import type { After, ConvLayer, ResidualBlock, Shape } from '../arch';
import type { DiagramOp, UnitDiagram } from './types';

/** Multiply-adds in words: "115.6 M mult-adds" (one decimal, millions). */
export function formatMacs(macs: number): string {
  return `${(macs / 1e6).toFixed(1)} M mult-adds`;
}

/** A conv's box label as in P1 Fig. 3: "3×3 conv, 128, /2". */
export function convLabel(conv: ConvLayer): string {
  return `${conv.kernel}×${conv.kernel} conv, ${conv.outChannels}${conv.stride === 2 ? ', /2' : ''}`;
}

/** Counts boxes per kind so keys read 'weight-1', 'bn-2', …, as in from-nets.ts. */
function keyer(): (kind: DiagramOp['kind']) => string {
  const seen = new Map<string, number>();
  return (kind) => {
    const n = (seen.get(kind) ?? 0) + 1;
    seen.set(kind, n);
    return `${kind}-${n}`;
  };
}

function afterOps(after: After, key: (kind: DiagramOp['kind']) => string): DiagramOp[] {
  // BN and ReLU share one box here: these diagrams are about convs and shortcuts, not ordering.
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

/** Options for {@link unitOfBlock}. */
export interface UnitOfBlockOptions {
  /** Panel id. */
  id: string;
  /** Panel heading. */
  title: string;
  /** Show each conv's multiply-adds under its label. */
  macs?: boolean;
  /** Label the input and output by channels only ("64-d"), as P1 Fig. 5 does. */
  channelsOnly?: boolean;
}

/** A CNN residual unit on a given input shape as a diagram. */
export function unitOfBlock(block: ResidualBlock, input: Shape, options: UnitOfBlockOptions): UnitDiagram {
  const { preActivation, branch, projection, afterAdd } = layersOfBlock(block);
  const key = keyer();
  const ops: DiagramOp[] = preActivation === 'branch' ? afterOps('bn-relu', key) : [];
  let shape = input;
  for (const conv of branch) {
    const detail = options.macs ? formatMacs(costOfConv(conv, shape).macs) : undefined;
    ops.push({ key: key('weight'), label: convLabel(conv), kind: 'weight', ...(detail ? { detail } : {}) });
    ops.push(...afterOps(conv.after, key));
    shape = convOutput(conv, shape);
  }
  const output = blockOutput(block, input);
  const label = (s: Shape) => (options.channelsOnly ? `${s.channels}-d` : formatShape(s));
  let shortcut: DiagramOp[] | null;
  if (block.shortcut === 'none') shortcut = null;
  else if (block.shortcut === 'identity') shortcut = [];
  else if (block.shortcut === 'zero-pad') {
    shortcut = [
      {
        key: 'pad',
        label: block.stride === 2 ? 'subsample /2, pad' : 'pad',
        kind: 'shortcut',
        detail: `+${block.outChannels - block.inChannels} zero channels`,
      },
    ];
  } else {
    const p = projection as ConvLayer;
    const detail = options.macs ? formatMacs(costOfConv(p, input).macs) : undefined;
    shortcut = [
      { key: 'proj', label: `W_s: ${convLabel(p).replace(' conv', '')}`, kind: 'shortcut', ...(detail ? { detail } : {}) },
      ...afterOps(p.after, key),
    ];
  }
  return {
    id: options.id,
    title: options.title,
    input: label(input),
    output: label(output),
    branch: ops,
    shortcut,
    afterAdd: afterAdd === 'relu' ? [{ key: key('act'), label: 'ReLU', kind: 'act' }] : [],
    results: [],
    notes: [],
  };
}

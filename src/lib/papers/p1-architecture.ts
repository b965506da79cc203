// P1 Table 1 (ImageNet ResNet-18…152) held as architecture data; the printed table is derived
// from it, so the table and any code that counts layers or FLOPs read the same numbers.
import { buildRows, num, type RowSpec } from './cells';
import type { BlocksCell, ConvSpec, PaperTable } from './types';

/** Depths that P1 Table 1 lists (the architecture model, src/lib/arch, adds P2's ResNet-200). */
export type P1Depth = 18 | 34 | 50 | 101 | 152;

/** Residual block kinds: two 3×3 convs ('basic'), or 1×1 reduce, 3×3, 1×1 restore ('bottleneck'). */
export type BlockKind = 'basic' | 'bottleneck';

/** A residual stage: its layer-group name and the side of its square output map. */
export interface ImageNetStage {
  /** Layer-group name as printed, e.g. 'conv3_x'. */
  readonly name: string;
  /** Output map side, e.g. 28 for 28×28. */
  readonly outputSize: number;
}

/** One depth (one column of P1 Table 1). */
export interface ImageNetResNet {
  /** Weighted layers. */
  readonly depth: P1Depth;
  /** Block kind used in every stage. */
  readonly block: BlockKind;
  /** Blocks stacked in conv2_x, conv3_x, conv4_x, conv5_x. */
  readonly blocksPerStage: readonly [number, number, number, number];
  /** Multiply-adds in units of 10⁹, as printed (1 decimal). */
  readonly flopsE9: number;
}

/** Stem shared by all depths: a strided 7×7 conv, then a strided 3×3 max pool (start of conv2_x). */
export const P1_STEM = {
  name: 'conv1',
  conv: { kernel: 7, filters: 64, stride: 2 },
  outputSize: 112,
  maxPool: { kernel: 3, stride: 2 },
} as const;

/** The four residual stages, in order. */
export const P1_STAGES: readonly ImageNetStage[] = [
  { name: 'conv2_x', outputSize: 56 },
  { name: 'conv3_x', outputSize: 28 },
  { name: 'conv4_x', outputSize: 14 },
  { name: 'conv5_x', outputSize: 7 },
];

/** Head shared by all depths: global average pool, one fully connected layer, softmax. */
export const P1_HEAD = { outputSize: 1, fcOutputs: 1000 } as const;

const conv = (kernel: number, filters: number): ConvSpec => ({ kernel, filters });

/** Conv layers of one block in each of the four stages, by block kind. */
export const P1_BLOCK_LAYERS: Readonly<Record<BlockKind, readonly (readonly ConvSpec[])[]>> = {
  basic: [
    [conv(3, 64), conv(3, 64)],
    [conv(3, 128), conv(3, 128)],
    [conv(3, 256), conv(3, 256)],
    [conv(3, 512), conv(3, 512)],
  ],
  bottleneck: [
    [conv(1, 64), conv(3, 64), conv(1, 256)],
    [conv(1, 128), conv(3, 128), conv(1, 512)],
    [conv(1, 256), conv(3, 256), conv(1, 1024)],
    [conv(1, 512), conv(3, 512), conv(1, 2048)],
  ],
};

/** The five ImageNet ResNets of P1 Table 1, shallowest first. */
export const P1_ARCHITECTURES: readonly ImageNetResNet[] = [
  { depth: 18, block: 'basic', blocksPerStage: [2, 2, 2, 2], flopsE9: 1.8 },
  { depth: 34, block: 'basic', blocksPerStage: [3, 4, 6, 3], flopsE9: 3.6 },
  { depth: 50, block: 'bottleneck', blocksPerStage: [3, 4, 6, 3], flopsE9: 3.8 },
  { depth: 101, block: 'bottleneck', blocksPerStage: [3, 4, 23, 3], flopsE9: 7.6 },
  { depth: 152, block: 'bottleneck', blocksPerStage: [3, 8, 36, 3], flopsE9: 11.3 },
];

/** The P1 Table 1 column for one depth; throws for a depth the table does not list. */
export function p1Architecture(depth: number): ImageNetResNet {
  const found = P1_ARCHITECTURES.find((a) => a.depth === depth);
  if (!found) {
    const known = P1_ARCHITECTURES.map((a) => a.depth).join(', ');
    throw new Error(`P1 Table 1 has no ${depth}-layer net; known depths: ${known}`);
  }
  return found;
}

const depthKey = (depth: number) => `d${depth}` as const;
const square = (side: number) => `${side}×${side}`;

function blocksCell(arch: ImageNetResNet, stage: number): BlocksCell {
  const layers = P1_BLOCK_LAYERS[arch.block][stage];
  const repeat = arch.blocksPerStage[stage];
  if (!layers || repeat === undefined) throw new Error(`no stage ${stage} in P1 Table 1`);
  return { kind: 'blocks', layers, repeat };
}

const T1_COLUMNS = [
  { key: 'layer', header: 'layer name', kind: 'text' },
  { key: 'output', header: 'output size', kind: 'text' },
  ...P1_ARCHITECTURES.map((a) => ({ key: depthKey(a.depth), header: `${a.depth}-layer`, kind: 'text' }) as const),
] as const;

const FIRST_DEPTH = depthKey(P1_ARCHITECTURES[0]?.depth ?? 18);
const allDepths = (cell: string) => P1_ARCHITECTURES.map(() => cell);
const { conv: stemConv, maxPool } = P1_STEM;

const T1_ROWS: RowSpec[] = [
  [
    'conv1',
    [P1_STEM.name, square(P1_STEM.outputSize), ...allDepths(`${stemConv.kernel}×${stemConv.kernel}, ${stemConv.filters}, stride ${stemConv.stride}`)],
    FIRST_DEPTH,
  ],
  [
    'conv2-x-pool',
    ['conv2_x', square(P1_STAGES[0]?.outputSize ?? 0), ...allDepths(`${maxPool.kernel}×${maxPool.kernel} max pool, stride ${maxPool.stride}`)],
    FIRST_DEPTH,
  ],
  ...P1_STAGES.map(
    (stage, i): RowSpec => [
      stage.name.replace('_', '-'),
      [stage.name, square(stage.outputSize), ...P1_ARCHITECTURES.map((a) => blocksCell(a, i))],
    ],
  ),
  [
    'classifier',
    ['classifier', square(P1_HEAD.outputSize), ...allDepths(`average pool, ${P1_HEAD.fcOutputs}-d fc, softmax`)],
    FIRST_DEPTH,
  ],
  ['flops', ['FLOPs', '', ...P1_ARCHITECTURES.map((a) => num(a.flopsE9, 1, { exp10: 9 }))]],
];

/** P1 Table 1: ImageNet architectures, derived from the data above. */
export const P1_TABLE_1: PaperTable<(typeof T1_COLUMNS)[number]['key']> = {
  id: 'p1-table-1',
  paper: 'P1',
  number: 1,
  section: '3.3, 4.1',
  caption: 'ImageNet architectures from 18 to 152 layers',
  columns: T1_COLUMNS,
  rows: buildRows(T1_COLUMNS, T1_ROWS),
  notes: [
    'Brackets list the conv layers of one block (kernel, filters); ×n is how many blocks the stage stacks.',
    '18 and 34 layers use two-layer blocks; 50, 101 and 152 layers use three-layer bottleneck blocks.',
    'The first block of conv3_x, conv4_x and conv5_x downsamples with stride 2.',
    'FLOPs count multiply-adds.',
  ],
};

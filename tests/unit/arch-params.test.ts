import { describe, expect, test } from 'vitest';
import {
  cifarResNet,
  parameterCount,
  preactResNet,
  shortcutCounts,
  unitsOf,
  weightedDepth,
} from '~lib/arch';
import {
  formatCellParts,
  P2_TABLE_4_NETS,
  P2_TABLE_4_PARAMS_COLUMN,
  paperTable,
  tableCell,
  tableNumber,
  type Cell,
  type Column,
} from '~lib/papers';

/** A parameter count as the paper prints it: the text ("0.27M"), its value and its decimal count. */
interface Printed {
  readonly printed: string;
  readonly value: number;
  readonly decimals: number;
}

function printedParams(cell: Cell, column: Column): Printed {
  if (cell.kind !== 'number') throw new Error(`expected a published parameter count, got "${cell.kind}"`);
  return { printed: formatCellParts(cell, column).main, value: cell.value, decimals: cell.decimals };
}

const T6_PARAMS = paperTable('p1-table-6').columns.find((c) => c.key === 'params')!;

/** P1 Table 6: CIFAR-10 ResNets, n units per map size (6n+2 layers); counts read from the table. */
const P1_TABLE6 = [
  { n: 3, row: 'resnet-20' },
  { n: 5, row: 'resnet-32' },
  { n: 7, row: 'resnet-44' },
  { n: 9, row: 'resnet-56' },
  { n: 18, row: 'resnet-110' },
  { n: 200, row: 'resnet-1202' },
].map(({ n, row }) => ({
  n,
  layers: tableNumber('p1-table-6', row, 'layers'),
  ...printedParams(tableCell('p1-table-6', row, 'params'), T6_PARAMS),
}));
/** P2 Table 4: pre-activation bottleneck ResNets, 9n+2 layers; counts read from the P2 data. */
const N_OF_P2_DEPTH: Readonly<Record<number, number>> = { 164: 18, 1001: 111 };
const P2_TABLE4 = P2_TABLE_4_NETS.map((net) => ({
  n: N_OF_P2_DEPTH[net.depth]!,
  layers: net.depth,
  ...printedParams(net.params, P2_TABLE_4_PARAMS_COLUMN),
}));
/** P2 Table 3 note: ResNet-1001 has 333 units, 111 per feature-map size. */
const RESNET1001_UNITS = 333;
/** P2 Table 1 setup: ResNet-110 has 54 two-layer units. */
const RESNET110_UNITS = 54;

/** A count in millions, rounded to the decimals the paper printed. */
const millions = (params: number, decimals: number) => {
  const scale = 10 ** decimals;
  return Math.round((params / 1e6) * scale) / scale;
};

describe('P1 Table 6: CIFAR-10 ResNets (option A, weights and BN counted)', () => {
  test.each(P1_TABLE6)('the $layers-layer ResNet (n = $n) has $printed parameters', ({ n, value, decimals }) => {
    expect(millions(parameterCount(cifarResNet(n)), decimals)).toBe(value);
  });

  test.each(P1_TABLE6)('n = $n gives 6n+2 = $layers weighted layers and 3n shortcuts', ({ n, layers }) => {
    const net = cifarResNet(n);
    expect(weightedDepth(net)).toBe(layers);
    expect(unitsOf(net)).toHaveLength(3 * n);
  });

  test('option A adds no parameters: each CIFAR ResNet has exactly the parameters of its plain twin', () => {
    for (const { n } of P1_TABLE6) {
      expect(parameterCount(cifarResNet(n))).toBe(parameterCount(cifarResNet(n, { option: 'plain' })));
    }
  });

  test('ResNet-1202 needs the BN scales and shifts counted: its weights alone miss the printed count', () => {
    const { n, value, decimals } = P1_TABLE6[5]!;
    expect(millions(parameterCount(cifarResNet(n), 'weights-only'), decimals)).not.toBe(value);
  });

  test(`ResNet-110 has ${RESNET110_UNITS} units`, () => {
    expect(unitsOf(cifarResNet(18))).toHaveLength(RESNET110_UNITS);
  });
});

describe('P2 Table 4: pre-activation bottleneck ResNets (weights counted, BN not)', () => {
  test('the data lists ResNet-164 and ResNet-1001', () => {
    expect(P2_TABLE4.map((r) => r.layers)).toEqual([164, 1001]);
  });

  test.each(P2_TABLE4)('ResNet-$layers (n = $n) has $printed parameters', ({ n, value, decimals }) => {
    expect(millions(parameterCount(preactResNet(n), 'weights-only'), decimals)).toBe(value);
  });

  test.each(P2_TABLE4)('n = $n gives 9n+2 = $layers weighted layers', ({ n, layers }) => {
    expect(weightedDepth(preactResNet(n))).toBe(layers);
  });

  test('the counts need projection shortcuts where dimensions change, three in all; zero-padding misses them', () => {
    for (const { n, value, decimals } of P2_TABLE4) {
      expect(shortcutCounts(preactResNet(n)).projection).toBe(3);
      const padded = cifarResNet(n, { unit: 'bottleneck', activation: 'pre', option: 'A' });
      expect(millions(parameterCount(padded, 'weights-only'), decimals)).not.toBe(value);
    }
  });

  test("counting BN as P1 Table 6 does would miss ResNet-1001's printed count", () => {
    const { n, value, decimals } = P2_TABLE4[1]!;
    expect(millions(parameterCount(preactResNet(n)), decimals)).not.toBe(value);
  });

  test(`ResNet-1001 has ${RESNET1001_UNITS} bottleneck units, a third at each map size`, () => {
    const units = unitsOf(preactResNet(111));
    expect(units).toHaveLength(RESNET1001_UNITS);
    for (const width of [16, 32, 64]) expect(units.filter((u) => u.width === width)).toHaveLength(RESNET1001_UNITS / 3);
  });

  test('pre-activation units share their BN→ReLU with the shortcut only first and where they project', () => {
    const units = unitsOf(preactResNet(18));
    const shared = units.filter((u) => u.sharedPreActivation);
    expect(shared).toHaveLength(3);
    expect(shared.every((u) => u.shortcut === 'projection')).toBe(true);
    expect(units[0]!.sharedPreActivation).toBe(true);
    expect(units.every((u) => u.placement === 'fullPreact')).toBe(true);
  });
});

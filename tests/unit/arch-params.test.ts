import { describe, expect, test } from 'vitest';
import {
  cifarResNet,
  parameterCount,
  preactResNet,
  shortcutCounts,
  unitsOf,
  weightedDepth,
} from '~lib/arch';

/** P1 Table 6: CIFAR-10 ResNets, n units per map size, 6n+2 layers, # params in millions. */
const P1_TABLE6 = [
  { n: 3, layers: 20, printed: '0.27' },
  { n: 5, layers: 32, printed: '0.46' },
  { n: 7, layers: 44, printed: '0.66' },
  { n: 9, layers: 56, printed: '0.85' },
  { n: 18, layers: 110, printed: '1.7' },
  { n: 200, layers: 1202, printed: '19.4' },
] as const;
/** P2 Table 4: pre-activation bottleneck ResNets, 9n+2 layers, # params in millions. */
const P2_TABLE4 = [
  { n: 18, layers: 164, printed: '1.7' },
  { n: 111, layers: 1001, printed: '10.2' },
] as const;
/** P2 Table 3 note: ResNet-1001 has 333 units, 111 per feature-map size. */
const RESNET1001_UNITS = 333;
/** P2 Table 1 setup: ResNet-110 has 54 two-layer units. */
const RESNET110_UNITS = 54;

const decimals = (printed: string) => printed.split('.')[1]?.length ?? 0;
const millions = (params: number, printed: string) => {
  const scale = 10 ** decimals(printed);
  return Math.round((params / 1e6) * scale) / scale;
};

describe('P1 Table 6: CIFAR-10 ResNets (option A, weights and BN counted)', () => {
  test.each(P1_TABLE6)('the $layers-layer ResNet (n = $n) has $printed M parameters', ({ n, printed }) => {
    expect(millions(parameterCount(cifarResNet(n)), printed)).toBe(Number(printed));
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

  test('ResNet-1202 needs the BN scales and shifts counted: its weights alone miss 19.4 M', () => {
    const { n, printed } = P1_TABLE6[5];
    expect(millions(parameterCount(cifarResNet(n), 'weights-only'), printed)).not.toBe(Number(printed));
  });

  test(`ResNet-110 has ${RESNET110_UNITS} units`, () => {
    expect(unitsOf(cifarResNet(18))).toHaveLength(RESNET110_UNITS);
  });
});

describe('P2 Table 4: pre-activation bottleneck ResNets (weights counted, BN not)', () => {
  test.each(P2_TABLE4)('ResNet-$layers (n = $n) has $printed M parameters', ({ n, printed }) => {
    expect(millions(parameterCount(preactResNet(n), 'weights-only'), printed)).toBe(Number(printed));
  });

  test.each(P2_TABLE4)('n = $n gives 9n+2 = $layers weighted layers', ({ n, layers }) => {
    expect(weightedDepth(preactResNet(n))).toBe(layers);
  });

  test('the counts need projection shortcuts where dimensions change, three in all; zero-padding misses them', () => {
    for (const { n, printed } of P2_TABLE4) {
      expect(shortcutCounts(preactResNet(n)).projection).toBe(3);
      const padded = cifarResNet(n, { unit: 'bottleneck', activation: 'pre', option: 'A' });
      expect(millions(parameterCount(padded, 'weights-only'), printed)).not.toBe(Number(printed));
    }
  });

  test("counting BN as P1 Table 6 does would miss ResNet-1001's 10.2 M", () => {
    const { n, printed } = P2_TABLE4[1];
    expect(millions(parameterCount(preactResNet(n)), printed)).not.toBe(Number(printed));
  });

  test(`ResNet-1001 has ${RESNET1001_UNITS} bottleneck units, a third at each map size`, () => {
    const units = unitsOf(preactResNet(111));
    expect(units).toHaveLength(RESNET1001_UNITS);
    for (const width of [16, 32, 64]) expect(units.filter((u) => u.width === width)).toHaveLength(RESNET1001_UNITS / 3);
  });

  test('pre-activation units share their BN→ReLU with the shortcut only first and where they project', () => {
    const units = unitsOf(preactResNet(18));
    const shared = units.filter((u) => u.order === 'pre-shared');
    expect(shared).toHaveLength(3);
    expect(shared.every((u) => u.shortcut === 'projection')).toBe(true);
    expect(units[0]!.order).toBe('pre-shared');
  });
});

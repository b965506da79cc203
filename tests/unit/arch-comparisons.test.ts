import { describe, expect, test } from 'vitest';
import {
  blockCost,
  compareStem,
  imagenetResNet,
  multiplyAdds,
  parameterCount,
  shortcutOverhead,
  stageBreakdown,
  vgg,
} from '~lib/arch';

/** facts.md Q10c, DERIVED: multiply-adds of one unit at 56×56, in millions. */
const Q10C_MILLION_MACS = { basic: '231', bottleneck: '218', 'bottleneck-projection': '424' } as const;
/** P1 Sec. 4.1: a projection on the bottleneck's shortcut "doubles" time complexity and model size. */
const PROJECTION_FACTOR = 2;
/** facts.md Q5, DERIVED: ResNet-34's 7×7 stem costs about 0.12 G; P1 Table 1: conv2_x works on 56×56. */
const RESNET34_STEM_GIGA = '0.12';
const CONV2_SIZE = 56;
/** P1 Sec. 4.1: option C's extra parameters come from "thirteen projection shortcuts" beyond B. */
const EXTRA_PROJECTIONS_C_OVER_B = 13;

const decimals = (printed: string) => printed.split('.')[1]?.length ?? 0;
const roundTo = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

describe('blockCost: P1 Fig. 5 at 56×56', () => {
  const rows = blockCost();
  const row = (key: keyof typeof Q10C_MILLION_MACS) => rows.find((r) => r.key === key)!;

  test.each(Object.entries(Q10C_MILLION_MACS))('the %s unit costs about %s M multiply-adds', (key, printed) => {
    expect(roundTo(row(key as keyof typeof Q10C_MILLION_MACS).macs / 1e6, decimals(printed))).toBe(Number(printed));
  });

  test('the 256-d bottleneck is slightly cheaper than the 64-d basic block: similar time complexity', () => {
    expect(row('bottleneck').macs).toBeLessThan(row('basic').macs);
    expect(row('bottleneck').macs / row('basic').macs).toBeGreaterThan(0.9);
  });

  test('a projection shortcut roughly doubles the bottleneck’s multiply-adds and parameters', () => {
    expect(Math.round(row('bottleneck-projection').macs / row('bottleneck').macs)).toBe(PROJECTION_FACTOR);
    expect(Math.round(row('bottleneck-projection').params / row('bottleneck').params)).toBe(PROJECTION_FACTOR);
  });
});

describe('compareStem: why ResNet-34 downsamples before its first stage', () => {
  const { real, strideOne } = compareStem();

  test('the real 7×7/2 stem costs about 0.12 G and hands conv2_x a 56×56 map', () => {
    expect(roundTo(real.stemMacs / 1e9, decimals(RESNET34_STEM_GIGA))).toBe(Number(RESNET34_STEM_GIGA));
    expect(real.nextStageSize).toBe(CONV2_SIZE);
  });

  test('a 3×3/1 stem is cheaper itself, but conv2_x then runs at 224 and costs 16 times more', () => {
    expect(strideOne.stemMacs).toBeLessThan(real.stemMacs);
    expect(strideOne.nextStageSize).toBe(224);
    expect(strideOne.nextStageMacs / real.nextStageMacs).toBe((224 / CONV2_SIZE) ** 2);
    expect(strideOne.totalMacs).toBeGreaterThan(multiplyAdds(vgg(19)));
  });
});

describe('shortcutOverhead: options A, B and C on ResNet-34 (P1 Table 3)', () => {
  const [a, b, c] = shortcutOverhead();

  test('A adds nothing, B projects only at the three changes of dimension, C adds thirteen more', () => {
    expect(a!.projections).toBe(0);
    expect(a!.params).toBe(parameterCount(imagenetResNet(34, 'plain')));
    expect(b!.projections).toBe(3);
    expect(c!.projections - b!.projections).toBe(EXTRA_PROJECTIONS_C_OVER_B);
  });

  test('each option costs more parameters and multiply-adds than the one before, and C stays a small overhead', () => {
    expect(b!.extraParams).toBeGreaterThan(0);
    expect(c!.extraParams).toBeGreaterThan(b!.extraParams);
    expect(c!.extraMacs).toBeGreaterThan(b!.extraMacs);
    expect(c!.extraParams / a!.params).toBeLessThan(0.1);
  });
});

describe('stageBreakdown', () => {
  test('its stages add up to the network, and its shares to one', () => {
    for (const net of [imagenetResNet(50), vgg(19)]) {
      const rows = stageBreakdown(net);
      expect(rows.reduce((s, r) => s + r.macs, 0)).toBe(multiplyAdds(net));
      expect(rows.reduce((s, r) => s + r.params, 0)).toBe(parameterCount(net));
      expect(rows.reduce((s, r) => s + r.macsShare, 0)).toBeCloseTo(1, 12);
      expect(rows.reduce((s, r) => s + r.paramsShare, 0)).toBeCloseTo(1, 12);
    }
  });

  test('VGG-19 keeps most of its parameters in the FC stage and most of its multiply-adds in the convs', () => {
    const fc = stageBreakdown(vgg(19)).find((r) => r.name === 'fc')!;
    expect(fc.paramsShare).toBeGreaterThan(0.5);
    expect(fc.macsShare).toBeLessThan(0.01);
  });
});

import { describe, expect, test } from 'vitest';
import {
  buildNetwork,
  costOfNetwork,
  imagenetResNet,
  multiplyAdds,
  plainNet,
  vgg,
  weightLayerCosts,
  type NetworkKey,
} from '~lib/arch';
import { formatCellParts, P1_ARCHITECTURES, P1_TABLE_1, tableCell } from '~lib/papers';

/** A printed FLOPs figure: its text ("3.6"), value and decimal count, from src/lib/papers. */
function printedFlops(row: string) {
  const cell = tableCell('p1-flops', row, 'flops');
  if (cell.kind !== 'number') throw new Error(`p1-flops / ${row} is "${cell.kind}", not a number`);
  return { printed: formatCellParts(cell).main, value: cell.value, decimals: cell.decimals };
}

/**
 * P1's printed multiply-add counts (Table 1, Sec. 3.3, Sec. 4.1), in units of 10⁹, read from the
 * 'p1-flops' list. `reading` says how the printed figure relates to the full count (convs + FC):
 * rounded, except two that only match another reading (see src/lib/arch/cost.ts): ResNet-50
 * truncated, VGG-16 its conv layers alone.
 */
const P1_GIGA_MACS = (
  [
    { key: 'resnet18', row: 'resnet-18', reading: 'rounded' },
    { key: 'resnet34', row: 'resnet-34', reading: 'rounded' },
    { key: 'resnet50', row: 'resnet-50', reading: 'truncated' },
    { key: 'resnet101', row: 'resnet-101', reading: 'rounded' },
    { key: 'resnet152', row: 'resnet-152', reading: 'rounded' },
    { key: 'vgg19', row: 'vgg-19', reading: 'rounded' },
    { key: 'vgg16', row: 'vgg-16', reading: 'convs only' },
    { key: 'plain34', row: 'plain-34', reading: 'rounded' },
  ] as const satisfies readonly { key: NetworkKey; row: string; reading: 'rounded' | 'truncated' | 'convs only' }[]
).map((entry) => ({ ...entry, ...printedFlops(entry.row) }));
/** P1 Sec. 3.3: plain-34's FLOPs are "18% of VGG-19", in percent. */
const PLAIN34_PERCENT_OF_VGG19 = '18';
/** facts.md Q5, DERIVED from P1 Table 1 and Fig. 3 (10⁹ multiply-adds unless named otherwise). */
const Q5 = {
  vgg19Conv64At224: '1.85',
  resnet34Conv3x3: '0.116',
  vgg19OverResnet34PerLayer: 16,
  resnet34Stem: '0.12',
  vgg19FcMacs: '0.12',
  vgg19FcMillionParams: '124',
  vgg19FcPercentOfMacs: '0.6',
};

const decimals = (printed: string) => printed.split('.')[1]?.length ?? 0;
const roundTo = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
const truncTo = (x: number, d: number) => Math.floor(x * 10 ** d) / 10 ** d;
const convMacs = (key: NetworkKey) =>
  weightLayerCosts(buildNetwork(key))
    .filter((row) => row.layer.kind === 'conv')
    .reduce((sum, row) => sum + row.cost.macs, 0);

describe('P1 FLOPs (multiply-adds)', () => {
  test.each(P1_GIGA_MACS)('$key costs $printed × 10⁹ multiply-adds as P1 prints it ($reading)', (row) => {
    const { key, value, decimals: d, reading } = row;
    const giga = (reading === 'convs only' ? convMacs(key) : multiplyAdds(buildNetwork(key))) / 1e9;
    expect(reading === 'truncated' ? truncTo(giga, d) : roundTo(giga, d)).toBe(value);
  });

  test("P1 Table 1's FLOPs row prints the same figures as the FLOPs list, depth by depth", () => {
    const tableRow = P1_TABLE_1.rows.find((r) => r.key === 'flops')!;
    for (const arch of P1_ARCHITECTURES) {
      const cell = tableRow.cells[`d${arch.depth}` as keyof typeof tableRow.cells];
      const listed = P1_GIGA_MACS.find((r) => r.key === `resnet${arch.depth}`)!;
      expect(cell, `ResNet-${arch.depth}`).toMatchObject({ kind: 'number', value: listed.value, decimals: listed.decimals });
    }
  });

  test('no single reading fits all eight figures: ResNet-50 rounds up, VGG-19 needs its FC layers', () => {
    const figure = (key: NetworkKey) => P1_GIGA_MACS.find((row) => row.key === key)!.value;
    expect(roundTo(multiplyAdds(buildNetwork('resnet50')) / 1e9, 1)).not.toBe(figure('resnet50'));
    expect(roundTo(convMacs('vgg19') / 1e9, 1)).not.toBe(figure('vgg19'));
    expect(roundTo(multiplyAdds(buildNetwork('vgg16')) / 1e9, 1)).not.toBe(figure('vgg16'));
  });

  test("plain-34's FLOPs are 18 % of VGG-19's, computed from the rounded figures as P1 does", () => {
    const plain = roundTo(multiplyAdds(plainNet(34)) / 1e9, 1);
    const vgg19 = roundTo(multiplyAdds(vgg(19)) / 1e9, 1);
    expect(Math.round((100 * plain) / vgg19)).toBe(Number(PLAIN34_PERCENT_OF_VGG19));
    const printed = (key: NetworkKey) => P1_GIGA_MACS.find((row) => row.key === key)!.value;
    expect(Math.round((100 * printed('plain34')) / printed('vgg19'))).toBe(Number(PLAIN34_PERCENT_OF_VGG19));
  });

  test('identity and zero-pad shortcuts add no multiply-adds: ResNet-34 A costs exactly what plain-34 costs', () => {
    expect(multiplyAdds(imagenetResNet(34, 'A'))).toBe(multiplyAdds(plainNet(34)));
  });

  test('the shortcut additions of ResNet-34 are a negligible fraction of its multiply-adds', () => {
    const { total } = costOfNetwork(imagenetResNet(34));
    expect(total.shortcutAdds).toBeGreaterThan(0);
    expect(total.shortcutAdds / total.macs).toBeLessThan(1e-3);
  });

  test('ResNet-152 still costs less than VGG-16 and VGG-19', () => {
    const r152 = multiplyAdds(imagenetResNet(152));
    expect(r152).toBeLessThan(multiplyAdds(vgg(16)));
    expect(r152).toBeLessThan(multiplyAdds(vgg(19)));
  });
});

describe('Q5: where VGG-19 and ResNet-34 spend their multiply-adds (DERIVED)', () => {
  const vggLayers = weightLayerCosts(vgg(19));
  const resLayers = weightLayerCosts(imagenetResNet(34));
  const conv64At224 = vggLayers.find(
    (r) => r.layer.kind === 'conv' && r.layer.inChannels === 64 && r.output.height === 224,
  )!;
  const conv3x3 = resLayers.filter((r) => r.layer.kind === 'conv' && r.layer.kernel === 3);

  test("a 64-filter 3×3 layer of VGG-19 at 224×224 costs about 1.85 G", () => {
    expect(roundTo(conv64At224.cost.macs / 1e9, decimals(Q5.vgg19Conv64At224))).toBe(Number(Q5.vgg19Conv64At224));
  });

  test("a 64-filter 3×3 layer of ResNet-34 at 56×56 costs about 0.116 G, 16 times less", () => {
    const first = conv3x3.find((r) => r.stage === 'conv2_x')!;
    expect(roundTo(first.cost.macs / 1e9, decimals(Q5.resnet34Conv3x3))).toBe(Number(Q5.resnet34Conv3x3));
    expect(conv64At224.cost.macs / first.cost.macs).toBe(Q5.vgg19OverResnet34PerLayer);
  });

  test('every 3×3 layer of ResNet-34 costs the same, except the three stride-2 ones, which cost half', () => {
    const full = conv3x3[0]!.cost.macs;
    const strided = conv3x3.filter((r) => r.layer.kind === 'conv' && r.layer.stride === 2);
    expect(strided).toHaveLength(3);
    for (const row of conv3x3) expect(row.cost.macs).toBe(strided.includes(row) ? full / 2 : full);
  });

  test("ResNet-34's whole 7×7 stem costs about 0.12 G", () => {
    const stem = costOfNetwork(imagenetResNet(34)).stages.find((s) => s.name === 'conv1')!;
    expect(roundTo(stem.cost.macs / 1e9, decimals(Q5.resnet34Stem))).toBe(Number(Q5.resnet34Stem));
  });

  test("VGG-19's three FC layers cost about 0.12 G, 0.6 % of the network, but hold about 124 M parameters", () => {
    const fcs = vggLayers.filter((r) => r.layer.kind === 'fc');
    expect(fcs).toHaveLength(3);
    const macs = fcs.reduce((s, r) => s + r.cost.macs, 0);
    const params = fcs.reduce((s, r) => s + r.cost.weights, 0);
    expect(roundTo(macs / 1e9, decimals(Q5.vgg19FcMacs))).toBe(Number(Q5.vgg19FcMacs));
    const percent = (100 * macs) / multiplyAdds(vgg(19));
    expect(roundTo(percent, decimals(Q5.vgg19FcPercentOfMacs))).toBe(Number(Q5.vgg19FcPercentOfMacs));
    expect(Math.round(params / 1e6)).toBe(Number(Q5.vgg19FcMillionParams));
  });
});

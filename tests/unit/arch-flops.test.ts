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

/**
 * P1's printed multiply-add counts (Table 1, Sec. 3.3, Sec. 4.1), in units of 10⁹. `reading` says how
 * the printed figure relates to the full count (convs + FC): rounded, except two that only match
 * another reading (see src/lib/arch/cost.ts): ResNet-50 truncated, VGG-16 its conv layers alone.
 */
const P1_GIGA_MACS: readonly { key: NetworkKey; printed: string; reading: 'rounded' | 'truncated' | 'convs only' }[] = [
  { key: 'resnet18', printed: '1.8', reading: 'rounded' },
  { key: 'resnet34', printed: '3.6', reading: 'rounded' },
  { key: 'resnet50', printed: '3.8', reading: 'truncated' },
  { key: 'resnet101', printed: '7.6', reading: 'rounded' },
  { key: 'resnet152', printed: '11.3', reading: 'rounded' },
  { key: 'vgg19', printed: '19.6', reading: 'rounded' },
  { key: 'vgg16', printed: '15.3', reading: 'convs only' },
  { key: 'plain34', printed: '3.6', reading: 'rounded' },
];
/** P1 Sec. 3.3: plain-34's 3.6 G is "18% of VGG-19 (19.6 billion FLOPs)", in percent. */
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
    const { key, printed, reading } = row;
    const giga = (reading === 'convs only' ? convMacs(key) : multiplyAdds(buildNetwork(key))) / 1e9;
    const d = decimals(printed);
    expect(reading === 'truncated' ? truncTo(giga, d) : roundTo(giga, d)).toBe(Number(printed));
  });

  test('no single reading fits all eight figures: ResNet-50 rounds up, VGG-19 needs its FC layers', () => {
    const figure = (key: NetworkKey) => Number(P1_GIGA_MACS.find((row) => row.key === key)!.printed);
    expect(roundTo(multiplyAdds(buildNetwork('resnet50')) / 1e9, 1)).not.toBe(figure('resnet50'));
    expect(roundTo(convMacs('vgg19') / 1e9, 1)).not.toBe(figure('vgg19'));
    expect(roundTo(multiplyAdds(buildNetwork('vgg16')) / 1e9, 1)).not.toBe(figure('vgg16'));
  });

  test("plain-34's 3.6 G is 18 % of VGG-19's 19.6 G, computed from the rounded figures as P1 does", () => {
    const plain = roundTo(multiplyAdds(plainNet(34)) / 1e9, 1);
    const vgg19 = roundTo(multiplyAdds(vgg(19)) / 1e9, 1);
    expect(Math.round((100 * plain) / vgg19)).toBe(Number(PLAIN34_PERCENT_OF_VGG19));
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

import { describe, expect, test } from 'vitest';
import {
  blockOutput,
  conv,
  cifarResNet,
  imagenetResNet,
  outputShape,
  preactResNet,
  stageOutputs,
  unitsOf,
  vgg,
  windowOutput,
  type ImageNetDepth,
} from '~lib/arch';

/** P1 Table 1: layer names and output sizes, the same at every depth. */
const P1_TABLE1_STAGES = ['conv1', 'conv2_x', 'conv3_x', 'conv4_x', 'conv5_x', 'fc'];
const P1_TABLE1_SIZES = [112, 56, 28, 14, 7, 1];
/** P1 Table 1: channels leaving each stage of the bottleneck nets (1×1, 256 … 1×1, 2048; 1000-d fc). */
const P1_BOTTLENECK_CHANNELS = [64, 256, 512, 1024, 2048, 1000];
/** P1 Fig. 3: VGG-19's conv blocks run at these sizes; the classifier ends in a 1000-d vector. */
const VGG_SIZES = [224, 112, 56, 28, 14, 1];
/** P1 Sec. 4.2: CIFAR maps of 32, 16 and 8 (after a 32×32 conv1); P2's bottlenecks end in 64/128/256 channels. */
const CIFAR_SIZES = [32, 32, 16, 8, 1];
const P2_BOTTLENECK_CHANNELS = [16, 64, 128, 256, 10];
const DEPTHS: ImageNetDepth[] = [18, 34, 50, 101, 152];

describe('shape propagation reproduces the papers’ output sizes', () => {
  test.each(DEPTHS)('ResNet-%i and its plain twin have P1 Table 1’s stages and output sizes', (depth) => {
    for (const net of [imagenetResNet(depth), imagenetResNet(depth, 'plain')]) {
      const stages = stageOutputs(net);
      expect(stages.map((s) => s.name)).toEqual(P1_TABLE1_STAGES);
      expect(stages.map((s) => s.output.height)).toEqual(P1_TABLE1_SIZES);
    }
  });

  test('ResNet-50 widens to P1 Table 1’s channels', () => {
    expect(stageOutputs(imagenetResNet(50)).map((s) => s.output.channels)).toEqual(P1_BOTTLENECK_CHANNELS);
  });

  test('downsampling is done by conv3_1, conv4_1 and conv5_1 with stride 2', () => {
    const strided = imagenetResNet(34)
      .stages.flatMap((s) => s.layers.map((layer, i) => ({ stage: s.name, i, layer })))
      .filter(({ layer }) => layer.kind === 'block' && layer.stride === 2);
    expect(strided.map(({ stage }) => stage)).toEqual(['conv3_x', 'conv4_x', 'conv5_x']);
    expect(strided.every(({ i }) => i === 0)).toBe(true);
  });

  test.each([16, 19] as const)('VGG-%i runs its conv blocks at 224, 112, 56, 28 and 14', (depth) => {
    expect(stageOutputs(vgg(depth)).map((s) => s.output.height)).toEqual(VGG_SIZES);
  });

  test('CIFAR ResNets work on 32, 16 and 8 with 16, 32 and 64 filters', () => {
    const stages = stageOutputs(cifarResNet(3));
    expect(stages.map((s) => s.output.height)).toEqual(CIFAR_SIZES);
    expect(unitsOf(cifarResNet(3)).map((u) => u.outChannels)).toEqual([16, 16, 16, 32, 32, 32, 64, 64, 64]);
  });

  test('P2’s pre-activation bottleneck nets widen to 64, 128 and 256 channels on the same maps', () => {
    const stages = stageOutputs(preactResNet(18));
    expect(stages.map((s) => s.output.height)).toEqual(CIFAR_SIZES);
    expect(stages.map((s) => s.output.channels)).toEqual(P2_BOTTLENECK_CHANNELS);
  });
});

describe('shape rules', () => {
  test('a window maps n to ⌊(n + 2p − k)/s⌋ + 1: the 7×7/2 stem and the 3×3/2 pool halve 224 twice', () => {
    expect(windowOutput(224, 7, 2, 3)).toBe(112);
    expect(windowOutput(112, 3, 2, 1)).toBe(56);
    expect(windowOutput(56, 1, 2, 0)).toBe(28);
  });

  test('a layer that declares the wrong input channels is refused', () => {
    expect(() => outputShape(conv(3, 64, 64), { height: 56, width: 56, channels: 32 })).toThrow(/declares 64/);
  });

  test('an identity shortcut across a change of dimensions is refused', () => {
    const unit = {
      kind: 'block',
      layer: 'conv',
      unit: 'basic',
      inChannels: 64,
      width: 128,
      outChannels: 128,
      stride: 2,
      shortcut: 'identity',
      placement: 'original',
      sharedPreActivation: false,
      batchNorm: true,
    } as const;
    const input = { height: 56, width: 56, channels: 64 };
    expect(() => blockOutput(unit, input)).toThrow(/identity/);
    expect(blockOutput({ ...unit, shortcut: 'zeroPad' }, input)).toEqual({ height: 28, width: 28, channels: 128 });
  });
});

/**
 * Shape propagation: what each layer makes of its input, checked against the channels the layer
 * declares, so a mis-wired description fails loudly instead of being counted.
 */
import { layersOfBlock } from './block';
import type { ConvLayer, Layer, Network, ResidualBlock, Shape } from './types';

/** Output side of a conv or pooling window: ⌊(n + 2·padding − kernel) / stride⌋ + 1. */
export function windowOutput(n: number, kernel: number, stride: number, padding: number): number {
  return Math.floor((n + 2 * padding - kernel) / stride) + 1;
}

/** The shape a conv produces from `input`. */
export function convOutput(conv: ConvLayer, input: Shape): Shape {
  expectChannels('conv', conv.inChannels, input.channels);
  return {
    height: windowOutput(input.height, conv.kernel, conv.stride, conv.padding),
    width: windowOutput(input.width, conv.kernel, conv.stride, conv.padding),
    channels: conv.outChannels,
  };
}

/** The shape a residual unit produces; throws when its branch and shortcut disagree. */
export function blockOutput(block: ResidualBlock, input: Shape): Shape {
  expectChannels('unit', block.inChannels, input.channels);
  const { convs, shortcutLayer } = layersOfBlock(block);
  const out = convs.reduce((shape, conv) => convOutput(conv, shape), input);
  if (block.shortcut === 'none') return out;
  if (block.shortcut === 'identity' && (block.stride !== 1 || block.inChannels !== block.outChannels)) {
    throw new Error('an identity shortcut cannot change the dimensions; use zero-pad or projection');
  }
  if (block.shortcut === 'zeroPad' && block.outChannels < block.inChannels) {
    throw new Error('a zero-pad shortcut can only add channels');
  }
  // Identity and zero-pad shortcuts subsample with the unit's stride (P1 Sec. 3.3: "stride of 2").
  const shortcut = shortcutLayer
    ? convOutput(shortcutLayer, input)
    : {
        height: windowOutput(input.height, 1, block.stride, 0),
        width: windowOutput(input.width, 1, block.stride, 0),
        channels: block.outChannels,
      };
  if (!sameShape(out, shortcut)) {
    throw new Error(`branch ${formatShape(out)} and shortcut ${formatShape(shortcut)} cannot be added`);
  }
  return out;
}

/** The shape any layer produces from `input`. */
export function outputShape(layer: Layer, input: Shape): Shape {
  switch (layer.kind) {
    case 'conv':
      return convOutput(layer, input);
    case 'block':
      return blockOutput(layer, input);
    case 'max-pool':
      return {
        height: windowOutput(input.height, layer.kernel, layer.stride, layer.padding),
        width: windowOutput(input.width, layer.kernel, layer.stride, layer.padding),
        channels: input.channels,
      };
    case 'global-avg-pool':
      return { height: 1, width: 1, channels: input.channels };
    case 'fc':
      expectChannels('fc', layer.inFeatures, input.height * input.width * input.channels);
      return { height: 1, width: 1, channels: layer.outFeatures };
    case 'bn-relu':
      expectChannels('bn-relu', layer.channels, input.channels);
      return input;
    case 'relu':
      return input;
  }
}

/** One layer of a network with the shapes it reads and writes. */
export interface LayerShape {
  /** Name of the stage the layer belongs to. */
  stage: string;
  /** The layer. */
  layer: Layer;
  /** Shape read. */
  input: Shape;
  /** Shape written. */
  output: Shape;
}

/** Every layer's input and output shape, in order, from the network's input. */
export function traceShapes(net: Network): LayerShape[] {
  const trace: LayerShape[] = [];
  let shape = net.input;
  for (const stage of net.stages) {
    for (const layer of stage.layers) {
      const output = outputShape(layer, shape);
      trace.push({ stage: stage.name, layer, input: shape, output });
      shape = output;
    }
  }
  return trace;
}

/** Each stage's output shape: P1 Table 1's "output size" column. */
export function stageOutputs(net: Network): { name: string; output: Shape }[] {
  let shape = net.input;
  return net.stages.map((stage) => {
    shape = stage.layers.reduce((s, layer) => outputShape(layer, s), shape);
    return { name: stage.name, output: shape };
  });
}

/** Whether two shapes are equal. */
export function sameShape(a: Shape, b: Shape): boolean {
  return a.height === b.height && a.width === b.width && a.channels === b.channels;
}

/** A shape as 'H×W×C'. */
export function formatShape(shape: Shape): string {
  return `${shape.height}×${shape.width}×${shape.channels}`;
}

function expectChannels(what: string, declared: number, actual: number): void {
  if (declared !== actual) throw new Error(`${what} declares ${declared} inputs but receives ${actual}`);
}

/**
 * A Network of the architecture description (src/lib/arch) → a trainable tfjs CNN, for the CNN lab
 * (issue 16): P1 Sec. 4.2's 6n+2 family at toy scale, from `cifarResNet(n, { scale })`. The unit
 * expansion is the one the cost model and the diagrams read (`layersOfBlock`): ops `weight`, `bn`
 * and `act` in the placement's order, the shortcut kind's own path, the ops after the addition.
 * Convolutions are ./conv.ts's (every backend can train them); batch norm is the lab's, over the
 * N·H·W positions of each channel. Weights are He-initialised (P1 Sec. 3.4 cites He et al. [13])
 * from the lib's seeded RNG, so a seed gives the same net on every backend.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '~lib/random';
import type { Op } from '~lib/arch/placements';
import { layersOfBlock } from '~lib/arch/block';
import { allLayers } from '~lib/arch/structure';
import type { ConvLayer, Layer, Network, ResidualBlock } from '~lib/arch/types';
import { conv, createWindowMatrices, globalAveragePool, optionAShortcut, tfConv, toMaps, type Maps } from './conv';
import { batchNorm, dense, makeBatchNorm, makeDense, type BatchNorm, type Dense } from './layers';
import type { BuiltNet } from './built-net';

/** How to run the forward pass. */
export interface CnnForwardOptions {
  /** Batch statistics for BN (training) or the running averages (evaluation). */
  training: boolean;
  /** Move BN running averages (default: same as `training`). */
  updateStats?: boolean;
  /**
   * Called with x_l at every unit boundary l = 0 … L (x_0 the stem's output, x_l unit l's) and its
   * index; the forward pass goes on with what it returns (the gradient probes of cnn-gradients.ts).
   */
  atBoundary?: (x: Maps, index: number) => Maps;
}

/** A built CNN: its forward pass takes images (N × H × W × C). */
export interface CnnModel extends BuiltNet<tf.Tensor4D, CnnForwardOptions> {
  /** The description it was built from. */
  readonly network: Network;
}

interface ConvWeights {
  layer: ConvLayer;
  /** [O, C·k·k], as src/ml/conv.ts takes it. */
  kernel: tf.Variable;
}

/** One step of the forward pass over CNHW maps, closed over its variables. */
type Step = (x: Maps, o: CnnRun) => Maps;

/** The forward options with their defaults filled in. */
type CnnRun = Required<Omit<CnnForwardOptions, 'atBoundary'>>;

/** Shortcut kinds the CNN lab builds: P1's plain nets, identity and option A (and B's projection). */
const SUPPORTED = new Set(['none', 'identity', 'zeroPad', 'projection']);

/**
 * Which convolution to run: ours (every backend trains it) or tf.conv2d, which the bench times
 * beside it where that backend can train it (cpu, webgl, webgpu; not wasm).
 */
export type ConvImpl = 'ours' | 'tfjs';

export function buildCnn(network: Network, rng: Rng, convImpl: ConvImpl = 'ours'): CnnModel {
  const windows = createWindowMatrices();
  const convolve = convImpl === 'ours' ? (x: Maps, k: tf.Tensor2D, size: number, s: 1 | 2) => conv(x, k, size, s, windows) : tfConv;
  const trainable: tf.Variable[] = [];
  const variables: tf.Variable[] = [];

  const makeConv = (layer: ConvLayer): ConvWeights => {
    if (layer.bias) throw new Error('the CNN lab builds P1’s convs, which have no bias');
    if (layer.stride !== 1 && layer.stride !== 2) throw new Error(`stride ${layer.stride} is not supported`);
    const size = layer.kernel * layer.kernel * layer.inChannels * layer.outChannels;
    const std = Math.sqrt(2 / (layer.kernel * layer.kernel * layer.inChannels));
    const values = new Float32Array(size);
    for (let i = 0; i < size; i++) values[i] = rng.normal() * std;
    const kernel = tf.variable(tf.tensor2d(values, [layer.outChannels, layer.inChannels * layer.kernel * layer.kernel]), true);
    trainable.push(kernel);
    variables.push(kernel);
    return { layer, kernel };
  };
  const makeBn = (channels: number): BatchNorm => {
    const bn = makeBatchNorm(channels);
    trainable.push(bn.gamma, bn.beta);
    variables.push(bn.gamma, bn.beta, bn.runningMean, bn.runningVar);
    return bn;
  };
  const applyBn = (bn: BatchNorm, x: Maps, o: CnnRun): Maps => {
    const [c, n, h, w] = x.shape;
    return batchNorm(bn, x.reshape([c, n * h * w]), o.training, o.updateStats, true).reshape([c, n, h, w]);
  };
  const runConv = (c: ConvWeights, x: Maps) => convolve(x, c.kernel as tf.Tensor2D, c.layer.kernel, c.layer.stride as 1 | 2);

  /** A run of ops; `weight` takes the next of `convs`, `bn` normalises the channels it meets. */
  const opsStep = (ops: readonly Op[], convs: ConvLayer[], channelsIn: number): { step: Step; channels: number } => {
    let channels = channelsIn;
    const steps: Step[] = ops.map((op) => {
      if (op === 'act') return (x) => tf.relu(x);
      if (op === 'bn') {
        const bn = makeBn(channels);
        return (x, o) => applyBn(bn, x, o);
      }
      const c = makeConv(convs.shift()!);
      channels = c.layer.outChannels;
      return (x) => runConv(c, x);
    });
    return { step: (x, o) => steps.reduce((y, s) => s(y, o), x), channels };
  };

  const afterStep = (layer: ConvLayer): Op[] => {
    const ops: Op[] = ['weight'];
    if (layer.after === 'bn' || layer.after === 'bn-relu') ops.push('bn');
    if (layer.after === 'relu' || layer.after === 'bn-relu') ops.push('act');
    return ops;
  };

  const unitStep = (block: ResidualBlock): Step => {
    if (block.layer !== 'conv') throw new Error('buildCnn builds conv units; the lab’s dense nets use buildModel');
    if (!SUPPORTED.has(block.shortcut)) throw new Error(`the CNN lab does not build the “${block.shortcut}” shortcut`);
    const parts = layersOfBlock(block);
    const convs = [...parts.convs];
    const pre = opsStep(parts.pre, [], block.inChannels).step;
    const branch = opsStep(parts.branch, convs, block.inChannels).step;
    const after = opsStep(parts.afterAdd, [], block.outChannels).step;
    const projection = parts.shortcutLayer ? opsStep(afterStep(parts.shortcutLayer), [parts.shortcutLayer], block.inChannels).step : null;
    return (x, o) => {
      const shared = parts.preShared ? pre(x, o) : x;
      const f = branch(parts.preShared ? shared : pre(x, o), o);
      if (block.shortcut === 'none') return after(f, o);
      const h =
        block.shortcut === 'zeroPad' ? optionAShortcut(shared, block.outChannels, windows) : block.shortcut === 'projection' ? projection!(shared, o) : shared;
      return after(tf.add(f, h), o);
    };
  };

  const steps: Step[] = [];
  /** Whether steps[i] ends at a unit boundary: the stem and every unit. */
  const boundary: boolean[] = [];
  let fc: Dense | null = null;
  // Build inside tidy so the initial-value tensors are freed; only the variables survive.
  tf.tidy(() => {
    for (const layer of allLayers(network) as Layer[]) {
      if (layer.kind === 'conv') {
        boundary[steps.length] = steps.length === 0;
        steps.push(opsStep(afterStep(layer), [layer], layer.inChannels).step);
      } else if (layer.kind === 'block') {
        boundary[steps.length] = true;
        steps.push(unitStep(layer));
      } else if (layer.kind === 'bn-relu') {
        const bn = makeBn(layer.channels);
        steps.push((x, o) => tf.relu(applyBn(bn, x, o)));
      } else if (layer.kind === 'relu') steps.push((x) => tf.relu(x));
      else if (layer.kind === 'global-avg-pool')
        continue; // applied before the classifier, below
      else if (layer.kind === 'fc') {
        if (fc) throw new Error('the CNN lab builds one classifier layer');
        fc = makeDense(rng, layer.inFeatures, layer.outFeatures, Math.sqrt(2 / layer.inFeatures), 0);
        trainable.push(fc.w, fc.b!);
        variables.push(fc.w, fc.b!);
      } else throw new Error(`the CNN lab does not build ${layer.kind} layers`);
    }
  });
  if (!fc) throw new Error(`${network.label} has no classifier`);
  const classifier = fc;

  return {
    network,
    trainable,
    variables,
    forward(x, options) {
      const o = {
        training: options.training,
        updateStats: options.updateStats ?? options.training,
      };
      let l = 0;
      const maps = steps.reduce((y, s, i) => {
        const out = s(y, o);
        return boundary[i] && options.atBoundary ? options.atBoundary(out, l++) : out;
      }, toMaps(x));
      return dense(classifier, globalAveragePool(maps));
    },
    dispose() {
      for (const v of variables) v.dispose();
      windows.dispose();
    },
  };
}

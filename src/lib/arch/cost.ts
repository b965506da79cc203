/**
 * The cost model: multiply-adds and parameters per layer, per stage and in total.
 *
 * What is counted, and why (each choice is the one that reproduces the papers):
 * - multiply-adds (MACs) are P1's "FLOPs": every conv, Hout·Wout·k²·Cin·Cout, including projection
 *   shortcuts; every FC layer, in·out. Excluded: biases, BN, ReLU, pooling and the shortcut additions
 *   (P1 Sec. 3.2: "negligible element-wise addition"; they are tallied apart as `shortcutAdds`).
 *   Counted so, VGG-19, ResNet-18/34/101/152 round to P1's figures. Two printed figures only match
 *   under another reading: ResNet-50's count is printed truncated (rounding would give one tenth
 *   more), and VGG-16's figure is its conv layers alone, while VGG-19's needs the FC layers too.
 *   No single reading fits all eight; tests/unit/arch-flops.test.ts pins which reading each uses.
 * - `weights`: conv kernels, FC matrices and every bias a layer has (VGG's convs, all FC layers).
 * - `bnParams`: BN's learned scale and shift, 2 per channel; running statistics are not parameters.
 *   P1 Table 6 counts them (ResNet-1202 only rounds to its printed count with them); P2 Table 4
 *   does not (ResNet-1001 only rounds to its printed count without them). See arch-params.test.ts.
 */
import { layersOfBlock } from './block';
import { convOutput, outputShape, traceShapes } from './shapes';
import type { ConvLayer, FcLayer, Layer, Network, ResidualBlock, Shape } from './types';

/** What a layer, stage or network costs. */
export interface Cost {
  /** Multiply-adds of conv and FC layers (P1's "FLOPs"). */
  macs: number;
  /** Conv kernels, FC matrices and biases. */
  weights: number;
  /** Batch-norm scales and shifts. */
  bnParams: number;
  /** Element-wise additions made by shortcuts (not in `macs`). */
  shortcutAdds: number;
}

/** The cost of nothing. */
export const ZERO_COST: Readonly<Cost> = Object.freeze({ macs: 0, weights: 0, bnParams: 0, shortcutAdds: 0 });

/** The sum of two costs. */
export function addCosts(a: Cost, b: Cost): Cost {
  return {
    macs: a.macs + b.macs,
    weights: a.weights + b.weights,
    bnParams: a.bnParams + b.bnParams,
    shortcutAdds: a.shortcutAdds + b.shortcutAdds,
  };
}

/** Learned parameters: weights plus BN scales and shifts (P1 Table 6's count). */
export function totalParams(cost: Cost): number {
  return cost.weights + cost.bnParams;
}

/** A conv's cost on `input`: k²·Cin·Cout MACs at each output position, plus its bias and BN. */
export function costOfConv(conv: ConvLayer, input: Shape): Cost {
  const out = convOutput(conv, input);
  const perPosition = conv.kernel * conv.kernel * conv.inChannels * conv.outChannels;
  return {
    macs: out.height * out.width * perPosition,
    weights: perPosition + (conv.bias ? conv.outChannels : 0),
    bnParams: conv.after === 'bn' || conv.after === 'bn-relu' ? 2 * conv.outChannels : 0,
    shortcutAdds: 0,
  };
}

/** A residual unit's cost: its branch and projection convs, its BNs and one addition per output element. */
export function costOfBlock(block: ResidualBlock, input: Shape): Cost {
  const { pre, convs, shortcutLayer, afterAdd } = layersOfBlock(block);
  const bns = (ops: readonly string[]) => ops.filter((op) => op === 'bn').length;
  let cost: Cost = { ...ZERO_COST, bnParams: 2 * (bns(pre) * block.inChannels + bns(afterAdd) * block.outChannels) };
  let shape = input;
  for (const conv of convs) {
    cost = addCosts(cost, costOfConv(conv, shape));
    shape = convOutput(conv, shape);
  }
  if (shortcutLayer) cost = addCosts(cost, costOfConv(shortcutLayer, input));
  if (block.shortcut !== 'none') {
    cost = addCosts(cost, { ...ZERO_COST, shortcutAdds: shape.height * shape.width * shape.channels });
  }
  return cost;
}

/** Any layer's cost on `input`; pooling is free, BN→ReLU costs only its BN parameters. */
export function costOfLayer(layer: Layer, input: Shape): Cost {
  switch (layer.kind) {
    case 'conv':
      return costOfConv(layer, input);
    case 'block':
      return costOfBlock(layer, input);
    case 'fc':
      outputShape(layer, input); // validates the flattened size
      return {
        ...ZERO_COST,
        macs: layer.inFeatures * layer.outFeatures,
        weights: (layer.inFeatures + 1) * layer.outFeatures,
      };
    case 'bn-relu':
      return { ...ZERO_COST, bnParams: 2 * layer.channels };
    case 'relu':
    case 'max-pool':
    case 'global-avg-pool':
      return ZERO_COST;
  }
}

/** One layer's shapes and cost. */
export interface LayerCost {
  /** Stage name. */
  stage: string;
  /** The layer. */
  layer: Layer;
  /** Shape read. */
  input: Shape;
  /** Shape written. */
  output: Shape;
  /** What it costs. */
  cost: Cost;
}

/** One stage's output and cost. */
export interface StageCost {
  /** Stage name, e.g. 'conv2_x'. */
  name: string;
  /** Shape the stage writes. */
  output: Shape;
  /** Sum over its layers. */
  cost: Cost;
}

/** A network's cost, layer by layer, stage by stage and in total. */
export interface NetworkCost {
  /** Every layer in order. */
  layers: LayerCost[];
  /** Every stage in order. */
  stages: StageCost[];
  /** Sum over all layers. */
  total: Cost;
}

/** Shapes and costs of every layer and stage of `net`. */
export function costOfNetwork(net: Network): NetworkCost {
  const layers = traceShapes(net).map((t) => ({ ...t, cost: costOfLayer(t.layer, t.input) }));
  const stages = net.stages.map((stage) => {
    const own = layers.filter((l) => l.stage === stage.name);
    const last = own[own.length - 1];
    if (!last) throw new Error(`stage ${stage.name} has no layers`);
    return { name: stage.name, output: last.output, cost: own.map((l) => l.cost).reduce(addCosts, ZERO_COST) };
  });
  return { layers, stages, total: stages.map((s) => s.cost).reduce(addCosts, ZERO_COST) };
}

/** One weight layer (units expanded into their convs) with its shapes and cost. */
export interface WeightLayerCost {
  /** Stage name. */
  stage: string;
  /** The conv or FC layer. */
  layer: ConvLayer | FcLayer;
  /** 'main' for the stem, residual branches and classifier; 'shortcut' for projections. */
  path: 'main' | 'shortcut';
  /** Shape read. */
  input: Shape;
  /** Shape written. */
  output: Shape;
  /** Its multiply-adds, weights and BN parameters. */
  cost: Cost;
}

/** Every conv and FC layer of `net` in order, with residual units expanded: the per-layer view of the cost. */
export function weightLayerCosts(net: Network): WeightLayerCost[] {
  const rows: WeightLayerCost[] = [];
  for (const { stage, layer, input, output } of traceShapes(net)) {
    if (layer.kind === 'conv' || layer.kind === 'fc') {
      rows.push({ stage, layer, path: 'main', input, output, cost: costOfLayer(layer, input) });
    } else if (layer.kind === 'block') {
      const { convs, shortcutLayer: projection } = layersOfBlock(layer);
      let shape = input;
      for (const conv of convs) {
        const out = convOutput(conv, shape);
        rows.push({ stage, layer: conv, path: 'main', input: shape, output: out, cost: costOfConv(conv, shape) });
        shape = out;
      }
      if (projection) {
        const out = convOutput(projection, input);
        const cost = costOfConv(projection, input);
        rows.push({ stage, layer: projection, path: 'shortcut', input, output: out, cost });
      }
    }
  }
  return rows;
}

/** A network's multiply-adds: P1's "FLOPs". */
export function multiplyAdds(net: Network): number {
  return costOfNetwork(net).total.macs;
}

/** A network's learned parameters: weights and BN (P1 Table 6's count) or weights only (P2 Table 4's). */
export function parameterCount(net: Network, count: 'with-bn' | 'weights-only' = 'with-bn'): number {
  const { total } = costOfNetwork(net);
  return count === 'with-bn' ? totalParams(total) : total.weights;
}

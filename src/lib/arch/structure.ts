/**
 * Counts read off a network's structure: the depth its name refers to, its units and shortcuts.
 */
import { layersOfBlock } from './block';
import { allShortcutKeys } from './shortcuts';
import type { Layer, Network, ResidualBlock, Shortcut } from './types';

/** Every layer of a network, stage by stage. */
export function allLayers(net: Network): Layer[] {
  return net.stages.flatMap((stage) => [...stage.layers]);
}

/** Every residual (or plain) unit of a network. */
export function unitsOf(net: Network): ResidualBlock[] {
  return allLayers(net).filter((layer): layer is ResidualBlock => layer.kind === 'block');
}

/** Weighted layers on the main path (convs and FC, projections excluded): the "34" of ResNet-34. */
export function weightedDepth(net: Network): number {
  return allLayers(net).reduce((depth, layer) => {
    if (layer.kind === 'conv' || layer.kind === 'fc') return depth + 1;
    if (layer.kind === 'block') return depth + layersOfBlock(layer).convs.length;
    return depth;
  }, 0);
}

/** How many units use each kind of shortcut. */
export function shortcutCounts(net: Network): Record<Shortcut, number> {
  const counts = Object.fromEntries(allShortcutKeys.map((k) => [k, 0])) as Record<Shortcut, number>;
  for (const unit of unitsOf(net)) counts[unit.shortcut] += 1;
  return counts;
}

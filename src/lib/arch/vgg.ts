/**
 * VGG-16 and VGG-19 (Simonyan & Zisserman, configurations D and E), the baseline of P1 Fig. 3:
 * 3×3 convs with biases and ReLU, a 2×2 max-pool before each smaller map, three FC layers.
 * Stages are named by the map their convs run on; each pool opens the stage whose map it makes,
 * as P1 Table 1 puts ResNet's max-pool in conv2_x.
 */
import { conv, fc, maxPool } from './layers';
import type { Layer, Network, Stage } from './types';

/** Convs per block for each VGG depth (VGG paper Table 1, columns D and E). */
export const VGG_CONVS = { 16: [2, 2, 3, 3, 3], 19: [2, 2, 4, 4, 4] } as const;

/** A VGG depth this module builds. */
export type VggDepth = keyof typeof VGG_CONVS;

const WIDTHS = [64, 128, 256, 512, 512] as const;

/** VGG-16 or VGG-19 on 224×224 images: five conv blocks at 224, 112, 56, 28 and 14, then fc 4096-4096-1000. */
export function vgg(depth: VggDepth): Network {
  const stages: Stage[] = [];
  let channels = 3;
  WIDTHS.forEach((width, b) => {
    const layers: Layer[] = b === 0 ? [] : [maxPool(2, 2)];
    for (let i = 0; i < VGG_CONVS[depth][b]!; i++) {
      layers.push(conv(3, channels, width, { bias: true, after: 'relu' }));
      channels = width;
    }
    stages.push({ name: `block${b + 1}`, layers });
  });
  stages.push({
    name: 'fc',
    layers: [maxPool(2, 2), fc(7 * 7 * 512, 4096, 'relu'), fc(4096, 4096, 'relu'), fc(4096, 1000)],
  });
  return {
    label: `VGG-${depth}`,
    dataset: 'imagenet',
    input: { height: 224, width: 224, channels: 3 },
    option: null,
    stages,
  };
}

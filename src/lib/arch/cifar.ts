/**
 * CIFAR-10 networks on 32×32 images. P1 Sec. 4.2: a 3×3 conv1 with 16 filters, three stages of n
 * basic units at 32, 16 and 8 with 16, 32 and 64 filters, global average pooling and a 10-way FC:
 * 6n+2 weighted layers, option A. P2 Sec. 4: the same plan with bottleneck units, inner widths
 * 16/32/64 expanded 4× to 64/128/256: 9n+2 layers (ResNet-164: n = 18; ResNet-1001: n = 111).
 *
 * Shortcuts of the bottleneck nets: P2's code projects (1×1) where dimensions change, which here is
 * the first unit of every stage, the first one included (16 → 64 channels, stride 1). That is the
 * choice that reproduces P2's counts: 1.68 M and 10.18 M weights print as 1.7 M and 10.2 M, while
 * zero-padded option A shortcuts give 1.64 M and 10.14 M (1.6 M, 10.1 M). So the default is B.
 */
import { conv, fc, globalAvgPool, residualStages } from './layers';
import type { Dataset, Layer, Network, Shape, ShortcutOption, Stage, UnitKind } from './types';

/** Choices for a CIFAR network; every field has the paper's default. */
export interface CifarOptions {
  /** 'basic' (P1, 6n+2 layers) or 'bottleneck' (P2, 9n+2 layers). Default 'basic'. */
  unit?: UnitKind;
  /** Shortcut option. Default A for basic units (P1 Sec. 4.2), B for bottlenecks (see the file comment). */
  option?: ShortcutOption;
  /** P1's post-activation or P2's full pre-activation units. Default 'post'. */
  activation?: 'post' | 'pre';
  /**
   * The same plan at another scale (the CNN lab, issue 16): the input image, the three stages'
   * widths (the stem has the first) and the classes. Defaults: P1's 32×32×3, 16/32/64 and 10.
   */
  scale?: { input: Shape; widths: readonly [number, number, number]; classes: number; dataset: Dataset };
}

/** Weighted layers of a CIFAR net with n units per stage: 6n+2 (basic) or 9n+2 (bottleneck). */
export function cifarDepth(n: number, unit: UnitKind = 'basic'): number {
  return (unit === 'basic' ? 6 : 9) * n + 2;
}

/** A CIFAR-10 network with n units per map size. */
export function cifarResNet(n: number, options: CifarOptions = {}): Network {
  if (!Number.isInteger(n) || n < 1) throw new Error(`n must be a positive integer, got ${n}`);
  const unit = options.unit ?? 'basic';
  const option = options.option ?? (unit === 'basic' ? 'A' : 'B');
  const activation = options.activation ?? 'post';
  const scale = options.scale ?? { input: { height: 32, width: 32, channels: 3 }, widths: [16, 32, 64], classes: 10, dataset: 'cifar10' };
  // Pre-activation: conv1 feeds the first unit's BN→ReLU directly (P2 appendix).
  const stem = conv(3, scale.input.channels, scale.widths[0], { after: activation === 'post' ? 'bn-relu' : 'none' });
  const body = residualStages({ inChannels: scale.widths[0], unit, widths: scale.widths, units: [n, n, n], option, activation });
  const channels = body.outChannels;
  // P2 appendix: one extra BN→ReLU after the last addition, before pooling.
  const tail: Layer[] = activation === 'pre' ? [{ kind: 'bn-relu', channels }] : [];
  const last = body.stages[2] as Stage;
  const stages: Stage[] = [{ name: 'conv1', layers: [stem] }, ...body.stages.slice(0, 2), { ...last, layers: [...last.layers, ...tail] }];
  stages.push({ name: 'fc', layers: [globalAvgPool, fc(channels, scale.classes)] });
  const depth = cifarDepth(n, unit);
  return {
    label: option === 'plain' ? `plain-${depth}` : `ResNet-${depth}`,
    dataset: scale.dataset,
    input: scale.input,
    option,
    stages,
  };
}

/** P2's pre-activation bottleneck net with n units per map size (n = 18: ResNet-164; n = 111: ResNet-1001). */
export function preactResNet(n: number): Network {
  return cifarResNet(n, { unit: 'bottleneck', activation: 'pre' });
}

/**
 * Every network the site names, by a stable key that URL state and pickers can store.
 */
import { cifarResNet } from './cifar';
import { imagenetResNet, plainNet, type ImageNetDepth } from './resnet';
import type { Dataset, Network, ShortcutOption } from './types';
import { vgg } from './vgg';

/** One entry of the registry. */
export interface NetworkEntry {
  /** Label for pickers and legends. */
  label: string;
  /** The paper (and table) the network comes from. */
  source: string;
  /** Its dataset. */
  dataset: Dataset;
  /** Shortcut options `build` accepts; empty when the network has no choice (VGG, plain nets). */
  options: readonly ShortcutOption[];
  /** Builds the network; without an option it uses the paper's. */
  build: (option?: ShortcutOption) => Network;
}

const ABC = ['A', 'B', 'C'] as const;

/** The registry: key → label, source and builder. */
export const NETWORKS = {
  vgg16: { label: 'VGG-16', source: 'P1 Table 3', dataset: 'imagenet', options: [], build: () => vgg(16) },
  vgg19: { label: 'VGG-19', source: 'P1 Fig. 3', dataset: 'imagenet', options: [], build: () => vgg(19) },
  plain18: { label: 'plain-18', source: 'P1 Table 2', dataset: 'imagenet', options: [], build: () => plainNet(18) },
  plain34: { label: 'plain-34', source: 'P1 Table 2', dataset: 'imagenet', options: [], build: () => plainNet(34) },
  resnet18: imagenet(18),
  resnet34: imagenet(34),
  resnet50: imagenet(50),
  resnet101: imagenet(101),
  resnet152: imagenet(152),
  'cifar-plain20': cifarPlain(3),
  'cifar-plain32': cifarPlain(5),
  'cifar-plain44': cifarPlain(7),
  'cifar-plain56': cifarPlain(9),
  'cifar-plain110': cifarPlain(18),
  'cifar-resnet20': cifarBasic(3),
  'cifar-resnet32': cifarBasic(5),
  'cifar-resnet44': cifarBasic(7),
  'cifar-resnet56': cifarBasic(9),
  'cifar-resnet110': cifarBasic(18),
  'cifar-resnet1202': cifarBasic(200),
  'preact-resnet110': {
    label: 'ResNet-110 (pre-act)',
    source: 'P2 Table 3',
    dataset: 'cifar10',
    options: ABC,
    build: (o) => cifarResNet(18, { activation: 'pre', option: o }),
  },
  'cifar-resnet164': cifarBottleneck(18, 'post'),
  'cifar-resnet1001': cifarBottleneck(111, 'post'),
  'preact-resnet164': cifarBottleneck(18, 'pre'),
  'preact-resnet1001': cifarBottleneck(111, 'pre'),
} as const satisfies Record<string, NetworkEntry>;

/** A key of {@link NETWORKS}. */
export type NetworkKey = keyof typeof NETWORKS;

/** All registry keys, in display order. */
export const NETWORK_KEYS = Object.keys(NETWORKS) as NetworkKey[];

/** Whether a string (say, from a URL) is a registry key. */
export function isNetworkKey(value: string): value is NetworkKey {
  return Object.hasOwn(NETWORKS, value);
}

/** Builds a registered network; an option the entry does not list is refused. */
export function buildNetwork(key: NetworkKey, option?: ShortcutOption): Network {
  const entry: NetworkEntry = NETWORKS[key];
  if (option !== undefined && !entry.options.includes(option)) {
    throw new Error(`${key} takes no shortcut option ${option}`);
  }
  return entry.build(option);
}

function imagenet(depth: ImageNetDepth): NetworkEntry {
  return {
    label: `ResNet-${depth}`,
    source: 'P1 Table 1',
    dataset: 'imagenet',
    options: ABC,
    build: (o) => imagenetResNet(depth, o),
  };
}

function cifarBasic(n: number): NetworkEntry {
  const depth = 6 * n + 2;
  return {
    label: `ResNet-${depth} (CIFAR)`,
    source: 'P1 Table 6',
    dataset: 'cifar10',
    options: ABC,
    build: (o) => cifarResNet(n, { option: o }),
  };
}

function cifarPlain(n: number): NetworkEntry {
  return {
    label: `plain-${6 * n + 2} (CIFAR)`,
    source: 'P1 Fig. 6',
    dataset: 'cifar10',
    options: [],
    build: () => cifarResNet(n, { option: 'plain' }),
  };
}

function cifarBottleneck(n: number, activation: 'post' | 'pre'): NetworkEntry {
  const depth = 9 * n + 2;
  return {
    label: activation === 'pre' ? `ResNet-${depth} (pre-act)` : `ResNet-${depth} (original unit)`,
    source: activation === 'pre' ? 'P2 Table 4' : 'P2 Table 3',
    dataset: 'cifar10',
    options: ABC,
    build: (o) => cifarResNet(n, { unit: 'bottleneck', activation, option: o }),
  };
}

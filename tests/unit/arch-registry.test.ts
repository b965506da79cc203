import { describe, expect, test } from 'vitest';
import {
  NETWORK_KEYS,
  NETWORKS,
  buildNetwork,
  costOfNetwork,
  isNetworkKey,
  shortcutCounts,
  weightedDepth,
} from '~lib/arch';

/** Keys the chapters and URL state rely on. */
const REQUIRED_KEYS = [
  'vgg16', 'vgg19', 'plain18', 'plain34',
  'resnet18', 'resnet34', 'resnet50', 'resnet101', 'resnet152',
  'cifar-resnet20', 'cifar-resnet32', 'cifar-resnet44', 'cifar-resnet56', 'cifar-resnet110', 'cifar-resnet1202',
  'preact-resnet164', 'preact-resnet1001',
];

describe('NETWORKS registry', () => {
  test('holds every key the site relies on', () => {
    for (const key of REQUIRED_KEYS) expect(isNetworkKey(key)).toBe(true);
    expect(isNetworkKey('resnet35')).toBe(false);
    expect(isNetworkKey('toString')).toBe(false);
  });

  test.each(NETWORK_KEYS)('%s builds, propagates its shapes and has the depth its key names', (key) => {
    const net = buildNetwork(key);
    expect(() => costOfNetwork(net)).not.toThrow();
    expect(weightedDepth(net)).toBe(Number(/\d+$/.exec(key)![0]));
  });

  test('labels are unique', () => {
    const labels = NETWORK_KEYS.map((key) => NETWORKS[key].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  test('ResNet-18/34 default to option A, ResNet-50 and deeper to option B, as P1 Tables 2 and 3 use them', () => {
    expect(buildNetwork('resnet34').option).toBe('A');
    for (const key of ['resnet50', 'resnet101', 'resnet152'] as const) expect(buildNetwork(key).option).toBe('B');
    expect(buildNetwork('cifar-resnet110').option).toBe('A');
  });

  test('an option is passed through where the entry lists it and refused where it does not', () => {
    expect(shortcutCounts(buildNetwork('resnet34', 'B')).projection).toBe(3);
    expect(shortcutCounts(buildNetwork('plain34')).none).toBe(16);
    expect(() => buildNetwork('vgg16', 'B')).toThrow(/no shortcut option/);
  });
});

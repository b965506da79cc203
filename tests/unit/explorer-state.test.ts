import { describe, expect, test } from 'vitest';
import {
  DEFAULT_EXPLORER_STATE,
  EXPLORER_MODELS,
  EXPLORER_PARAM,
  formatExplorerQuery,
  isExplorerModel,
  parseExplorerQuery,
  type ExplorerState,
} from '~lib/arch/explorer-state';
import { NETWORKS, isNetworkKey } from '~lib/arch';

describe('parseExplorerQuery', () => {
  test('an empty query gives the default state and no notes', () => {
    expect(parseExplorerQuery('')).toEqual({ state: DEFAULT_EXPLORER_STATE, notes: [] });
  });

  test('the default is a fresh copy, so a caller mutating it cannot change the next parse', () => {
    const { state } = parseExplorerQuery('');
    state.model = 'vgg16';
    expect(parseExplorerQuery('').state).toEqual(DEFAULT_EXPLORER_STATE);
  });

  test.each(EXPLORER_MODELS)('fx-model=%s selects that network without a note', (model) => {
    expect(parseExplorerQuery(`?${EXPLORER_PARAM}=${model}`)).toEqual({ state: { model }, notes: [] });
  });

  test('a URLSearchParams works as well as a string, and other figures’ parameters are ignored', () => {
    const params = new URLSearchParams({ 'gf-L': '54', [EXPLORER_PARAM]: 'resnet101' });
    expect(parseExplorerQuery(params)).toEqual({ state: { model: 'resnet101' }, notes: [] });
  });

  test('a loosely spelled network is accepted, with a note saying how it was read', () => {
    const { state, notes } = parseExplorerQuery(`${EXPLORER_PARAM}=ResNet-50`);
    expect(state.model).toBe('resnet50');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain(NETWORKS.resnet50.label);
  });

  test('an unknown network falls back to the default with a note that names the value and the fallback', () => {
    const { state, notes } = parseExplorerQuery(`${EXPLORER_PARAM}=alexnet`);
    expect(state).toEqual(DEFAULT_EXPLORER_STATE);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('alexnet');
    expect(notes[0]).toContain(NETWORKS[DEFAULT_EXPLORER_STATE.model].label);
  });

  test('a registry network the picker does not offer (a CIFAR net) falls back too', () => {
    expect(isNetworkKey('cifar-resnet110')).toBe(true);
    const { state, notes } = parseExplorerQuery(`${EXPLORER_PARAM}=cifar-resnet110`);
    expect(state).toEqual(DEFAULT_EXPLORER_STATE);
    expect(notes).toHaveLength(1);
  });

  test('an empty value falls back with a note', () => {
    const { state, notes } = parseExplorerQuery(`${EXPLORER_PARAM}=`);
    expect(state).toEqual(DEFAULT_EXPLORER_STATE);
    expect(notes).toHaveLength(1);
  });

  test('a very long value is shortened in the note', () => {
    const { notes } = parseExplorerQuery(`${EXPLORER_PARAM}=${'x'.repeat(500)}`);
    expect(notes[0]!.length).toBeLessThan(200);
  });

  test('a repeated parameter uses the first value and says so', () => {
    const { state, notes } = parseExplorerQuery(`${EXPLORER_PARAM}=resnet18&${EXPLORER_PARAM}=vgg16`);
    expect(state.model).toBe('resnet18');
    expect(notes).toHaveLength(1);
  });

  test('the caller’s fallback replaces the default when the URL is empty or bad', () => {
    const fallback: ExplorerState = { model: 'resnet152' };
    expect(parseExplorerQuery('', fallback).state).toEqual(fallback);
    const bad = parseExplorerQuery(`${EXPLORER_PARAM}=nope`, fallback);
    expect(bad.state).toEqual(fallback);
    expect(bad.notes[0]).toContain(NETWORKS.resnet152.label);
  });
});

describe('formatExplorerQuery', () => {
  test.each(EXPLORER_MODELS)('%s survives a format → parse round trip', (model) => {
    const query = formatExplorerQuery({ model });
    expect(query).toBe(`${EXPLORER_PARAM}=${model}`);
    expect(parseExplorerQuery(query)).toEqual({ state: { model }, notes: [] });
  });

  test('an invalid state is refused rather than written to the URL', () => {
    expect(() => formatExplorerQuery({ model: 'alexnet' } as unknown as ExplorerState)).toThrow();
  });
});

describe('the picker’s networks', () => {
  test('are registry networks on ImageNet, listed once each, and include the VGG baseline and the default', () => {
    expect(new Set(EXPLORER_MODELS).size).toBe(EXPLORER_MODELS.length);
    for (const model of EXPLORER_MODELS) expect(NETWORKS[model].dataset).toBe('imagenet');
    expect(isExplorerModel('vgg19')).toBe(true);
    expect(isExplorerModel(DEFAULT_EXPLORER_STATE.model)).toBe(true);
    expect(isExplorerModel('toString')).toBe(false);
  });
});

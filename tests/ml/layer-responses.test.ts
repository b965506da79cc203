import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeSpirals } from '~lib/data/spirals';
import { layerResponseNets } from '~lib/layer-responses';
import { makeSpec } from '~lib/nets/spec';
import { createRng } from '~lib/random';
import record from '~lib/recorded/layer-responses.json';
import { useBackend } from '~ml/backend';
import { branchResponses } from '~ml/branch-responses';
import { buildModel } from '~ml/build-model';
import { recordLayerResponses } from '../../src/scripts/record-layer-responses';

beforeAll(async () => {
  expect(await useBackend('cpu')).toBe('cpu');
});

const points = makeSpirals({ n: 64, seed: 3 }).train;
const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('layer responses (P1 Fig. 7 in the lab’s nets)', () => {
  for (const shortcut of ['none', 'identity'] as const) {
    it(`the replay gives the model’s own logits (${shortcut} shortcuts), so it measures the trained net`, async () => {
      const model = buildModel(makeSpec({ depth: 6, width: 8, shortcut, batchNorm: false, placement: 'original' }), createRng(5));
      const expected = tf.tidy(() => model.forward(tf.tensor2d(points.x, [points.n, 2]), { training: false }));
      const { logits, std } = await branchResponses(model, points);
      const want = await expected.data();
      expected.dispose();
      model.dispose();
      expect(std).toHaveLength(3);
      logits.forEach((v, i) => expect(Math.abs(v - (want[i] as number))).toBeLessThan(1e-5));
    });
  }

  it('refuses nets it does not replay exactly (batch norm here)', async () => {
    const model = buildModel(makeSpec({ depth: 4, width: 8, batchNorm: true }), createRng(1));
    await expect(branchResponses(model, points)).rejects.toThrow(/BN-free/);
    model.dispose();
  });

  it('the committed record’s 8-layer nets are what the recorder produces now', async () => {
    const fresh = await recordLayerResponses(['plain-8', 'residual-8']);
    for (const net of fresh.nets) {
      const committed = record.nets.find((n) => n.id === net.id);
      expect(committed?.std).toHaveLength(net.std.length);
      net.std.forEach((s, i) => expect(Math.abs(s - (committed?.std[i] as number))).toBeLessThanOrEqual(1e-5 * s));
    }
  });

  it('records every net of the set-up, and residual branches respond less than plain layers, less with depth', () => {
    expect(record.nets.map((n) => n.id)).toEqual(layerResponseNets().map((n) => n.id));
    const byId = new Map(record.nets.map((n) => [n.id, mean(n.std)]));
    for (const depth of [8, 20, 50]) expect(byId.get(`residual-${depth}`)).toBeLessThan(byId.get(`plain-${depth}`) as number);
    expect(byId.get('residual-50')).toBeLessThan(byId.get('residual-20') as number);
    expect(byId.get('residual-20')).toBeLessThan(byId.get('residual-8') as number);
  });
});

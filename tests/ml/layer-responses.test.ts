import * as tf from '@tensorflow/tfjs';
import { describe, expect, it } from 'vitest';
import { makeSpirals } from '~lib/data/spirals';
import { layerResponseNets } from '~lib/layer-responses';
import { labNet } from '~lib/nets/lab';
import { createRng } from '~lib/random';
import record from '~lib/recorded/layer-responses.json';
import { meanResponse } from '~lib/recorded/layer-responses';
import { branchResponses } from '~ml/branch-responses';
import { buildModel } from '~ml/build-model';
import { recordLayerResponses } from '../../src/scripts/record-layer-responses';
import { useTestBackend } from './helpers';

useTestBackend();

const points = makeSpirals({ n: 64, seed: 3 }).train;

describe('layer responses (P1 Fig. 7 in the lab’s nets)', () => {
  for (const residual of [false, true]) {
    it(`the tapped forward pass returns the plain forward pass’s logits and one n × width branch per unit (${residual ? 'residual' : 'plain'}, BN)`, async () => {
      const model = buildModel(labNet(6, residual).spec, createRng(5));
      const x = tf.tensor2d(points.x, [points.n, 2]);
      const shapes: [number, number[]][] = [];
      const [plain, tapped] = tf.tidy(() => [
        model.forward(x, { training: false }),
        model.forward(x, { training: false, onBranch: (unit, f) => shapes.push([unit, f.shape]) }),
      ]);
      const [a, b] = [await plain!.data(), await tapped!.data()];
      tf.dispose([plain!, tapped!, x]);
      model.dispose();
      expect(Array.from(b)).toEqual(Array.from(a));
      expect(shapes).toEqual([0, 1, 2].map((u) => [u, [points.n, 16]]));
    });
  }

  it('measures one finite std per unit of a lab net and frees every tensor it makes', async () => {
    const model = buildModel(labNet(8, true).spec, createRng(2));
    const before = tf.memory().numTensors;
    const std = await branchResponses(model, points);
    expect(tf.memory().numTensors).toBe(before);
    model.dispose();
    expect(std).toHaveLength(4);
    for (const s of std) expect(s).toBeGreaterThan(0);
  });

  it('the committed record’s 8-layer nets are what the recorder produces now', async () => {
    const fresh = await recordLayerResponses(['plain-8', 'residual-8']);
    for (const net of fresh.nets) {
      const committed = record.nets.find((n) => n.id === net.id);
      expect(committed?.std).toHaveLength(net.std.length);
      net.std.forEach((s, i) => expect(Math.abs(s - (committed?.std[i] as number))).toBeLessThanOrEqual(1e-4 * s));
      expect(net.finalLoss).toBeCloseTo(committed?.finalLoss as number, 5);
    }
  }, 120_000);

  it('records every net of the set-up', () => {
    expect(record.nets.map((n) => n.id)).toEqual(layerResponseNets().map((n) => n.id));
  });

  // What the recording shows, as the caption and chapter 3 state it; P1 Fig. 7's pattern holds only in part.
  const byId = new Map(record.nets.map((n) => [n.id, meanResponse(n)]));
  const at = (id: string) => byId.get(id) as number;

  it('residual branches respond less than plain layers at 8, 20 and 56 layers, at 8 and 20 by under 5 per cent', () => {
    for (const d of [8, 20, 56]) expect(at(`residual-${d}`), `${d} layers`).toBeLessThan(at(`plain-${d}`));
    for (const d of [8, 20]) expect(at(`residual-${d}`) / at(`plain-${d}`), `${d} layers`).toBeGreaterThan(0.95);
  });

  it('residual-20 responds less than residual-8 but by under 1 per cent, and residual-56 more than residual-20', () => {
    expect(at('residual-20')).toBeLessThan(at('residual-8'));
    expect(at('residual-20') / at('residual-8')).toBeGreaterThan(0.99);
    expect(at('residual-56')).toBeGreaterThan(at('residual-20'));
  });

  it('every residual branch’s response stays close to 1 (between 0.8 and 1.2)', () => {
    const residual = record.nets.filter((n) => n.residual).flatMap((n) => n.std);
    expect(Math.min(...residual)).toBeGreaterThan(0.8);
    expect(Math.max(...residual)).toBeLessThan(1.2);
  });

  it('plain-56’s first unit responds more than a hundred times as much as its last and as any residual branch, and plain-56 trains worst', () => {
    const plain56 = record.nets.find((n) => n.id === 'plain-56')!;
    const residualMax = Math.max(...record.nets.filter((n) => n.residual).flatMap((n) => n.std));
    expect(plain56.std[0]! / plain56.std.at(-1)!).toBeGreaterThan(100);
    expect(plain56.std[0]! / residualMax).toBeGreaterThan(100);
    expect(Math.max(...record.nets.map((n) => n.finalLoss))).toBe(plain56.finalLoss);
  });
});

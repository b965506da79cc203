import { describe, expect, it } from 'vitest';
import { makeSpec } from '~lib/nets/spec';
import { gradientNormsAtInit } from '~ml/gradient-norms';
import { tinySpirals, useTestBackend } from './helpers';

useTestBackend();

const data = tinySpirals(64);

describe('gradient norms ‖∂E/∂x_l‖ at init', () => {
  for (const lambda of [0.9, 1, 1.2]) {
    it(`follow P2 eq. (8) in a linear net with λ = ${lambda} shortcuts and zero branches: ratio l/L = ∏λ to 1e-4`, async () => {
      const depth = 20; // 10 units
      const spec = makeSpec({ depth, width: 16, shortcut: 'scaling', lambda, activation: 'linear', batchNorm: false, zeroInitBranch: true });
      const norms = await gradientNormsAtInit(spec, data, 1);
      const units = depth / 2;
      expect(norms).toHaveLength(units + 1);
      const last = norms[units] as number;
      for (let l = 0; l <= units; l++) {
        const expected = lambda ** (units - l);
        expect(Math.abs((norms[l] as number) / last - expected) / expected).toBeLessThan(1e-4);
      }
    });
  }

  it('returns one finite, positive norm per unit boundary for plain and residual nets with BN', async () => {
    for (const shortcut of ['none', 'identity'] as const) {
      const norms = await gradientNormsAtInit(makeSpec({ depth: 12, width: 8, shortcut, batchNorm: true }), data, 2);
      expect(norms).toHaveLength(7);
      for (const n of norms) expect(Number.isFinite(n) && n > 0).toBe(true);
    }
  });

  it('is reproducible for a seed', async () => {
    const spec = makeSpec({ depth: 10, width: 8, shortcut: 'dropout', dropP: 0.5 });
    expect(await gradientNormsAtInit(spec, data, 3)).toEqual(await gradientNormsAtInit(spec, data, 3));
  });
});

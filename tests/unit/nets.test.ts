import { describe, expect, it } from 'vitest';
import { layersOfBlock, unitOps } from '~lib/arch/block';
import { activationPlacements, branchOps, placementKeys } from '~lib/arch/placements';
import { allShortcutKeys, isShortcutKey, shortcutKeys, shortcutKinds } from '~lib/arch/shortcuts';
import { blockOfSpec, describeSpec, makeSpec, networkOfSpec, parameterCount, planOf } from '~lib/nets/spec';
import { degradationClaim, describeLab, labData, labPresets, learningRateAt } from '~lib/nets/lab';

describe('shortcut registry', () => {
  it('covers P2 Fig. 2 panels (a)–(f) once each, plus the plain net', () => {
    const panels = shortcutKeys.map((k) => shortcutKinds[k].panel).filter((p) => p !== null).sort();
    expect(panels).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(shortcutKinds.none.panel).toBeNull();
  });

  it('gives learned shortcut weights only to gating and projection', () => {
    const withWeights = shortcutKeys.filter((k) => layersOfBlock(blockOfSpec(makeSpec({ shortcut: k }))).shortcutLayer !== null).sort();
    expect(withWeights).toEqual(['exclusiveGate', 'projection', 'shortcutGate']);
  });

  it("offers the lab every kind but option A's zero-padding, which only adds channels", () => {
    expect(isShortcutKey('zeroPad')).toBe(false);
    expect(allShortcutKeys.filter((k) => !isShortcutKey(k))).toEqual(['zeroPad']);
  });
});

describe('one unit expansion for dense and conv units', () => {
  it('stretches a placement to a bottleneck: the BN→ReLU between weight layers repeats', () => {
    expect(branchOps('original', 3)).toEqual(['weight', 'bn', 'act', 'weight', 'bn', 'act', 'weight', 'bn']);
    expect(branchOps('fullPreact', 3)).toEqual(['bn', 'act', 'weight', 'bn', 'act', 'weight', 'bn', 'act', 'weight']);
    expect(branchOps('bnAfterAdd', 2, false)).toEqual(['weight', 'act', 'weight']);
  });

  it('builds the lab plan from the same ops as the unit of its network', () => {
    for (const placement of placementKeys) {
      for (const batchNorm of [true, false]) {
        const spec = makeSpec({ placement, batchNorm, depth: 4 });
        const unit = networkOfSpec(spec).stages[1]!.layers[0]!;
        if (unit.kind !== 'block') throw new Error('expected a unit');
        const ops = unitOps(unit);
        expect(planOf(spec).unit.branch).toEqual([...ops.pre, ...ops.branch]);
        expect(planOf(spec).unit.afterAdd).toEqual(ops.afterAdd);
      }
    }
  });

  it('gives dense layers a bias only where no BN follows, and conv layers none', () => {
    const dense = layersOfBlock(blockOfSpec(makeSpec({ placement: 'original' }))).convs;
    expect(dense.map((l) => l.bias)).toEqual([false, false]);
    const preact = layersOfBlock(blockOfSpec(makeSpec({ placement: 'fullPreact' }))).convs;
    expect(preact.map((l) => l.bias)).toEqual([false, true]);
    const conv = layersOfBlock({ ...blockOfSpec(makeSpec({ placement: 'fullPreact' })), layer: 'conv' }).convs;
    expect(conv.map((l) => [l.kernel, l.bias])).toEqual([[3, false], [3, false]]);
  });
});

describe('activation placement registry', () => {
  it('covers P2 Fig. 4 panels (a)–(e), each branch holding exactly two weight layers', () => {
    expect(placementKeys.map((k) => activationPlacements[k].panel).sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    for (const k of placementKeys) {
      expect(activationPlacements[k].branch.filter((op) => op === 'weight')).toHaveLength(2);
    }
  });

  it('leaves nothing after the addition in full pre-activation and a ReLU in the original unit', () => {
    expect(activationPlacements.fullPreact.afterAdd).toEqual([]);
    expect(activationPlacements.fullPreact.branch).toEqual(['bn', 'act', 'weight', 'bn', 'act', 'weight']);
    expect(activationPlacements.original.afterAdd).toEqual(['act']);
  });
});

describe('planOf', () => {
  it('counts depth in hidden weight layers, two per unit', () => {
    expect(planOf(makeSpec({ depth: 50 })).units).toBe(25);
  });

  it('drops every BN op when batch norm is off', () => {
    const plan = planOf(makeSpec({ batchNorm: false, placement: 'bnAfterAdd' }));
    expect(plan.unit.branch).toEqual(['weight', 'act', 'weight']);
    expect(plan.unit.afterAdd).toEqual(['act']);
    expect(plan.stem).toEqual(['act']);
  });

  it('zero-initialises the last affine op of the branch: BN γ when BN ends it, else the weight', () => {
    const withBn = planOf(makeSpec({ zeroInitBranch: true, batchNorm: true, placement: 'original' }));
    expect(withBn.unit.branch[withBn.unit.zeroInitAt as number]).toBe('bn');
    expect(withBn.unit.zeroInitAt).toBe(4);
    const noBn = planOf(makeSpec({ zeroInitBranch: true, batchNorm: false, placement: 'actBeforeAdd' }));
    expect(noBn.unit.zeroInitAt).toBe(2);
    expect(planOf(makeSpec({ zeroInitBranch: true, shortcut: 'none' })).unit.zeroInitAt).toBeNull();
    expect(planOf(makeSpec({ zeroInitBranch: false })).unit.zeroInitAt).toBeNull();
  });
});

describe('parameterCount', () => {
  it('counts weights and biases by hand for a tiny net without BN', () => {
    // stem 2·4+4, one unit of two 4×4 layers with biases, head 4·2+2.
    expect(parameterCount(makeSpec({ depth: 2, width: 4, batchNorm: false }))).toBe(12 + 2 * 20 + 10);
  });

  it('adds γ and β for each BN, including the stem BN, and drops the bias of every weight layer a BN follows', () => {
    // The stem's and both branch weights feed a BN: 3 biases of 4 go; 3 BNs of 4 features add 24.
    expect(parameterCount(makeSpec({ depth: 2, width: 4, batchNorm: true }))).toBe(62 - 3 * 4 + 3 * 2 * 4);
  });

  it('gives identity-shortcut and plain nets the same count (P1 §3.3) and charges projections and gates', () => {
    const base = { depth: 50, width: 16 };
    const plain = parameterCount(makeSpec({ ...base, shortcut: 'none' }));
    expect(parameterCount(makeSpec({ ...base, shortcut: 'identity' }))).toBe(plain);
    expect(parameterCount(makeSpec({ ...base, shortcut: 'projection' }))).toBe(plain + 25 * 256);
    expect(parameterCount(makeSpec({ ...base, shortcut: 'exclusiveGate' }))).toBe(plain + 25 * 272);
  });
});

describe('describeSpec', () => {
  it('names plain and residual nets by depth and width', () => {
    expect(describeSpec(makeSpec({ depth: 50, width: 16, shortcut: 'identity' }))).toBe('residual-50, width 16');
    expect(describeSpec(makeSpec({ depth: 8, width: 16, shortcut: 'none', batchNorm: false }))).toBe('plain-8, width 16, no BN');
  });

  it('mentions a non-default shortcut and placement', () => {
    const label = describeSpec(makeSpec({ shortcut: 'scaling', lambda: 0.5, placement: 'fullPreact' }));
    expect(label).toContain('constant scaling λ=0.5');
    expect(label).toContain('full pre-activation');
  });
});

describe('labPresets', () => {
  it('trains a shallow plain, a deep plain and a deep residual net of one width', () => {
    const [shallow, deep, residual] = labPresets.degradation.models.map((m) => m.spec);
    expect(shallow?.shortcut).toBe('none');
    expect(deep?.shortcut).toBe('none');
    expect(residual?.shortcut).not.toBe('none');
    expect(deep?.depth).toBe(residual?.depth);
    expect(shallow!.depth).toBeLessThan(deep!.depth);
    expect(new Set([shallow?.width, deep?.width, residual?.width]).size).toBe(1);
  });

  it('states the degradation claim on at least three seeds, and passes its seed to the data', () => {
    expect(degradationClaim.seeds.length).toBeGreaterThanOrEqual(3);
    expect(labData({ ...labPresets.degradation, seed: 7 }).seed).toBe(7);
  });
});

describe('learningRateAt', () => {
  it('drops the rate by the factor after each decay step (P1-style schedule)', () => {
    const o = { kind: 'adam', learningRate: 0.1, decaySteps: [10, 20], decayFactor: 0.1 } as const;
    expect(learningRateAt(o, 0)).toBe(0.1);
    expect(learningRateAt(o, 9)).toBe(0.1);
    expect(learningRateAt(o, 10)).toBeCloseTo(0.01, 12);
    expect(learningRateAt(o, 25)).toBeCloseTo(0.001, 12);
    expect(learningRateAt({ kind: 'sgd', learningRate: 0.5 }, 1000)).toBe(0.5);
  });
});

describe('describeLab', () => {
  it('states data, nets, init, optimiser and steps of the default lab in plain words', () => {
    const text = describeLab(labPresets.degradation).join('\n');
    expect(text).toContain('400 points (300 train, 100 test)');
    expect(text).toContain('plain-8, plain-56, residual-56');
    expect(text).toContain('batch norm after every weight layer');
    expect(text).toContain('He normal');
    expect(text).toContain('residual branches included');
    expect(text).toContain('SGD, momentum 0.9, weight decay 0.0001, learning rate 0.03');
    expect(text).toContain('after steps 300 and 450');
    expect(text).toContain('600 steps, full batch');
  });

  it('says when residual branches start at zero (an option beyond P1)', () => {
    const [shallow, deep, residual] = labPresets.degradation.models;
    const zeroed = { ...labPresets.degradation, models: [shallow!, deep!, { ...residual!, spec: { ...residual!.spec, zeroInitBranch: true } }] };
    expect(describeLab(zeroed).join('\n')).toContain('each residual branch starts at zero (an option beyond P1)');
  });
});

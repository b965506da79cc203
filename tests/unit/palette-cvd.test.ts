import { describe, expect, it } from 'vitest';
import { DASH, DEPTH_ROLES, FIG6_SPLITS, PAPER_FAIL_DASH, ROLES, SPLITS, VARIANT_ROLES, type Role } from '~viz/roles';
import { deltaE, type Deficiency } from './palette-maths';
import { tokens } from './palette-tokens';

/** Smallest CIE76 ΔE*ab two semantic colours may have, with normal vision or simulated deficiency. */
const MIN_DELTA_E = 10;
const VISION: Deficiency[] = ['none', 'deuteranopia', 'protanopia'];

const roles = Object.keys(ROLES) as Role[];
/** The meanings every figure shares; the variant colours are a set of their own, for ablations and the CNN lab's depths only. */
const SEMANTIC = roles.filter((r) => !VARIANT_ROLES.includes(r) && !DEPTH_ROLES.includes(r));
/** An ablation chart: the baseline (residual) and the variant colours. */
const ABLATION: Role[] = ['residual', ...VARIANT_ROLES];

function closePairs(set: readonly Role[], theme: 'light' | 'dark'): string[] {
  const t = tokens()[theme];
  const hex = (r: Role) => t[ROLES[r].token]!;
  const out: string[] = [];
  for (let i = 0; i < set.length; i++)
    for (let j = i + 1; j < set.length; j++)
      for (const kind of VISION) {
        const d = deltaE(hex(set[i]!), hex(set[j]!), kind);
        if (d < MIN_DELTA_E) out.push(`${set[i]}/${set[j]} under ${kind}: ΔE ${d.toFixed(1)}`);
      }
  return out;
}

describe('the palette under colour-vision deficiency (Machado et al. 2009, severity 1)', () => {
  it('the simulation merges a red and a green that normal vision tells apart', () => {
    expect(deltaE('#880000', '#445500', 'none')).toBeGreaterThan(50);
    expect(deltaE('#880000', '#445500', 'deuteranopia')).toBeLessThan(5);
    expect(deltaE('#aa0000', '#114400', 'none')).toBeGreaterThan(50);
    expect(deltaE('#aa0000', '#114400', 'protanopia')).toBeLessThan(5);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`${theme}: every pair of semantic colours stays ΔE ≥ ${MIN_DELTA_E} apart`, () => {
      expect(closePairs(SEMANTIC, theme)).toEqual([]);
    });
    it(`${theme}: the ablation variants stay apart from each other and from the residual baseline`, () => {
      expect(closePairs(ABLATION, theme)).toEqual([]);
    });
    it(`${theme}: the CNN lab's depth colours stay apart from each other`, () => {
      expect(closePairs(DEPTH_ROLES, theme)).toEqual([]);
    });
  }
});

describe('second cues (roles.ts)', () => {
  it('train and test share a hue by design and differ by dash and by filled against hollow marks', () => {
    expect(SPLITS.train.dash).not.toBe(SPLITS.test.dash);
    expect(SPLITS.train.fill).not.toBe(SPLITS.test.fill);
  });

  it('each dash pattern other than solid means one thing', () => {
    const patterns = [...Object.values(ROLES).map((s) => s.dash), SPLITS.test.dash, FIG6_SPLITS.train.dash, PAPER_FAIL_DASH, DASH.sparse].filter((d) => d !== undefined);
    expect(new Set(patterns).size).toBe(patterns.length);
  });

  it('the decision boundary’s classes differ by marker and take no net’s colour', () => {
    expect(ROLES['class-a'].marker).not.toBe(ROLES['class-b'].marker);
    const nets = new Set((['plain', 'residual', 'shallow'] as const).map((r) => ROLES[r].token));
    expect(nets.has(ROLES['class-a'].token) || nets.has(ROLES['class-b'].token)).toBe(false);
  });

  it('colours that no label names carry a marker or are one of the cost charts’ two quantities', () => {
    for (const r of roles) if (!ROLES[r].text) expect(ROLES[r].marker !== 'none' || r === 'macs' || r === 'params', r).toBe(true);
  });
});

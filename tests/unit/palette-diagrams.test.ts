import { describe, expect, it } from 'vitest';
import { ROLES } from '~viz/roles';
import { contrast, deltaE, lab, simulate, type Deficiency } from './palette-maths';
import { cssRules, readRepo, resolveToken, tokens } from './palette-tokens';

// Block diagrams and the gradient-flow chain (src/styles/diagrams.css): box colours have fixed
// meanings (tokens.css says which), held here in both themes: box labels are text on filled boxes,
// strokes and wires are graphics on the figure background, and the main path's colour is no
// role's colour, for any viewer.

const THEMES = ['light', 'dark'] as const;
const VISION: Deficiency[] = ['none', 'deuteranopia', 'protanopia'];

/** The `.diagram` rules of diagrams.css (the figure panels' control rules below them are HTML, not drawing). */
const RULES = cssRules(readRepo('src/styles/diagrams.css')).filter((r) => r.selector.startsWith('.diagram'));
/** The token a declaration names, or undefined when it names none. */
const token = (value: string | undefined) => (value ? /^var\(--(fig-[\w-]+)\)$/.exec(value)?.[1] : undefined);
const isShape = (selector: string) => /\b(rect|circle|path)$|\.wire|\.chain__highway|\.chain__gap/.test(selector);

const boxFills = [...new Set(RULES.filter((r) => /\b(rect|circle)$/.test(r.selector)).map((r) => token(r.decls.fill)).filter((t) => t !== undefined))];
const textFills = [...new Set(RULES.filter((r) => !isShape(r.selector)).map((r) => token(r.decls.fill)).filter((t) => t !== undefined))];
const strokes = [...new Set(RULES.map((r) => token(r.decls.stroke)).filter((t) => t !== undefined))];
const markFills = [...new Set(RULES.filter((r) => r.selector.includes('wire__head')).map((r) => token(r.decls.fill)).filter((t) => t !== undefined))];

describe('block-diagram colours (diagrams.css, tokens.css)', () => {
  it('reads the rules it checks: box fills, text fills, strokes', () => {
    expect(boxFills).toEqual(expect.arrayContaining(['fig-op-weight-fill', 'fig-op-norm-fill', 'fig-op-shortcut-fill', 'fig-bg']));
    expect(textFills).toEqual(expect.arrayContaining(['fig-text-strong', 'fig-text']));
    expect(strokes).toEqual(expect.arrayContaining(['fig-op-weight', 'fig-op-norm', 'fig-op-act', 'fig-op-shortcut', 'fig-main-path', 'fig-axis']));
  });

  it('takes every colour from a --fig- token, none from Starlight’s raw variables', () => {
    const raw = RULES.flatMap((r) => ['fill', 'stroke', 'color'].filter((p) => r.decls[p] && !token(r.decls[p]) && r.decls[p] !== 'none').map((p) => `${r.selector} { ${p}: ${r.decls[p]} }`));
    expect(raw).toEqual([]);
  });

  for (const theme of THEMES) {
    const t = tokens()[theme];
    const hex = (name: string) => resolveToken(t, name);
    const bg = hex('fig-bg');

    it(`${theme}: every text colour reaches 4.5:1 on every box fill and on the background`, () => {
      const failures = textFills.flatMap((text) =>
        boxFills.map((fill) => [text, fill, contrast(hex(text), hex(fill))] as const).filter(([, , r]) => r < 4.5).map(([a, b, r]) => `--${a} on --${b}: ${r.toFixed(2)}:1`),
      );
      expect(failures).toEqual([]);
    });

    it(`${theme}: box strokes, wires and arrowheads reach 3:1 against --fig-bg`, () => {
      const failures = [...strokes, ...markFills].map((s) => [s, contrast(hex(s), bg)] as const).filter(([, r]) => r < 3).map(([s, r]) => `--${s}: ${r.toFixed(2)}:1`);
      expect(failures).toEqual([]);
    });

    it(`${theme}: the shortcut is the residual net's colour, weight layers are neutral, no box takes the plain net's colour`, () => {
      expect(hex('fig-op-shortcut')).toBe(hex(ROLES.residual.token));
      for (const name of ['fig-op-weight', 'fig-op-weight-fill', 'fig-op-norm', 'fig-op-norm-fill', 'fig-op-act']) {
        const [, a, b] = lab(simulate(hex(name), 'none'));
        expect(Math.hypot(a, b), `--${name} chroma`).toBeLessThan(10);
      }
      const plain = hex(ROLES.plain.token);
      expect([...boxFills, ...strokes].filter((n) => hex(n) === plain)).toEqual([]);
    });

    it(`${theme}: the main path's colour stays ΔE ≥ 10 from every role colour and every other diagram stroke, for every viewer`, () => {
      const others = [...Object.values(ROLES).map((s) => s.token), ...strokes.filter((s) => s !== 'fig-main-path')];
      const close = others.flatMap((o) => VISION.map((v) => [o, v, deltaE(hex('fig-main-path'), hex(o), v)] as const)).filter(([, , d]) => d < 10);
      expect(close.map(([o, v, d]) => `--${o} under ${v}: ΔE ${d.toFixed(1)}`)).toEqual([]);
    });
  }
});

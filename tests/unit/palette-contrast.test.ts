import { describe, expect, it } from 'vitest';
import { ROLES } from '~viz/roles';
import { contrast } from './palette-maths';
import { starlightBackground, tokens } from './palette-tokens';

const THEMES = ['light', 'dark'] as const;

describe('palette contrast against the figure background (WCAG 2)', () => {
  it('the contrast maths gives the known extremes', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  it('--fig-bg is Starlight’s page background in each theme', () => {
    const sl = starlightBackground();
    for (const theme of THEMES) expect(tokens()[theme]['fig-bg']).toBe(sl[theme]);
  });

  for (const theme of THEMES) {
    it(`${theme}: text colours reach 4.5:1, marks 3:1`, () => {
      const t = tokens()[theme];
      const bg = t['fig-bg']!;
      const failures: string[] = [];
      const need = (token: string, min: number) => {
        const ratio = contrast(t[token]!, bg);
        if (ratio < min) failures.push(`--${token} ${t[token]} is ${ratio.toFixed(2)}:1, needs ${min}:1`);
      };
      for (const style of Object.values(ROLES)) need(style.token, style.text ? 4.5 : 3);
      need('fig-text', 4.5);
      need('fig-axis', 3);
      expect(failures).toEqual([]);
    });
  }
});

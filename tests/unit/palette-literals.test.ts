import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '~viz/roles';
import { readRepo, tokens } from './palette-tokens';

/** Colour literals in a source text: hex, rgb()/rgba(), hsl()/hsla(). */
export function colourLiterals(text: string): string[] {
  return text.match(/#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})(?![\w-])|\b(?:rgba?|hsla?)\([^)]*\)/gi) ?? [];
}

/** Every file under a folder of the repository, as repository paths. */
function filesUnder(folder: string): string[] {
  const dir = fileURLToPath(new URL(`../../${folder}`, import.meta.url));
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|css|astro|mjs|js)$/.test(e.name))
    .map((e) => `${folder}/${fileURLToPath(new URL(`file://${e.parentPath}/${e.name}`)).slice(dir.length + 1)}`);
}

const SOURCES = ['src/viz', 'src/styles', 'components'].flatMap(filesUnder).filter((p) => p !== 'src/styles/tokens.css');

describe('every figure colour lives in tokens.css', () => {
  it('the scan finds hex, rgb() and hsl() literals and leaves ids and anchors alone', () => {
    expect(colourLiterals('fill: #1d4ed8; stroke: #abc; color: rgb(1, 2, 3); c: hsla(224, 10%, 10%, 0.5)')).toEqual(['#1d4ed8', '#abc', 'rgb(1, 2, 3)', 'hsla(224, 10%, 10%, 0.5)']);
    expect(colourLiterals('href="#fig-flops" id="#add-on" #section-2')).toEqual([]);
  });

  it('scans the drawing code, the styles and the components', () => {
    expect(SOURCES).toContain('src/viz/line-chart.ts');
    expect(SOURCES).toContain('src/styles/charts.css');
    expect(SOURCES).toContain('src/styles/diagrams.css');
    expect(SOURCES.some((p) => p.startsWith('components/'))).toBe(true);
  });

  it('finds no colour literal outside tokens.css', () => {
    const found = SOURCES.flatMap((p) => colourLiterals(readRepo(p)).map((c) => `${p}: ${c}`));
    expect(found).toEqual([]);
  });

  it('defines every --fig- token that the styles use, in the light theme', () => {
    const defined = new Set(Object.keys(tokens().light));
    const used = SOURCES.flatMap((p) => [...readRepo(p).matchAll(/var\(--(fig-[\w-]+)/g)].map((m) => m[1]!));
    expect(used.filter((t) => !defined.has(t))).toEqual([]);
  });

  it('gives every role a colour in both themes and a class in charts.css', () => {
    const { light, dark } = tokens();
    const charts = readRepo('src/styles/charts.css');
    for (const [role, style] of Object.entries(ROLES) as [Role, (typeof ROLES)[Role]][]) {
      expect(light[style.token], role).toMatch(/^#[0-9a-f]{6}$/);
      expect(dark[style.token], role).toMatch(/^#[0-9a-f]{6}$/);
      expect(charts).toContain(`.chart .role-${role} { --tone: var(--${style.token}); }`);
    }
  });
});

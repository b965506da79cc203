import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LAYOUT_WIDTH, layoutOf, layoutsMarkup, suffixIds, WIDE_FROM } from '~viz/layout';
import { legend, LEGEND_ROW, textWidth } from '~viz/legend';
import { lineChart, type Series } from '~viz/line-chart';
import { h, toMarkup, type SvgNode } from '~viz/svg';

const series = (key: string, label: string, y: number): Series => ({ key, label, role: 'residual', points: [{ x: 0, y: 1 }, { x: 10, y }] });
const chart = (layout: 'narrow' | 'wide', labels: string[]) =>
  toMarkup(lineChart({ id: 'c', title: 't', description: 'd', xLabel: 'step', yLabel: 'loss', layout, series: labels.map((l, i) => series(`s${i}`, l, 0.5 + i / 10)) }));

describe('two layouts per drawing', () => {
  it('switch at WIDE_FROM, the width the stylesheet’s container queries use', () => {
    const css = readFileSync(new URL('../../src/styles/charts.css', import.meta.url), 'utf8');
    const queries = [...css.matchAll(/@container \(width (<|>=) (\d+)px\)/g)].map((m) => [m[1], Number(m[2])]);
    expect(queries).toEqual([['<', WIDE_FROM], ['>=', WIDE_FROM]]);
    expect(layoutOf(WIDE_FROM - 1)).toBe('narrow');
    expect(layoutOf(WIDE_FROM)).toBe('wide');
  });

  it('keep 12 px text at 11 px or more wherever each is shown: narrow on a 390 px phone’s 358 px column, wide from WIDE_FROM', () => {
    expect((12 * 358) / LAYOUT_WIDTH.narrow).toBeGreaterThanOrEqual(11);
    expect((12 * WIDE_FROM) / LAYOUT_WIDTH.wide).toBeGreaterThanOrEqual(11);
  });

  it('ship both at build time, the narrow one’s ids and the references to them renamed, so no id repeats', () => {
    const draw = (layout: 'narrow' | 'wide') =>
      h('svg', { 'aria-labelledby': 'x-title x-desc', 'data-w': LAYOUT_WIDTH[layout] }, [
        h('title', { id: 'x-title' }, ['T']),
        h('desc', { id: 'x-desc' }, ['D']),
        h('path', { 'clip-path': 'url(#x-clip)', 'marker-end': 'url(#elsewhere)' }),
        h('clipPath', { id: 'x-clip' }),
      ]);
    const markup = layoutsMarkup(draw, 'extra');
    expect(markup).toMatch(/^<div class="fig-layouts extra"><div data-layout="narrow"><svg [^>]*data-w="360"/);
    expect(markup).toContain('<div data-layout="wide"><svg aria-labelledby="x-title x-desc" data-w="640">');
    expect(markup).toContain('aria-labelledby="x-title--narrow x-desc--narrow"');
    expect(markup).toContain('clip-path="url(#x-clip--narrow)"');
    // A reference to an id the drawing does not define is left alone.
    expect(markup.match(/url\(#elsewhere\)/g)).toHaveLength(2);
    const ids = [...markup.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('suffixIds leaves the scene it was given untouched', () => {
    const scene = h('g', { id: 'a' }, [h('use', { href: '#a' })]);
    const renamed = suffixIds(scene, 'narrow');
    expect(toMarkup(renamed)).toBe('<g id="a--narrow"><use href="#a--narrow"></use></g>');
    expect(toMarkup(scene)).toBe('<g id="a"><use href="#a"></use></g>');
  });
});

describe('the line chart’s layouts', () => {
  it('narrow: drawn 360 wide, lines named in a legend under the plot instead of at their ends', () => {
    const svg = chart('narrow', ['plain-8', 'residual-50']);
    expect(svg).toMatch(/^<svg viewBox="0 0 360 /);
    expect(svg.match(/class="series__label"/g)).toHaveLength(2);
    expect(svg).toContain('<g class="legend" aria-hidden="true">');
    expect(svg).not.toMatch(/<g class="series role-residual" data-series="s0"><path [^>]*><\/path><text/);
  });

  it('wide: short labels at the lines’ ends; a label too long for the margin sends all of them to the legend', () => {
    const short = chart('wide', ['plain-8', 'residual-50']);
    expect(short).toMatch(/^<svg viewBox="0 0 640 320"/);
    expect(short).not.toContain('class="legend"');
    expect(short.match(/class="series__label"/g)).toHaveLength(2);
    const long = chart('wide', ['plain-8', 'exclusive gating, b = 0 (paper: fail)']);
    expect(long).toContain('class="legend"');
    expect(long.match(/class="series__label"/g)).toHaveLength(2);
  });

  it('end labels that end together are moved at least a line of text apart', () => {
    const svg = toMarkup(lineChart({ id: 'c', title: 't', description: 'd', xLabel: 'x', yLabel: 'y', series: [series('a', 'a', 0.5), series('b', 'b', 0.5001)] }));
    const ys = [...svg.matchAll(/<text x="[^"]+" y="([^"]+)" dy="0.32em" class="series__label">/g)].map((m) => Number(m[1]));
    expect(ys).toHaveLength(2);
    expect(Math.abs(ys[0]! - ys[1]!)).toBeGreaterThanOrEqual(15);
  });
});

describe('the legend', () => {
  it('wraps into rows no wider than it is given, skipping unlabelled items', () => {
    const items = ['identity', 'constant scaling λ = 0.5', 'exclusive gating', '', 'dropout 0.5'].map((label) => ({ role: 'residual' as const, label }));
    const { node, height } = legend(items, 10, 0, 200);
    const labelled = items.filter((it) => it.label);
    const placed = node.children.map((c, i) => {
      const [, x, y] = /translate\(([-\d.]+),([-\d.]+)\)/.exec(String((c as SvgNode).attrs.transform))!;
      expect(toMarkup(c)).toContain(labelled[i]!.label);
      // The swatch (22) and gap (8) before the text.
      return { left: Number(x) - 10, right: Number(x) - 10 + 30 + textWidth(labelled[i]!.label), row: Number(y) };
    });
    expect(placed).toHaveLength(4);
    const rows = [...new Set(placed.map((p) => p.row))];
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) {
      const inRow = placed.filter((p) => p.row === row);
      expect(inRow[0]!.left).toBe(0);
      // Only an item alone in its row may be wider than the legend.
      if (inRow.length > 1) for (const p of inRow) expect(p.right).toBeLessThanOrEqual(200);
    }
    expect(height % LEGEND_ROW).toBe(0);
    expect(height).toBeGreaterThan(LEGEND_ROW);
  });
});

import { describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from '../support/svg-snapshot';
import { gradientFlowPresets, type GradientFlowPreset } from '~lib/gradient-flow/state';
import { recordedGradientFlow } from '~lib/recorded/gradient-flow';
import { tableMarkup } from '~viz/data-table';
import { drawnUnits, roadWidth } from '~viz/gradient-chain';
import { chainScene, chartScene, comparisonMarkup, gradientFlowArt, gradientFlowFigure, gradientFlowNotesMarkup, gradientFlowTable, readoutMarkup } from '~viz/gradient-flow-figure';
import { toMarkup } from '~viz/svg';

/** One tag per line, so a snapshot diff points at the element that changed. */

const presets = Object.keys(gradientFlowPresets) as GradientFlowPreset[];

describe('the static gradient-flow figure', () => {
  it.each(presets)('preset %s draws the same chain and chart as the committed snapshot', async (preset) => {
    const fig = gradientFlowFigure(gradientFlowPresets[preset], recordedGradientFlow(preset));
    await expectSvgSnapshot(toMarkup(chainScene(fig, 'fig-gradient-flow')), `gradient-flow-chain-${preset}`);
    await expectSvgSnapshot(toMarkup(chartScene(fig, 'fig-gradient-flow')), `gradient-flow-chart-${preset}`);
  });

  it.each(presets)('preset %s draws the same narrow chain and chart as the committed snapshot', async (preset) => {
    const fig = gradientFlowFigure(gradientFlowPresets[preset], recordedGradientFlow(preset));
    await expectSvgSnapshot(toMarkup(chainScene(fig, 'fig-gradient-flow', 'narrow')), `gradient-flow-chain-${preset}-narrow`);
    await expectSvgSnapshot(toMarkup(chartScene(fig, 'fig-gradient-flow', 'narrow')), `gradient-flow-chart-${preset}-narrow`);
  });

  it('ships both layouts of the chain and the chart, and keeps the comparison for the notes', () => {
    const fig = gradientFlowFigure(gradientFlowPresets.scaled, recordedGradientFlow('scaled'));
    const art = gradientFlowArt(fig, 'fig-gradient-flow');
    expect(art).toContain('<div class="fig-layouts gf__chain"><div data-layout="narrow">');
    expect(art).toContain('<div class="fig-layouts gf__chart"><div data-layout="narrow">');
    expect(art).toContain('id="fig-gradient-flow-chain-title--narrow"');
    expect(art).not.toContain('gf__compare');
    expect(gradientFlowNotesMarkup(fig)).toMatch(/^<div class="gf__compare"><p>Measured after 100 training steps/);
  });

  it('keeps the shortcut boxes clear of the highway arrowheads, and maths out of raw "x_l" text', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      for (const view of ['forward', 'backward'] as const) {
        const state = { ...gradientFlowPresets.scaled, kind: 'exclusiveGate' as const, act: 'relu' as const, view };
        const chain = chainScene(gradientFlowFigure(state, null), 'x', layout);
        const svg = toMarkup(chain);
        expect(svg.replace(/<title[^]*?<\/desc>/, '')).not.toMatch(/\p{L}_[\p{L}0-9]/u);
        const boxes = [...svg.matchAll(/data-key="h-\d+" transform="translate\(([\d.]+),[\d.]+\)"><rect x="(-[\d.]+)"/g)].map((m) => [Number(m[1]) + Number(m[2]), Number(m[1]) - Number(m[2])]);
        const heads = [...svg.matchAll(/class="wire__head wire__head--shortcut" d="[^"]+" transform="translate\(([\d.]+),([\d.]+)\) rotate\((0|180)\)"/g)].map((m) => (m[3] === '0' ? [Number(m[1]) - 7, Number(m[1])] : [Number(m[1]), Number(m[1]) + 7]));
        expect(boxes.length).toBeGreaterThan(0);
        expect(heads).toHaveLength(boxes.length);
        for (const [hx0, hx1] of heads) for (const [bx0, bx1] of boxes) expect(hx1 <= (bx0 as number) || (hx0 as number) >= (bx1 as number)).toBe(true);
      }
    }
  });

  it('shows a measured curve, not only the analytic one, from the recorded norms', () => {
    const fig = gradientFlowFigure(gradientFlowPresets.scaled, recordedGradientFlow('scaled'));
    expect(fig.status).toBe('measured');
    expect(fig.measured).toHaveLength(55);
    const chart = toMarkup(chartScene(fig, 'x'));
    expect(chart).toMatch(/data-series="measured"><path d="M[^"]{20,}/);
    expect(chart).toMatch(/data-series="analytic"><path d="M[^"]{20,}/);
  });

  it('has one table row per unit boundary with raw numbers in data-unit, data-analytic, data-measured', () => {
    const fig = gradientFlowFigure(gradientFlowPresets.scaled, recordedGradientFlow('scaled'));
    const html = tableMarkup(gradientFlowTable(fig));
    const rows = [...html.matchAll(/<tr data-unit="(\d+)" data-analytic="([^"]+)" data-measured="([^"]*)">/g)];
    expect(rows).toHaveLength(55);
    expect(Number(rows[54]?.[2])).toBe(1);
    expect(Number(rows[54]?.[3])).toBe(1);
    expect(Number(rows[0]?.[2])).toBe(fig.analytic[0]);
    expect(Number(rows[0]?.[3])).toBe(fig.measured?.[0]);
  });

  it('reads out the direct term and links the P2 Table 1 row', () => {
    const fig = gradientFlowFigure(gradientFlowPresets.scaled, recordedGradientFlow('scaled'));
    const readout = readoutMarkup(fig);
    expect(readout).toContain('Direct term across 54 units at λ = 0.5: 5.6×10⁻¹⁷');
    expect(readout).toContain('href="/chapters/shortcut-variants/#p2-table-1" data-row="scale-0.5-f1"');
  });

  it('says how the recorded curve was measured, and why it leaves the direct term', () => {
    const recorded = recordedGradientFlow('scaled');
    const fig = gradientFlowFigure(gradientFlowPresets.scaled, recorded);
    const compare = comparisonMarkup(fig);
    expect(compare).toContain(`Measured after ${gradientFlowPresets.scaled.steps} training steps (full batch; `);
    expect(compare).toContain('nearly all of it arrives through the weight layers, not along the shortcuts');
    expect(compare).toContain('The branches start He-random and get 100 training steps before the measurement');
    expect(gradientFlowTable(fig).caption).toBe('Direct term and measured gradient per unit, L = 54, after 100 training steps');
  });

  it('when training diverged, shows no measured curve and says so', () => {
    const diverged = { ...recordedGradientFlow('scaled'), norms: null, steps: 30, divergedAt: 30 };
    const fig = gradientFlowFigure(gradientFlowPresets.scaled, diverged);
    expect(fig.status).toBe('diverged');
    expect(fig.measured).toBeNull();
    expect(toMarkup(chartScene(fig, 'x'))).toContain('training diverged, so no measured curve');
    expect(comparisonMarkup(fig)).toContain('Training diverged: by step 30');
    expect(tableMarkup(gradientFlowTable(fig))).toContain('data-measured=""');
  });

  it('while a measurement is pending, says so in the chart and the table', () => {
    const fig = gradientFlowFigure({ ...gradientFlowPresets.scaled, L: 10 }, null);
    expect(toMarkup(chartScene(fig, 'x'))).toContain('measuring…');
    expect(tableMarkup(gradientFlowTable(fig))).toContain('data-measured=""');
    expect(gradientFlowNotesMarkup(fig)).toContain('Training for 100 steps, then measuring');
    expect(gradientFlowNotesMarkup(gradientFlowFigure({ ...fig.state, steps: 0 }, null))).toContain('Measuring');
  });

  it('draws at most four units (two when narrow) and thins the highway as the direct term vanishes', () => {
    expect(drawnUnits(4)).toEqual([0, 1, 2, 3]);
    expect(drawnUnits(54)).toEqual([0, 1, 'gap', 52, 53]);
    expect(drawnUnits(2, 'narrow')).toEqual([0, 1]);
    expect(drawnUnits(54, 'narrow')).toEqual([0, 'gap', 53]);
    expect(roadWidth(1)).toBe(3);
    expect(roadWidth(1e-17)).toBeLessThan(roadWidth(0.25));
    expect(roadWidth(0)).toBe(0);
  });
});

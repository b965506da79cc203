import { describe, expect, it } from 'vitest';
import { cnnLabChart, cnnLabTable, errorCeiling } from '~viz/cnn-lab-figure';
import { cnnGradientChart } from '~viz/cnn-lab-gradients';
import { tableMarkup } from '~viz/data-table';
import { FIG6_SPLITS } from '~viz/roles';
import { toMarkup, type SvgNode } from '~viz/svg';
import { summariseCnnLab } from '~lib/cnn-lab/summary';
import { syntheticNets, syntheticSummary } from '../support/cnn-lab-synthetic';
import { expectSvgSnapshot } from '../support/svg-snapshot';

const run = () =>
  syntheticSummary([8, 20, 56], {
    'plain-8': [[0.01, 0.03], [0.02, 0.04], [0.015, 0.035]],
    'plain-20': [[0.05, 0.07], [0.04, 0.06], [0.06, 0.08]],
    'plain-56': [[0.12, 0.15], [0.1, 0.13], [0.14, 0.16]],
    'resnet-8': [[0.01, 0.03], [0.012, 0.03], [0.011, 0.03]],
    'resnet-20': [[0.005, 0.02], [0.004, 0.02], [0.02, 0.03]],
    'resnet-56': [[0.002, 0.02], [0.003, 0.02], [0.001, 0.02]],
  });

/** Every node of a scene, depth first. */
const nodes = (n: SvgNode): SvgNode[] => [n, ...n.children.flatMap((c) => (typeof c === 'string' ? [] : nodes(c)))];
const panels = (svg: SvgNode) => nodes(svg).filter((n) => n.attrs['data-panel'] !== undefined);
const translate = (n: SvgNode) => (/translate\(([-\d.]+),([-\d.]+)\)/.exec(String(n.attrs.transform)) ?? []).slice(1).map(Number);
const seriesOf = (svg: SvgNode) => nodes(svg).filter((n) => n.attrs['data-series'] !== undefined);
const text = (svg: SvgNode) => toMarkup(svg).replace(/<[^>]+>/g, ' ');

describe('CNN lab figure (P1 Fig. 6 in miniature)', () => {
  it('draws plain nets left and ResNets right when wide, plain on top when narrow', async () => {
    const wide = cnnLabChart('fig-cnn-lab', run());
    const narrow = cnnLabChart('fig-cnn-lab', run(), 'narrow');
    const [wp, wr] = panels(wide);
    const [np, nr] = panels(narrow);
    expect(panels(wide).map((p) => p.attrs['data-panel'])).toEqual(['plain', 'resnet']);
    expect(translate(wp!)[0]).toBeLessThan(translate(wr!)[0]!);
    expect(translate(wp!)[1]).toBe(translate(wr!)[1]);
    expect(translate(np!)[1]).toBeLessThan(translate(nr!)[1]!);
    expect(translate(np!)[0]).toBe(translate(nr!)[0]);
    await expectSvgSnapshot(toMarkup(wide), 'cnn-lab');
    await expectSvgSnapshot(toMarkup(narrow), 'cnn-lab-narrow');
  });

  it('gives each net one thin dashed training line and one bold test line, in its panel and its depth colour', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const svg = cnnLabChart('fig-cnn-lab', run(), layout);
      const [plain, resnet] = panels(svg);
      for (const [panel, ids] of [[plain!, ['plain-8', 'plain-20', 'plain-56']], [resnet!, ['resnet-8', 'resnet-20', 'resnet-56']]] as const) {
        expect(seriesOf(panel).map((s) => s.attrs['data-series'])).toEqual(ids.flatMap((id) => [`${id}-train`, `${id}-test`]));
      }
      for (const s of seriesOf(svg)) {
        const line = s.children.find((c): c is SvgNode => typeof c !== 'string' && c.attrs.class === 'series__line')!;
        const train = String(s.attrs['data-series']).endsWith('-train');
        expect(String(s.attrs.class)).toContain(train ? FIG6_SPLITS.train.class : FIG6_SPLITS.test.class);
        expect(line.attrs['stroke-dasharray']).toBe(train ? FIG6_SPLITS.train.dash : FIG6_SPLITS.test.dash);
      }
      // The same depth, the same colour, in both panels; each depth its own.
      const colour = (id: string) => /role-depth-\d/.exec(String(seriesOf(svg).find((s) => s.attrs['data-series'] === id)?.attrs.class))?.[0];
      expect(new Set(['plain-8', 'plain-20', 'plain-56'].map((id) => colour(`${id}-test`))).size).toBe(3);
      for (const d of [8, 20, 56]) expect(colour(`plain-${d}-test`)).toBe(colour(`resnet-${d}-train`));
    }
  });

  it('has one legend naming each depth and which line is training and which test', () => {
    const svg = cnnLabChart('fig-cnn-lab', run(), 'narrow');
    const items = nodes(svg).filter((n) => String(n.attrs.class).includes('legend__item'));
    const labels = items.map((i) => text(i).trim());
    expect(labels).toEqual(['8 layers', '20 layers', '56 layers', 'thin dashed: training error', 'bold: test error']);
    expect(nodes(svg).filter((n) => n.attrs.class === 'legend')).toHaveLength(1);
    expect(String(items[3]!.attrs.class)).toContain('legend__item--neutral');
  });

  it('is an image with a title and a description that gives the final medians in words', () => {
    const svg = cnnLabChart('fig-cnn-lab', run());
    expect(svg.attrs.role).toBe('img');
    expect(svg.attrs['aria-labelledby']).toBe('fig-cnn-lab-title fig-cnn-lab-desc');
    const desc = text(nodes(svg).find((n) => n.tag === 'desc')!);
    expect(desc).toContain('plain nets on the left, ResNets on the right');
    expect(desc).toContain('Final errors (the median over 3 seeds) at iteration 400: plain-8 training 1.5%, test 3.5%; ResNet-8');
    expect(desc).toContain('plain-56 training 12.0%, test 15.0%');
    expect(desc).toContain('ResNet-56 training 0.20%, test 2.0%');
  });

  it('puts both panels on one y axis, cut above the late medians so early points run off the top', () => {
    const s = run();
    // The highest median from a quarter of the run on: plain-56's test error at step 100, 15 + 75·e^−1.5 ≈ 31.7 %.
    expect(errorCeiling(s)).toBe(40);
    const svg = toMarkup(cnnLabChart('fig-cnn-lab', s));
    expect(svg.match(/clip-path="url\(#fig-cnn-lab-(plain|resnet)-clip\)"/g)).toHaveLength(12);
    const ticks = (panel: string) => [...svg.split(`data-panel="${panel}"`)[1]!.matchAll(/class="axis__label">(\d+)</g)].slice(0, 4).map((m) => m[1]);
    expect(ticks('plain')).toEqual(ticks('resnet'));
  });

  it('breaks a line where it has no value and still draws the rest', () => {
    const s = run();
    const row = s.rows.find((r) => r.id === 'plain-56')!;
    row.trainError[2] = Number.NaN;
    row.testError = row.testError.map(() => Number.NaN);
    row.finalTestError = Number.NaN;
    const svg = cnnLabChart('fig-cnn-lab', s);
    const d = (id: string) => String(nodes(svg).find((n) => n.attrs['data-series'] === id)!.children.find((c): c is SvgNode => typeof c !== 'string')!.attrs.d);
    expect(d('plain-56-train').match(/M/g)).toHaveLength(2);
    expect(d('plain-56-test')).toBe('');
    expect(d('plain-20-test').match(/M/g)).toHaveLength(1);
    const html = tableMarkup(cnnLabTable(s, 'c'));
    expect(html).toContain('data-model="plain-56" data-train-error="0.12" data-test-error="NaN"');
  });

  it('draws axes and says "no data yet" for a run with no measurement, at both widths', async () => {
    const empty = syntheticSummary([8, 20], {});
    for (const layout of ['wide', 'narrow'] as const) {
      const svg = cnnLabChart('fig-cnn-lab', empty, layout);
      const markup = toMarkup(svg);
      expect(markup.match(/no data yet/g)).toHaveLength(2);
      expect(markup.match(/class="axis axis--y"/g)).toHaveLength(2);
      expect(markup).not.toContain('NaN');
      expect(text(nodes(svg).find((n) => n.tag === 'desc')!)).toContain('No measurements yet.');
    }
    await expectSvgSnapshot(toMarkup(cnnLabChart('fig-cnn-lab', empty, 'narrow')), 'cnn-lab-empty-narrow');
  });

  it('tabulates one row per net with raw finals, parameters, steps and P1 Table 6 where it lists the net', () => {
    const s = run();
    const table = cnnLabTable(s, 'Recorded run');
    expect(table.rows.map((r) => r.attrs.model)).toEqual(s.rows.map((r) => r.id));
    expect(table.rows[0]!.attrs).toEqual({ model: 'plain-8', 'train-error': 0.015, 'test-error': 0.035, params: 8000, steps: 400, 'gradient-ratio': 3 });
    expect(table.caption).toBe('Recorded run. A dash: P1 Table 6 lists no plain nets and no ResNet-8.');
    const cells = (id: string) => table.rows.find((r) => r.attrs.model === id)!.cells;
    expect(cells('resnet-20')).toEqual(['ResNet-20', '20', '20,000', '0.50%', '2.0%', 'training 0.40%–2.0%, test 2.0%–3.0%', '2', '8.75%']);
    expect(cells('resnet-56').at(-1)).toBe('6.97%');
    expect(cells('plain-56').at(-1)).toBe('–');
    const empty = cnnLabTable(syntheticSummary([8], {}), 'c');
    expect(empty.rows.map((r) => [r.attrs['train-error'], r.attrs.steps, r.cells[5]])).toEqual([['NaN', 0, 'one seed'], ['NaN', 0, 'one seed']]);
    // Without gradient measurements (a live run's partial record) the ratio is a dash, NaN in the attribute.
    const live = cnnLabTable(summariseCnnLab({ nets: syntheticNets([8]) }, { key: 'live', backend: 'wasm', steps: [0], nets: syntheticNets([8]).map((n) => ({ id: n.id, params: 1, runs: [{ seed: 1, trainError: [0.5], testError: [0.5], trainLoss: [1] }] })) }), 'c');
    expect(live.rows.map((r) => [r.attrs['gradient-ratio'], r.cells[6]])).toEqual([['NaN', '–'], ['NaN', '–']]);
  });
});

describe('CNN lab gradient panel (P1 Sec. 4.1’s check)', () => {
  it('draws one line per net over its unit boundaries, plain nets dashed, ResNets solid, colour by depth', async () => {
    const s = syntheticSummary([8, 20], { 'plain-8': [[0, 0.01]], 'resnet-8': [[0, 0.01]], 'plain-20': [[0.1, 0.2]], 'resnet-20': [[0, 0.02]] });
    for (const layout of ['wide', 'narrow'] as const) {
      const svg = toMarkup(cnnGradientChart('g', s, layout));
      expect(svg).toContain('Gradient norm at every unit boundary, end of the run');
      for (const label of ['plain-8', 'ResNet-8', 'plain-20', 'ResNet-20']) expect(svg).toContain(label);
      await expectSvgSnapshot(svg, `cnn-lab-gradients-${layout}`);
    }
    // A run with no gradient measurements yet (a live run's partial record): axes and a sentence, no lines.
    const empty = toMarkup(cnnGradientChart('g', { ...s, rows: s.rows.map((r) => ({ ...r, finalGradNorms: [] })) }, 'wide'));
    expect(empty).toContain('No gradient norms measured yet.');
  });
});

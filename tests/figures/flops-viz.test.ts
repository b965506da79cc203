import { describe, expect, test } from 'vitest';
import { expectSvgSnapshot } from '../support/svg-snapshot';
import {
  blockCost,
  buildNetwork,
  compareStem,
  imagenetResNet,
  multiplyAdds,
  parameterCount,
  shortcutOverhead,
  stageBreakdown,
  withStrideOneStem,
  type NetworkKey,
} from '~lib/arch';
import { EXPLORER_BASELINE, EXPLORER_MODELS } from '~lib/arch/explorer-state';
import { explorerMapSizes } from '~lib/arch/explorer-layout';
import { describeStage, explorerColumns } from '~lib/arch/flops-columns';
import { printedFlops } from '~lib/arch/printed-flops';
import { figureId } from '~lib/site/figures';
import { tableNumber } from '~lib/papers';
import { blockCostFigure } from '~viz/block-cost-figure';
import { tableMarkup, type DataTable } from '~viz/data-table';
import { explorerScene, explorerTable } from '~viz/flops-explorer-view';
import { shortcutCostFigure } from '~viz/shortcut-cost-figure';
import { STRIDE_ONE_KEY, stemFigure } from '~viz/stem-figure';
import { LAYOUT_WIDTH } from '~viz/layout';
import { toMarkup } from '~viz/svg';

const columns = explorerColumns();
const explorerId = figureId('flops-explorer');

/** Rows whose data-* attributes match all of `attrs`. */
const rowsWith = (table: DataTable, attrs: Record<string, string | number>) =>
  table.rows.filter((r) => Object.entries(attrs).every(([k, v]) => r.attrs[k] === v));
const stageRowsOf = (table: DataTable, model: string) => rowsWith(table, { model }).filter((r) => 'stage' in r.attrs);
const totalRowOf = (table: DataTable, model: string) => {
  const rows = rowsWith(table, { model }).filter((r) => !('stage' in r.attrs));
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

/** P1's printed FLOPs for a picker network, read from the paper tables (×10⁹). */
const PRINTED_AT: Record<string, [string, string, string]> = {
  resnet18: ['p1-table-1', 'flops', 'd18'],
  resnet34: ['p1-table-1', 'flops', 'd34'],
  resnet50: ['p1-table-1', 'flops', 'd50'],
  resnet101: ['p1-table-1', 'flops', 'd101'],
  resnet152: ['p1-table-1', 'flops', 'd152'],
  plain34: ['p1-flops', 'plain-34', 'flops'],
  vgg16: ['p1-flops', 'vgg-16', 'flops'],
  vgg19: ['p1-flops', 'vgg-19', 'flops'],
};

describe('FLOPs explorer', () => {
  test('the default scene (VGG-19 beside ResNet-34) matches its SVG snapshot', async () => {
    await expectSvgSnapshot(toMarkup(explorerScene(columns, 'resnet34', explorerId)), 'flops-explorer');
  });

  test('ResNet-152’s scene matches its SVG snapshot', async () => {
    await expectSvgSnapshot(toMarkup(explorerScene(columns, 'resnet152', explorerId)), 'flops-explorer-resnet152');
  });

  test('the narrow layouts (ResNet-34, ResNet-50 with P1’s qualifier) match their SVG snapshots', async () => {
    await expectSvgSnapshot(toMarkup(explorerScene(columns, 'resnet34', explorerId, 'narrow')), 'flops-explorer-narrow');
    await expectSvgSnapshot(toMarkup(explorerScene(columns, 'resnet50', explorerId, 'narrow')), 'flops-explorer-resnet50-narrow');
  });

  test.each(EXPLORER_MODELS)('every choice (%s) keeps the same chart size in both layouts, so switching moves nothing', (model) => {
    for (const layout of ['wide', 'narrow'] as const) {
      const viewBox = (m: typeof model) => explorerScene(columns, m, explorerId, layout).attrs.viewBox;
      expect(viewBox(model)).toBe(viewBox('resnet34'));
    }
  });

  test('each layout is drawn at its own width (layout.ts), so its 12 px text stays 12 px', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      expect(explorerScene(columns, 'resnet34', explorerId, layout).attrs.viewBox).toMatch(new RegExp(`^0 0 ${LAYOUT_WIDTH[layout]} `));
    }
  });

  test('the scene has a title and a description that names both networks, and says FLOPs are multiply-adds', () => {
    const svg = toMarkup(explorerScene(columns, 'resnet50', explorerId));
    expect(svg).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby="fig-flops-explorer-title fig-flops-explorer-desc"/);
    expect(svg).toMatch(/<title id="fig-flops-explorer-title">[^<]*VGG-19[^<]*ResNet-50/);
    expect(svg).toContain('multiply-adds');
  });

  test('feature-map squares are drawn to scale: the side follows the map size', () => {
    const svg = toMarkup(explorerScene(columns, 'resnet34', explorerId));
    const sides = new Map(
      [...svg.matchAll(/data-size="(\d+)"><rect[^>]*width="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]),
    );
    expect([...sides.keys()]).toEqual(explorerMapSizes(Object.values(columns)));
    const [largest, side] = [...sides.entries()][0]!;
    for (const [size, width] of sides) expect(width / side).toBeCloseTo(size / largest, 1);
  });

  test.each(EXPLORER_MODELS.filter((m) => m !== EXPLORER_BASELINE))(
    'the table lists VGG-19 and %s stage by stage, with the cost model’s multiply-adds and parameters',
    (model) => {
      const table = explorerTable(columns, model);
      for (const key of [EXPLORER_BASELINE, model]) {
        const expected = stageBreakdown(buildNetwork(key));
        const rows = stageRowsOf(table, key);
        expect(rows.map((r) => r.attrs.stage)).toEqual(expected.map((s) => s.name));
        expect(rows.map((r) => r.attrs.flops)).toEqual(expected.map((s) => s.macs));
        expect(rows.map((r) => r.attrs.params)).toEqual(expected.map((s) => s.params));
      }
      expect(table.rows.filter((r) => 'stage' in r.attrs && r.attrs.model !== model && r.attrs.model !== EXPLORER_BASELINE)).toEqual([]);
    },
  );

  test('with VGG-19 picked for both columns, its stages are listed once', () => {
    const table = explorerTable(columns, 'vgg19');
    expect(stageRowsOf(table, 'vgg19')).toHaveLength(stageBreakdown(buildNetwork('vgg19')).length);
  });

  test.each(EXPLORER_MODELS)('the whole-network row of %s holds our totals and P1’s printed figure', (model) => {
    const row = totalRowOf(explorerTable(columns, 'resnet34'), model);
    const net = buildNetwork(model);
    expect(row.attrs.flops).toBe(multiplyAdds(net));
    expect(row.attrs.params).toBe(parameterCount(net));
    const [id, key, column] = PRINTED_AT[model]!;
    expect(row.attrs['paper-flops']).toBe(Math.round(tableNumber(id, key, column) * 1e9));
    expect(row.cells.at(-1)).toContain(String(tableNumber(id, key, column)));
  });

  test('the table’s markup carries the raw numbers in data-model, data-stage, data-flops and data-params', () => {
    const html = tableMarkup(explorerTable(columns, 'resnet34'));
    const conv1 = stageBreakdown(imagenetResNet(34))[0]!;
    expect(html).toContain(`<tr data-model="resnet34" data-stage="conv1" data-flops="${conv1.macs}" data-params="${conv1.params}"`);
  });

  test('stages are described from their layers: the stem’s stride and the max-pool that opens conv2_x', () => {
    const net = imagenetResNet(34);
    const [stem, conv2] = stageBreakdown(net);
    expect(describeStage(net.stages[0]!, stem!.output.channels)).toBe(`7×7 conv /2 · ${stem!.output.channels} ch`);
    expect(describeStage(net.stages[1]!, conv2!.output.channels)).toMatch(/^max-pool \/2 · \d+ conv · 64 ch$/);
  });
});

describe('printed FLOPs', () => {
  test.each(Object.keys(PRINTED_AT))('%s: P1’s figure is read from the paper tables', (key) => {
    const printed = printedFlops(key as NetworkKey);
    const [id, row, column] = PRINTED_AT[key]!;
    expect(printed?.value).toBe(Math.round(tableNumber(id, row, column) * 1e9));
    expect(printed?.text).toMatch(/×10⁹$/);
  });

  test('our counts round to P1’s figures, except ResNet-50 (truncated) and VGG-16 (conv layers alone)', () => {
    const agreement = Object.fromEntries(EXPLORER_MODELS.map((m) => [m, columns[m].printed?.agreement]));
    expect(agreement).toEqual({
      resnet18: 'rounds', resnet34: 'rounds', resnet50: 'truncated', resnet101: 'rounds', resnet152: 'rounds',
      plain34: 'rounds', vgg16: 'conv-only', vgg19: 'rounds',
    });
  });

  test('a CIFAR network has no printed FLOPs', () => {
    expect(printedFlops('cifar-resnet110')).toBeNull();
  });
});

describe('stem comparison', () => {
  const figure = stemFigure();
  const cmp = compareStem(imagenetResNet(34));

  test('both charts match their SVG snapshots, in both layouts', async () => {
    await expectSvgSnapshot(toMarkup(figure.stem('wide')), 'stem-comparison');
    await expectSvgSnapshot(toMarkup(figure.vgg('wide')), 'stem-comparison-vgg');
    await expectSvgSnapshot(toMarkup(figure.stem('narrow')), 'stem-comparison-narrow');
    await expectSvgSnapshot(toMarkup(figure.vgg('narrow')), 'stem-comparison-vgg-narrow');
  });

  test('the table’s totals are compareStem’s, with P1’s printed figure beside the real stem', () => {
    expect(totalRowOf(figure.table, 'resnet34').attrs.flops).toBe(cmp.real.totalMacs);
    expect(totalRowOf(figure.table, STRIDE_ONE_KEY).attrs.flops).toBe(cmp.strideOne.totalMacs);
    expect(totalRowOf(figure.table, 'resnet34').attrs['paper-flops']).toBe(Math.round(tableNumber('p1-table-1', 'flops', 'd34') * 1e9));
  });

  test('the table lists both stems stage by stage, conv1 and the next stage as compareStem counts them', () => {
    const real = stageRowsOf(figure.table, 'resnet34');
    const one = stageRowsOf(figure.table, STRIDE_ONE_KEY);
    expect(one.map((r) => r.attrs.flops)).toEqual(stageBreakdown(withStrideOneStem(imagenetResNet(34))).map((s) => s.macs));
    expect([real[0]!.attrs.flops, real[1]!.attrs.flops]).toEqual([cmp.real.stemMacs, cmp.real.nextStageMacs]);
    expect([one[0]!.attrs.flops, one[1]!.attrs.flops]).toEqual([cmp.strideOne.stemMacs, cmp.strideOne.nextStageMacs]);
    expect(one[1]!.attrs.size).toBe(cmp.strideOne.nextStageSize);
  });

  test('VGG-19’s conv and FC rows add up to the network; the FC layers hold most parameters and few multiply-adds', () => {
    const vgg = buildNetwork('vgg19');
    const conv = rowsWith(figure.table, { model: 'vgg19', stage: 'conv' })[0]!;
    const fc = rowsWith(figure.table, { model: 'vgg19', stage: 'fc' })[0]!;
    expect(Number(conv.attrs.flops) + Number(fc.attrs.flops)).toBe(multiplyAdds(vgg));
    expect(Number(conv.attrs.params) + Number(fc.attrs.params)).toBe(parameterCount(vgg));
    expect(Number(fc.attrs.params) / parameterCount(vgg)).toBeGreaterThan(0.5);
    expect(Number(fc.attrs.flops) / multiplyAdds(vgg)).toBeLessThan(0.01);
  });

  test('the chart marks VGG-19’s total as the reference the stride-1 stem overshoots', () => {
    for (const layout of ['wide', 'narrow'] as const) expect(toMarkup(figure.stem(layout))).toContain('VGG-19 total');
    expect(cmp.strideOne.totalMacs).toBeGreaterThan(multiplyAdds(buildNetwork('vgg19')));
  });

  test('the reference line is broken where a label lies across it, so it never runs through text', () => {
    for (const layout of ['wide', 'narrow'] as const) {
      const svg = toMarkup(figure.stem(layout));
      const lines = [...svg.matchAll(/<line x1="([\d.]+)" x2="[\d.]+" y1="([\d.]+)" y2="([\d.]+)" class="bar-panels__reference-line"/g)];
      expect(lines.length).toBeGreaterThan(1);
      const x = Number(lines[0]![1]);
      // Every value label whose estimated box spans the line's x sits in a gap between two pieces.
      for (const m of svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" class="axis__label bar-panels__value">([^<]+)</g)) {
        const [x1, y] = [Number(m[1]), Number(m[2])];
        if (x1 > x || x1 + m[3]!.length * 7.2 < x) continue;
        for (const l of lines) expect(Number(l[3]) <= y - 12 || Number(l[2]) >= y + 3).toBe(true);
      }
    }
  });
});

describe('shortcut options A/B/C', () => {
  const figure = shortcutCostFigure();

  test('the chart matches its SVG snapshot, in both layouts', async () => {
    await expectSvgSnapshot(toMarkup(figure.scene('wide')), 'shortcut-params');
    await expectSvgSnapshot(toMarkup(figure.scene('narrow')), 'shortcut-params-narrow');
  });

  test('the table holds shortcutOverhead’s parameters, multiply-adds and projections for each option', () => {
    const expected = shortcutOverhead(34);
    expect(figure.table.rows.map((r) => [r.attrs.option, r.attrs.params, r.attrs.flops, r.attrs.projections])).toEqual(
      expected.map((e) => [e.option, e.params, e.macs, e.projections]),
    );
    expect(figure.table.rows.map((r) => r.attrs['extra-params'])).toEqual(expected.map((e) => e.extraParams));
  });
});

describe('block cost', () => {
  const figure = blockCostFigure();

  test('the chart matches its SVG snapshot, in both layouts', async () => {
    await expectSvgSnapshot(toMarkup(figure.scene('wide')), 'block-cost');
    await expectSvgSnapshot(toMarkup(figure.scene('narrow')), 'block-cost-narrow');
  });

  test('the table holds blockCost’s multiply-adds and parameters at 56×56', () => {
    expect(figure.table.rows.map((r) => [r.attrs.model, r.attrs.flops, r.attrs.params])).toEqual(
      blockCost(56).map((b) => [b.key, b.macs, b.params]),
    );
  });

  test('another map size rescales the multiply-adds but not the parameters', () => {
    const small = blockCostFigure('fig-block-cost', 28);
    expect(small.table.rows.map((r) => r.attrs.flops)).toEqual(blockCost(28).map((b) => b.macs));
    expect(small.table.rows.map((r) => r.attrs.params)).toEqual(figure.table.rows.map((r) => r.attrs.params));
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { expectSvgSnapshot } from '../support/svg-snapshot';
import { makeSpirals } from '~lib/data/spirals';
import { emptySnapshot, finish, roundSig, snapshotUpTo, type RecordedLab } from '~lib/training-lab/lab-record';
import { degradationClaim, labData } from '~lib/nets/lab';
import { decisionBoundary, shadeLevel } from '~viz/decision-boundary';
import { labCaption, recordedSummary } from '~viz/training-lab/lab-caption';
import { curvesTable, LAB_FOCI, labArt, labPanels, moreSummary, resultsTable } from '~viz/training-lab/lab-view';
import { suffixIds } from '~viz/layout';
import { toMarkup } from '~viz/svg';

const recorded = JSON.parse(readFileSync(new URL('../../src/lib/recorded/degradation-lab.json', import.meta.url), 'utf8')) as RecordedLab;
const data = makeSpirals(labData(recorded.config));

describe('training lab view', () => {
  test('each chapter focus puts its own panel first and keeps the others', () => {
    const keys = Object.fromEntries(LAB_FOCI.map((f) => [f, labPanels(recorded, f, 'fig-x', data).map((p) => `${p.key}${p.primary ? '*' : ''}`)]));
    expect(keys).toEqual({
      degradation: ['loss*', 'gradients', 'accuracy', 'boundaries'],
      'train-vs-test': ['accuracy*', 'gradients', 'loss', 'boundaries'],
      'early-convergence': ['loss-early*', 'loss', 'gradients', 'accuracy', 'boundaries'],
    });
  });

  test('the static loss chart and a decision boundary match their committed SVG', async () => {
    const [loss] = labPanels(recorded, 'degradation', 'fig-training-lab', data, ['loss']);
    await expectSvgSnapshot(toMarkup(loss!.draw('wide')), 'training-lab-loss');
    await expectSvgSnapshot(toMarkup(loss!.draw('narrow')), 'training-lab-loss-narrow');
    const boundary = (p: typeof loss) => p!.draw('wide').children.filter((c) => typeof c !== 'string' && c.attrs.role === 'img')[2];
    const [boundaries] = labPanels(recorded, 'degradation', 'fig-training-lab', data, ['boundaries']);
    await expectSvgSnapshot(toMarkup(boundary(boundaries)!), 'training-lab-boundary');
  });

  test('the small multiples match their committed SVG in each layout: three across a desktop column, stacked on a phone', async () => {
    const panels = labPanels(recorded, 'degradation', 'fig-training-lab', data);
    const [accuracy, gradients, boundaries] = (['accuracy', 'gradients', 'boundaries'] as const).map((key) => panels.find((p) => p.key === key));
    for (const layout of ['wide', 'narrow'] as const) {
      await expectSvgSnapshot(toMarkup(accuracy!.draw(layout)), `training-lab-accuracy-${layout}`);
      await expectSvgSnapshot(toMarkup(gradients!.draw(layout)), `training-lab-gradients-${layout}`);
      await expectSvgSnapshot(toMarkup(boundaries!.draw(layout)), `training-lab-boundaries-${layout}`);
    }
    // Each net's chart stays its own picture with its own name, placed in the panel's drawing.
    const charts = accuracy!.draw('wide').children.filter((c) => typeof c !== 'string' && c.attrs.role === 'img');
    expect(charts.map((c) => typeof c !== 'string' && [c.attrs.x, c.attrs.width])).toEqual([[0, 200], [220, 200], [440, 200]]);
    const stacked = accuracy!.draw('narrow').children.filter((c) => typeof c !== 'string' && c.attrs.role === 'img');
    expect(stacked.map((c) => typeof c !== 'string' && c.attrs.width)).toEqual([360, 360, 360]);
  });

  test('the lab art shows the primary panel and folds the rest, the results and the set-up into one closed disclosure', () => {
    const panels = labPanels(recorded, 'early-convergence', 'fig-x', data);
    const art = labArt('early-convergence', panels, { results: '<table></table>', source: 'src', setup: ['a'] });
    const [shown, folded] = art.split('<details class="lab-more">') as [string, string];
    expect(shown).toContain('data-panel="loss-early"');
    expect(shown).not.toContain('data-panel="loss"');
    for (const key of ['loss', 'gradients', 'accuracy', 'boundaries']) expect(folded).toContain(`data-panel="${key}"`);
    expect(folded).toContain('class="lab-results"');
    expect(moreSummary(panels)).toBe('More of this run: the whole run’s loss, gradient health, accuracy per net, decision boundaries, results table and set-up');
  });

  test('the results table has one row per net with raw numbers in data-* attributes', () => {
    const table = resultsTable(recorded, 'caption');
    expect(table.rows.map((r) => r.attrs.model)).toEqual(recorded.models.map((m) => m.id));
    for (const [i, row] of table.rows.entries()) {
      const m = recorded.models[i]!;
      expect(row.attrs).toMatchObject({ 'train-loss': m.final!.trainLoss, 'train-acc': m.final!.trainAcc, 'test-acc': m.final!.testAcc, params: m.params, steps: recorded.step, status: 'final' });
    }
  });

  test('the curve table samples about every tenth of the run and always ends at the last step', () => {
    const rows = curvesTable(recorded).rows.filter((r) => r.attrs.model === recorded.models[0]!.id);
    expect(rows.length).toBeGreaterThanOrEqual(10);
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(rows.at(-1)!.attrs.step).toBe(recorded.step);
  });

  test('a diverged net is marked on the chart and in the table', () => {
    const s = emptySnapshot(recorded.config);
    s.models[1]!.curves = { step: [0, 10], trainLoss: [0.7, Number.NaN], trainAcc: [0.5, 0.5], testAcc: [0.5, 0.5] };
    finish(s, [], [{ modelId: s.models[1]!.id, step: 10, loss: Number.NaN }]);
    const [loss] = labPanels(s, 'degradation', 'x', data, ['loss']);
    expect(toMarkup(loss!.draw('wide'))).toContain('series__stop');
    expect(resultsTable(s, 'c').rows[1]!.attrs.status).toBe('diverged');
  });

  test('a replay cut at a step shows the curves up to it and no final numbers yet', () => {
    const half = snapshotUpTo(recorded, recorded.step / 2);
    expect(half.models[0]!.curves.step.at(-1)).toBeLessThanOrEqual(recorded.step / 2);
    expect(half.models.every((m) => m.final === null && m.grid === null)).toBe(true);
    expect(snapshotUpTo(recorded, recorded.step).models[0]!.final).toEqual(recorded.models[0]!.final);
  });

  test('the caption and the summary are written from the run, and the summary states what the numbers say', () => {
    expect(labCaption('degradation', recorded)).toContain(recorded.models[1]!.id);
    const [shallow, deepPlain, deepResidual] = recorded.models.map((m) => m.final!.trainLoss) as [number, number, number];
    const summary = recordedSummary(recorded);
    expect(summary).toContain(deepPlain > shallow + degradationClaim.margin ? 'above' : 'level with');
    expect(summary.split(';')[1]).toContain(Math.abs(deepResidual - shallow) <= degradationClaim.margin ? 'level with' : deepResidual < shallow ? 'below' : 'above');
  });
});

describe('decision boundary', () => {
  test('shade levels: sign is the class, magnitude the confidence, ½ is blank', () => {
    expect([0, 0.2, 0.5, 0.8, 1, Number.NaN].map(shadeLevel)).toEqual([-4, -2, 0, 2, 4, 0]);
  });

  test('runs of equal shade become one rectangle, and each shade level one path', () => {
    const r = 4;
    const grid = Array.from({ length: r * r }, (_, k) => (k % r < 2 ? 0 : 1));
    const svg = toMarkup(decisionBoundary({ id: 'b', title: 't', description: 'd', grid, geometry: { resolution: r, extent: [-1, 1, -1, 1] }, train: data.train }));
    const cell = (role: string) => [...svg.matchAll(new RegExp(`<path d="([^"]*)" class="boundary__cell role-${role}"`, 'g'))].map((m) => m[1]!);
    // A two-colour grid: one path per class, holding one rectangle (a run of 2 cells) per row.
    for (const role of ['class-a', 'class-b']) {
      expect(cell(role)).toHaveLength(1);
      expect(cell(role)[0]!.match(/M/g)).toHaveLength(r);
      expect(cell(role)[0]).toMatch(/^M(0|18),0h18v9h-18z/);
    }
  });

  test('a lab draws its points once per drawing, and every net’s tile shows them by reference', () => {
    const [boundaries] = labPanels(recorded, 'degradation', 'fig-x', data, ['boundaries']);
    for (const layout of ['narrow', 'wide'] as const) {
      const svg = toMarkup(suffixIds(boundaries!.draw(layout), layout));
      const id = `fig-x-db-points--${layout}`;
      expect(svg.match(/class="boundary__points /g)).toHaveLength(4); // train and test, two classes, once
      expect(svg).toContain(`<defs><g id="${id}" class="boundary__marks">`);
      expect(svg.match(new RegExp(`<use href="#${id}"></use>`, 'g'))).toHaveLength(recorded.models.length);
    }
    // On its own, a picture carries its points.
    const alone = toMarkup(decisionBoundary({ id: 'b', title: 't', description: 'd', grid: null, geometry: recorded.grid, train: data.train, test: data.test }));
    expect(alone.match(/class="boundary__points /g)).toHaveLength(4);
    expect(alone).not.toContain('<use');
  });

  test('rounding for the recording keeps four significant digits', () => {
    expect(roundSig(0.000182449)).toBe(0.0001824);
    expect(roundSig(123456)).toBe(123500);
  });
});

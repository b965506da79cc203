import { describe, expect, it } from 'vitest';
import { ablationSetups, shortcutAblation } from '~lib/ablation/setup';
import { defaultAblationState, formatAblationQuery, liveSetup, parseAblationQuery } from '~lib/ablation/state';
import { median, ranks, summarise } from '~lib/ablation/summary';
import { recordedAblation } from '~lib/recorded/ablation';
import { tableCell } from '~lib/papers';

describe('ablation summary', () => {
  it('takes the median with a diverged (NaN) run counted as the worst run', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, Number.NaN, 2])).toBe(2);
    expect(median([Number.NaN, Number.NaN, 1])).toBeNaN();
  });

  it('ranks lower values first, ties sharing a rank and NaN last', () => {
    expect(ranks([0.3, 0.1, 0.3, Number.NaN])).toEqual([2, 1, 2, 4]);
  });

  for (const kind of ['shortcuts', 'activations'] as const) {
    it(`puts the paper-table cell of each ${kind} variant beside the recorded median`, () => {
      const setup = ablationSetups[kind];
      const rows = summarise(setup, recordedAblation(kind));
      expect(rows.map((r) => r.id)).toEqual(setup.variants.map((v) => v.id));
      rows.forEach((r, i) => {
        const { table, row, column } = setup.variants[i]!.paper;
        const cell = tableCell(table, row, column);
        expect(r.paperError).toBe(cell.kind === 'number' ? cell.value : 'fail');
        expect(Number.isFinite(r.labLoss) || r.diverged.length > 0).toBe(true);
      });
    });
  }
});

describe('ablation URL state (abl-)', () => {
  const setup = shortcutAblation;

  it('round-trips a state through the query string, keeping other figures’ parameters', () => {
    const state = { autorun: true, seeds: 2, steps: 100, guess: 'projection' };
    const q = formatAblationQuery(state, setup, 'gf-L=54');
    expect(q).toContain('gf-L=54');
    expect(parseAblationQuery(q, setup)).toEqual({ state, notes: [] });
    expect(formatAblationQuery(defaultAblationState(setup), setup)).toBe('');
  });

  it('clamps or drops bad values and says what it changed', () => {
    const { state, notes } = parseAblationQuery('abl-seeds=9&abl-steps=abc&abl-guess=nope&abl-autorun=maybe', setup);
    expect(state).toEqual(defaultAblationState(setup));
    expect(notes).toHaveLength(4);
    expect(notes[1]).toMatch(/abl-seeds 9 → 3/);
  });

  it('shortens a live run by scaling the learning-rate drops with the steps', () => {
    const live = liveSetup(setup, { autorun: false, seeds: 1, steps: 100, guess: null });
    expect(live.seeds).toEqual([setup.seeds[0]]);
    expect(live.optimizer.decaySteps).toEqual(setup.optimizer.decaySteps!.map((s) => Math.round((s * 100) / setup.steps)));
  });
});

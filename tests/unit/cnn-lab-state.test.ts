import { describe, expect, it } from 'vitest';
import { cnnLab } from '~lib/cnn-lab/setup';
import { cnnRunOf, cnnUrlTable, defaultCnnState, formatCnnQuery, guessPair, liveCnnSetup, parseCnnQuery } from '~lib/cnn-lab/state';

describe('CNN lab URL state (cnn-)', () => {
  it('reads nothing as the defaults: no autorun, run chosen by the backend, the run’s own steps, auto backend, no guess', () => {
    expect(parseCnnQuery('')).toEqual({ state: { autorun: false, run: null, steps: null, backend: 'auto', guess: null, failMidrun: false }, notes: [] });
    expect(formatCnnQuery(defaultCnnState())).toBe('');
  });

  it('round-trips a state through the query string, keeping other figures’ parameters first', () => {
    const state = { autorun: true, run: 'full', steps: 100, backend: 'wasm', guess: 'deeper', failMidrun: true } as const;
    const q = formatCnnQuery(state, 'abl-seeds=1&cnn-steps=999');
    expect(q).toBe('abl-seeds=1&cnn-autorun=1&cnn-run=full&cnn-steps=100&cnn-backend=wasm&cnn-guess=deeper&cnn-failmidrun=1');
    expect(parseCnnQuery(q)).toEqual({ state, notes: [] });
  });

  it('clamps steps into whole recording intervals within the recording’s length, with a note', () => {
    const every = cnnLab.recordEvery;
    const tooMany = parseCnnQuery(`cnn-steps=${cnnLab.steps * 10}`);
    expect(tooMany.state.steps).toBe(cnnLab.steps);
    expect(tooMany.notes).toEqual([`cnn-steps ${cnnLab.steps * 10} → ${cnnLab.steps} (allowed ${every}–${cnnLab.steps}, multiples of ${every})`]);
    expect(parseCnnQuery('cnn-steps=1').state.steps).toBe(every);
    expect(parseCnnQuery('cnn-steps=-40').state.steps).toBe(every);
    const offGrid = parseCnnQuery(`cnn-steps=${every * 2 + 1}`);
    expect(offGrid.state.steps).toBe(every * 2);
    expect(offGrid.notes).toHaveLength(1);
    // The control's range is the same row.
    expect(cnnUrlTable().params.steps).toMatchObject({ min: every, max: cnnLab.steps, step: every });
  });

  it('ignores unreadable values with a note naming what it accepts, and never throws on odd input', () => {
    const { state, notes } = parseCnnQuery('cnn-steps=abc&cnn-run=huge&cnn-backend=tpu&cnn-guess=both&cnn-autorun=maybe');
    expect(state).toEqual(defaultCnnState());
    expect(notes).toEqual([
      'cnn-autorun "maybe" ignored (use 1 or 0)',
      'cnn-run "huge" ignored (use one of quick, full)',
      'cnn-steps "abc" ignored (not a number)',
      'cnn-backend "tpu" ignored (use one of auto, webgpu, webgl, wasm, cpu)',
      'cnn-guess "both" ignored (use one of deeper, shallower)',
    ]);
    expect(parseCnnQuery('cnn-backend=WebGL&cnn-run=%20Quick').state).toMatchObject({ backend: 'webgl', run: 'quick' });
    expect(parseCnnQuery('cnn-steps=1e999').state.steps).toBe(cnnLab.steps);
    expect(parseCnnQuery(`cnn-steps=${'9'.repeat(400)}`).state.steps).toBe(cnnLab.steps);
    expect(parseCnnQuery('cnn-steps=%00%1b').notes).toHaveLength(1);
  });
});

describe('the live set-up', () => {
  it('runs the quick comparison unless a hardware GPU trains or the reader chose', () => {
    expect(cnnRunOf({ run: null }, false)).toBe('quick');
    expect(cnnRunOf({ run: null }, true)).toBe('full');
    expect(cnnRunOf({ run: 'full' }, false)).toBe('full');
    expect(cnnRunOf({ run: 'quick' }, true)).toBe('quick');
  });

  it('full: every net of the recording on its first seed, the recording’s steps and schedule', () => {
    const live = liveCnnSetup({ run: 'full', steps: null });
    expect(live.nets).toEqual(cnnLab.nets);
    expect(live.seeds).toEqual([cnnLab.seeds[0]]);
    expect(live.steps).toBe(cnnLab.steps);
    expect(live.optimizer).toEqual(cnnLab.optimizer);
    expect(live.recordEvery).toBe(cnnLab.recordEvery);
  });

  it('quick: only the nets of at most 20 layers, one seed, half the steps, the learning-rate drops at the same shares', () => {
    const live = liveCnnSetup({ run: null, steps: null });
    expect(live.nets.map((n) => n.id)).toEqual(cnnLab.nets.filter((n) => 6 * n.n + 2 <= 20).map((n) => n.id));
    expect(live.nets.length).toBeGreaterThan(0);
    expect(live.seeds).toHaveLength(1);
    expect(live.steps).toBe(cnnLab.steps / 2);
    expect(live.steps % cnnLab.recordEvery).toBe(0);
    const drops = cnnLab.optimizer.decaySteps ?? [];
    expect(live.optimizer.decaySteps).toEqual(drops.map((s) => Math.round(s / 2)));
    expect(live.optimizer.learningRate).toBe(cnnLab.optimizer.learningRate);
  });

  it('a link’s steps override the run’s, and the drops follow them', () => {
    const live = liveCnnSetup({ run: 'full', steps: cnnLab.recordEvery }, true);
    expect(live.steps).toBe(cnnLab.recordEvery);
    const f = cnnLab.recordEvery / cnnLab.steps;
    expect(live.optimizer.decaySteps).toEqual((cnnLab.optimizer.decaySteps ?? []).map((s) => Math.max(1, Math.round(s * f))));
  });

  it('asks about the two deepest plain nets of the run', () => {
    expect(guessPair(liveCnnSetup({ run: 'full', steps: null }))).toEqual({ deeper: 'plain-56', shallower: 'plain-20' });
    expect(guessPair(liveCnnSetup({ run: 'quick', steps: null }))).toEqual({ deeper: 'plain-20', shallower: 'plain-8' });
    expect(guessPair({ nets: [{ id: 'resnet-8', n: 1, residual: true }] })).toBeNull();
  });
});

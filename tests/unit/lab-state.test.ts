import { describe, expect, test } from 'vitest';
import {
  DEFAULT_LAB_STATE,
  formatLabQuery,
  LAB_LIMITS,
  LAB_PARAMS,
  parseLabQuery,
  sameRun,
  type LabState,
} from '~lib/training-lab/lab-state';
import { shownValue } from '~lib/url-state/notes';
import { degradationLab } from '~lib/nets/lab';

describe('parseLabQuery', () => {
  test('an empty query gives the default state, which is the core’s degradation lab, and no notes', () => {
    const { state, notes } = parseLabQuery('');
    expect(state).toEqual(DEFAULT_LAB_STATE);
    expect(notes).toEqual([]);
    expect(state.steps).toBe(degradationLab.steps);
    expect(state.seed).toBe(degradationLab.seed);
    expect(state.lr).toBe(degradationLab.optimizer.learningRate);
    expect(state.depth).toBe(degradationLab.models[1]?.spec.depth);
  });

  test('the default is a fresh copy, so a caller mutating it cannot change the next parse', () => {
    parseLabQuery('').state.depth = 12;
    expect(parseLabQuery('').state).toEqual(DEFAULT_LAB_STATE);
  });

  test('every control is read from its lab- parameter without a note when it is valid', () => {
    const { state, notes } = parseLabQuery(
      '?lab-depth=20&lab-width=8&lab-optimizer=momentum&lab-lr=0.01&lab-steps=100&lab-seed=7&lab-bn=0&lab-zeroinit=1&lab-backend=wasm&lab-autorun=1',
    );
    expect(notes).toEqual([]);
    expect(state).toEqual({ depth: 20, width: 8, optimizer: 'momentum', lr: 0.01, steps: 100, seed: 7, bn: false, zeroInit: true, backend: 'wasm', autorun: true, failBackend: null, workers: null });
  });

  test('an unreadable on/off value keeps the default and says so', () => {
    const { state, notes } = parseLabQuery('lab-bn=maybe&lab-zeroinit=2');
    expect(state.bn).toBe(DEFAULT_LAB_STATE.bn);
    expect(state.zeroInit).toBe(DEFAULT_LAB_STATE.zeroInit);
    expect(notes.join(' ')).toMatch(/lab-bn=“maybe” is not 1 or 0.*lab-zeroinit=“2” is not 1 or 0/);
  });

  test('values outside the limits are clamped, odd depths made even, and each change gets a note', () => {
    const { state, notes } = parseLabQuery('lab-depth=999&lab-width=1&lab-lr=5&lab-steps=100000&lab-seed=-3');
    expect(state.depth).toBe(LAB_LIMITS.depth.max);
    expect(state.width).toBe(LAB_LIMITS.width.min);
    expect(state.lr).toBe(LAB_LIMITS.lr.max);
    expect(state.steps).toBe(LAB_LIMITS.steps.max);
    expect(state.seed).toBe(LAB_LIMITS.seed.min);
    expect(notes).toHaveLength(5);
    expect(parseLabQuery('lab-depth=21').state.depth).toBe(22);
    expect(parseLabQuery('lab-depth=21').notes[0]).toContain('even');
    expect(parseLabQuery('lab-steps=99.6').state.steps).toBe(100);
  });

  test('garbage falls back to the defaults with a note per parameter, and nothing throws', () => {
    const { state, notes } = parseLabQuery(
      'lab-depth=abc&lab-width=&lab-optimizer=rmsprop&lab-lr=0x10&lab-steps=Infinity&lab-seed=1e999&lab-backend=tpu&lab-autorun=maybe&lab-failbackend=gpu',
    );
    expect(state).toEqual(DEFAULT_LAB_STATE);
    expect(notes).toHaveLength(9);
  });

  test('hostile strings never reach a note unescaped or unbounded: control characters go, length is capped', () => {
    const evil = `<script>alert(1)</script>\u0000\u2028${'x'.repeat(5000)}`;
    const { state, notes } = parseLabQuery(new URLSearchParams({ 'lab-seed': evil, 'lab-optimizer': evil }));
    expect(state).toEqual(DEFAULT_LAB_STATE);
    for (const note of notes) {
      expect(note.length).toBeLessThan(200);
      // eslint-disable-next-line no-control-regex -- the test looks for the control character it fed in
      expect(note).not.toMatch(/[\u0000\u2028]/);
    }
    expect(shownValue('a\u0007b')).toBe('ab');
  });

  test('prototype keys and repeated parameters do not confuse the parser', () => {
    const { state, notes } = parseLabQuery('__proto__=1&constructor=2&lab-optimizer=__proto__&lab-seed=4&lab-seed=5');
    expect(state.optimizer).toBe(DEFAULT_LAB_STATE.optimizer);
    expect(state.seed).toBe(4);
    expect(notes.some((n) => n.includes('2 times'))).toBe(true);
  });

  test('names are case-insensitive and other figures’ parameters are ignored', () => {
    const { state, notes } = parseLabQuery('lab-optimizer=SGD&lab-backend=WebGL&fx-model=resnet50&gf-L=54');
    expect(state.optimizer).toBe('sgd');
    expect(state.backend).toBe('webgl');
    expect(notes).toEqual([]);
  });

  test('the failure hook reads a backend, optionally with -midrun', () => {
    expect(parseLabQuery('lab-failbackend=wasm').state.failBackend).toEqual({ backend: 'wasm', when: 'init' });
    expect(parseLabQuery('lab-failbackend=webgl-midrun').state.failBackend).toEqual({ backend: 'webgl', when: 'midrun' });
    expect(parseLabQuery('lab-failbackend=webgl-later').state.failBackend).toBeNull();
  });

  test('the workers hook reads a whole number of workers and ignores anything else with a note', () => {
    expect(parseLabQuery('lab-workers=1')).toEqual({ state: { ...DEFAULT_LAB_STATE, workers: 1 }, notes: [] });
    expect(parseLabQuery('').state.workers).toBeNull();
    for (const bad of ['0', '2.5', 'all', '-1', '99']) {
      const { state, notes } = parseLabQuery(`lab-workers=${bad}`);
      expect(state.workers).toBeNull();
      expect(notes).toHaveLength(1);
      expect(notes[0]).toContain('lab-workers');
    }
  });
});

describe('formatLabQuery', () => {
  test('writes every control with the lab- prefix, and autorun and the hook only when set', () => {
    const q = new URLSearchParams(formatLabQuery(DEFAULT_LAB_STATE));
    expect([...q.keys()].sort()).toEqual(
      [LAB_PARAMS.depth, LAB_PARAMS.width, LAB_PARAMS.optimizer, LAB_PARAMS.lr, LAB_PARAMS.steps, LAB_PARAMS.seed, LAB_PARAMS.bn, LAB_PARAMS.zeroInit, LAB_PARAMS.backend].sort(),
    );
    const withHooks = new URLSearchParams(formatLabQuery({ ...DEFAULT_LAB_STATE, autorun: true, failBackend: { backend: 'webgl', when: 'midrun' }, workers: 1 }));
    expect(withHooks.get(LAB_PARAMS.autorun)).toBe('1');
    expect(withHooks.get(LAB_PARAMS.failBackend)).toBe('webgl-midrun');
    expect(withHooks.get(LAB_PARAMS.workers)).toBe('1');
  });

  test('round-trips: parse(format(state)) is the state, so a link reproduces the run', () => {
    const states: LabState[] = [
      DEFAULT_LAB_STATE,
      { depth: 64, width: 4, optimizer: 'sgd', lr: 0.00012, steps: 20, seed: 999_999, bn: false, zeroInit: true, backend: 'cpu', autorun: true, failBackend: { backend: 'wasm', when: 'init' }, workers: 2 },
    ];
    for (const s of states) expect(parseLabQuery(formatLabQuery(s))).toEqual({ state: s, notes: [] });
  });
});

describe('sameRun', () => {
  test('ignores the backend and the test hooks but not the run’s settings', () => {
    expect(sameRun(DEFAULT_LAB_STATE, { ...DEFAULT_LAB_STATE, backend: 'cpu', autorun: true, workers: 1 })).toBe(true);
    expect(sameRun(DEFAULT_LAB_STATE, { ...DEFAULT_LAB_STATE, seed: 2 })).toBe(false);
    expect(sameRun(DEFAULT_LAB_STATE, { ...DEFAULT_LAB_STATE, bn: !DEFAULT_LAB_STATE.bn })).toBe(false);
    expect(sameRun(DEFAULT_LAB_STATE, { ...DEFAULT_LAB_STATE, zeroInit: !DEFAULT_LAB_STATE.zeroInit })).toBe(false);
  });
});

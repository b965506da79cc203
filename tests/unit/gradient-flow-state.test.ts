import { describe, expect, it } from 'vitest';
import { p2Table1Key, p2Table1Match } from '~lib/gradient-flow/paper-row';
import {
  defaultGradientFlowState,
  formatGradientFlowQuery,
  gradientFlowLimits,
  gradientFlowPresets,
  parseGradientFlowQuery,
  sameMeasurement,
  withGradientFlowQuery,
  type GradientFlowState,
} from '~lib/gradient-flow/state';
import { gradientFlowSetup, specOfGradientFlow } from '~lib/gradient-flow/training';
import { PAPER_LEARNING_RATE } from '~lib/nets/lab';
import { formatCell, paperTable, tableCell } from '~lib/papers';

const D = defaultGradientFlowState;

describe('gradient-flow URL state', () => {
  it('an empty query gives the defaults and no notes', () => {
    expect(parseGradientFlowQuery('')).toEqual({ state: D, notes: [] });
  });

  it('format then parse reproduces any setting', () => {
    const states: GradientFlowState[] = [
      D,
      ...Object.values(gradientFlowPresets),
      { view: 'forward', L: 2, kind: 'exclusiveGate', lambda: 1.35, bg: -6, act: 'relu', branch: 'he', steps: 0, seed: 99 },
      { view: 'backward', L: 100, kind: 'dropout', lambda: 0, bg: 10, act: 'identity', branch: 'zero', steps: 500, seed: 0 },
    ];
    for (const state of states) expect(parseGradientFlowQuery(formatGradientFlowQuery(state))).toEqual({ state, notes: [] });
  });

  it('clamps absurd values such as gf-L=1e9 and gf-lambda=-3, and says what it changed', () => {
    const { state, notes } = parseGradientFlowQuery('gf-L=1e9&gf-lambda=-3');
    expect(state.L).toBe(gradientFlowLimits.L.max);
    expect(state.lambda).toBe(gradientFlowLimits.lambda.min);
    expect(notes).toEqual(['L 1e9 → 100 (allowed 2–100)', 'λ -3 → 0 (allowed 0–1.5)']);
  });

  it('rounds what must be whole, and keeps defaults for non-numbers and unknown choices, with notes', () => {
    const { state, notes } = parseGradientFlowQuery('gf-L=7.4&gf-seed=abc&gf-kind=teleport&gf-act=gelu&gf-lambda=');
    expect(state).toEqual({ ...D, L: 7 });
    expect(notes).toHaveLength(5);
    expect(notes[0]).toMatch(/^L 7\.4 → 7 \(whole numbers only\)$/);
    expect(notes.join(' ')).toMatch(/seed “abc” is not a number/);
    expect(notes.join(' ')).toMatch(/kind “teleport” is not one of none, identity, scaling/);
  });

  it('reads gf-steps, the training steps before measuring, and writes it back', () => {
    expect(parseGradientFlowQuery('gf-steps=0')).toEqual({ state: { ...D, steps: 0 }, notes: [] });
    expect(parseGradientFlowQuery('gf-steps=250').state.steps).toBe(250);
    expect(new URLSearchParams(formatGradientFlowQuery({ ...D, steps: 40 })).get('gf-steps')).toBe('40');
    expect(new URLSearchParams(formatGradientFlowQuery(D)).get('gf-steps')).toBe(String(D.steps));
  });

  it('clamps gf-steps to 0–500, rounds it to a multiple of 10, and says so', () => {
    expect(gradientFlowLimits.steps).toMatchObject({ min: 0, max: 500, step: 10 });
    expect(parseGradientFlowQuery('gf-steps=1e6')).toEqual({ state: { ...D, steps: 500 }, notes: ['steps 1e6 → 500 (allowed 0–500)'] });
    expect(parseGradientFlowQuery('gf-steps=-20')).toEqual({ state: { ...D, steps: 0 }, notes: ['steps -20 → 0 (allowed 0–500)'] });
    expect(parseGradientFlowQuery('gf-steps=37')).toEqual({ state: { ...D, steps: 40 }, notes: ['steps 37 → 40 (multiples of 10 only)'] });
    expect(parseGradientFlowQuery('gf-steps=many')).toEqual({ state: D, notes: [`steps “many” is not a number, so it stays ${D.steps}`] });
  });

  it('counts the training steps as part of the measurement, and the view not', () => {
    expect(sameMeasurement(D, { ...D, steps: D.steps + 10 })).toBe(false);
    expect(sameMeasurement(D, { ...D, view: 'forward' })).toBe(true);
  });

  it('defaults to He-random branches trained for 100 steps; zero branches stay an option', () => {
    expect(D).toMatchObject({ branch: 'he', steps: 100, L: 54, kind: 'scaling', lambda: 0.5 });
    expect(parseGradientFlowQuery('gf-branch=zero').state.branch).toBe('zero');
  });

  it('replaces only its own gf- parameters, so other figures keep theirs', () => {
    const search = withGradientFlowQuery('?lab-steps=200&gf-L=3&x=1', { ...D, L: 12 });
    const params = new URLSearchParams(search);
    expect(params.get('lab-steps')).toBe('200');
    expect(params.get('x')).toBe('1');
    expect(params.getAll('gf-L')).toEqual(['12']);
  });

  it('maps a setting onto the lab architecture: 2L weight layers, the chosen placement and branch init', () => {
    const spec = specOfGradientFlow({ ...D, L: 54, act: 'relu', branch: 'he', kind: 'scaling', lambda: 0.5 });
    expect(spec).toMatchObject({ depth: 108, width: 16, shortcut: 'scaling', lambda: 0.5, placement: 'original', batchNorm: false, zeroInitBranch: false });
    expect(specOfGradientFlow({ ...D, act: 'identity' }).placement).toBe('fullPreact');
  });

  it("is an experiment of the lab's set-up type: the lab's data, the figure's optimiser, the setting's steps and seed", () => {
    const setup = gradientFlowSetup({ ...D, steps: 40, seed: 7 });
    expect(setup).toMatchObject({ steps: 40, seed: 7, model: { id: 'gradient-flow', spec: specOfGradientFlow({ ...D, steps: 40, seed: 7 }) } });
    expect(setup.optimizer.learningRate).toBe(PAPER_LEARNING_RATE);
  });
});

describe('the P2 Table 1 row for a setting', () => {
  const cases: [Partial<GradientFlowState>, string, boolean][] = [
    [{ kind: 'identity' }, 'original', true],
    [{ kind: 'none' }, 'scale-0-f1', true],
    [{ kind: 'scaling', lambda: 0.5 }, 'scale-0.5-f1', true],
    [{ kind: 'scaling', lambda: 0.8 }, 'original', false],
    [{ kind: 'scaling', lambda: 0.3 }, 'scale-0.5-f1', false],
    [{ kind: 'exclusiveGate', bg: -3 }, 'excl-gate-b-0-to-5', true],
    [{ kind: 'exclusiveGate', bg: -6 }, 'excl-gate-b-6', true],
    [{ kind: 'exclusiveGate', bg: -9 }, 'excl-gate-b-7', false],
    [{ kind: 'shortcutGate', bg: -6 }, 'shortcut-gate-b-6', true],
    [{ kind: 'shortcutGate', bg: -1 }, 'shortcut-gate-b-0', false],
    [{ kind: 'projection' }, 'conv-1x1', true],
    [{ kind: 'dropout' }, 'dropout', true],
  ];
  it.each(cases)('%o is row %s (exact: %s)', (change, key, exact) => {
    expect(p2Table1Key({ ...D, ...change })).toEqual({ key, exact });
  });

  it('carries the error exactly as src/lib/papers prints it', () => {
    const column = paperTable('p2-table-1').columns.find((c) => c.key === 'error');
    for (const [change, key] of cases) {
      const match = p2Table1Match({ ...D, ...change });
      const cell = tableCell('p2-table-1', key, 'error');
      expect(match.error).toBe(formatCell(cell, column) + (cell.kind === 'number' ? ' %' : ''));
      expect(match.href).toBe('chapters/shortcut-variants/#p2-table-1');
    }
  });
});

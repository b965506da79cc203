/**
 * The ablation lab's URL state (prefix `abl-`): whether to start training at once, how many of the
 * set-up's seeds and how many steps to run (a shorter live run), and the reader's prediction. One
 * table per set-up (`ablationUrlTable`) drives parse, format, the notes and the controls' ranges.
 * Bad values fall back to defaults or are clamped, with a note saying so.
 */
import { formatQuery, mergeQuery } from '../url-state/format';
import { rangeOf } from '../url-state/notes';
import { parseQuery } from '../url-state/parse';
import { defaultsOf, type Grammar, type Table, type Wording } from '../url-state/table';
import type { AblationSetup } from './setup';

/** Prefix of every URL parameter the lab owns. */
export const ABL_PREFIX = 'abl-';

/** One setting of the live lab. */
export interface AblationState {
  /** Start training as soon as the figure is on screen. */
  autorun: boolean;
  /** Run the first `seeds` of the set-up's seeds. */
  seeds: number;
  /** Steps per run (the recorded set-up's count by default). */
  steps: number;
  /** The variant id the reader predicts will end lowest, or null. */
  guess: string | null;
}

/** The lab's spelling: numbers as JavaScript's `Number()` reads them (its links always took '0x10' and '' as numbers), on/off exactly 1/0 or true/false. */
const ABL_GRAMMAR: Grammar = { numbers: 'js', overflow: 'unreadable', fold: false, on: ['1', 'true'], off: ['0', 'false'] };

/** The lab's notes: `abl-steps "abc" → 400 (not a number)`, `abl-seeds 9 → 3 (allowed 1–3, whole numbers)`. */
const ABL_WORDING: Wording = {
  unreadable: (row, raw, fallback) => {
    if (row.kind === 'flag') return `${row.name} "${raw}" ignored (use 1 or 0)`;
    if (row.kind === 'enum') return `${row.name} "${raw}" ignored (unknown variant)`;
    return `${row.name} "${raw}" → ${String(fallback)} (not a number)`;
  },
  adjusted: (row, { value, out }) => `${row.name} ${value} → ${out} (allowed ${rangeOf(row)}, whole numbers)`,
};

/** A set-up's parameters: seeds from 1 to all of them, steps from one recording interval to the recorded run's; only changes are written. */
export function ablationUrlTable(setup: AblationSetup) {
  return {
    params: {
      autorun: { kind: 'flag', name: `${ABL_PREFIX}autorun`, default: false, write: 'changed' },
      seeds: { kind: 'int', name: `${ABL_PREFIX}seeds`, min: 1, max: setup.seeds.length, step: 1, default: setup.seeds.length, write: 'changed' },
      steps: {
        kind: 'int',
        name: `${ABL_PREFIX}steps`,
        min: setup.recordEvery,
        max: setup.steps,
        step: setup.recordEvery,
        default: setup.steps,
        write: 'changed',
      },
      guess: { kind: 'enum', name: `${ABL_PREFIX}guess`, options: setup.variants.map((v) => v.id), default: null, write: 'changed' },
    },
    grammar: ABL_GRAMMAR,
    wording: ABL_WORDING,
  } satisfies Table<AblationState>;
}

/** The state a set-up starts from: all seeds, all steps, no autorun, no guess. */
export function defaultAblationState(setup: AblationSetup): AblationState {
  return defaultsOf<AblationState>(ablationUrlTable(setup));
}

/** Parse `abl-*` parameters of a query string into a state plus notes on what was changed. */
export function parseAblationQuery(query: string, setup: AblationSetup): { state: AblationState; notes: string[] } {
  return parseQuery<AblationState>(ablationUrlTable(setup), query);
}

/** The `abl-*` parameters of a state, omitting defaults, merged into `query`'s other parameters. */
export function formatAblationQuery(state: AblationState, setup: AblationSetup, query = ''): string {
  return mergeQuery(query, ABL_PREFIX, formatQuery<AblationState>(ablationUrlTable(setup), state));
}

/** The set-up a state asks to run: the first `seeds` seeds, `steps` steps, the lr drops scaled along. */
export function liveSetup(setup: AblationSetup, state: AblationState): AblationSetup {
  if (state.seeds === setup.seeds.length && state.steps === setup.steps) return setup;
  const f = state.steps / setup.steps;
  const decay = setup.optimizer.decaySteps?.map((s) => Math.max(1, Math.round(s * f)));
  return {
    ...setup,
    steps: state.steps,
    recordEvery: Math.min(setup.recordEvery, state.steps),
    seeds: setup.seeds.slice(0, state.seeds),
    optimizer: { ...setup.optimizer, ...(decay ? { decaySteps: decay } : {}) },
  };
}

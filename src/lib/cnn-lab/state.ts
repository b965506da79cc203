/**
 * The CNN lab's URL state (prefix `cnn-`): whether to train at once, which comparison to run live
 * (the quick one: the 8- and 20-layer nets, half the steps; or the full one: every net), a
 * different number of steps, the backend, and the reader's prediction. One table drives parse,
 * format, the notes and the controls' ranges (src/lib/url-state/*). Bad values fall back to
 * defaults or are clamped, with a note saying so. `liveCnnSetup` turns a state into the set-up the
 * worker runs.
 */
import { BACKEND_CHOICES, type BackendChoice } from '../training-lab/lab-backends';
import { formatQuery, mergeQuery } from '../url-state/format';
import { parseQuery } from '../url-state/parse';
import { FIGURE_GRAMMAR, figureWording } from '../url-state/figure-spelling';
import { defaultsOf, type Table } from '../url-state/table';
import { cnnLab, type CnnLabSetup } from './setup';

/** Prefix of every URL parameter the lab owns. */
export const CNN_PREFIX = 'cnn-';

/** Which comparison a live run trains. */
export const CNN_RUNS = ['quick', 'full'] as const;
export type CnnRun = (typeof CNN_RUNS)[number];

/** The prediction: which of the two deepest plain nets of the run ends with the higher training error. */
export const CNN_GUESSES = ['deeper', 'shallower'] as const;
export type CnnGuess = (typeof CNN_GUESSES)[number];

/** The largest net of the quick run: 6n + 2 layers for n up to this (8 and 20 layers). */
export const QUICK_MAX_N = 3;

/** One setting of the live lab. */
export interface CnnLabState {
  /** Start training as soon as the figure is on screen. */
  autorun: boolean;
  /** The comparison to run; null: the quick one on a CPU or WASM, the full one on a hardware GPU. */
  run: CnnRun | null;
  /** Steps per net; null: the run's own (the recording's for `full`, half of it for `quick`). */
  steps: number | null;
  /** The backend to train on; `auto` tries WebGPU, WebGL, WASM, then plain JavaScript. */
  backend: BackendChoice;
  /** The reader's prediction, or null. */
  guess: CnnGuess | null;
  /** Test hook (`cnn-failmidrun=1`): a GPU backend breaks once, after its first measurement past the start, so the fallback can be seen. */
  failMidrun: boolean;
}

/** The parameters: steps from one recording interval to the recording's length, in whole intervals; only changes are written. */
export function cnnUrlTable(setup: CnnLabSetup = cnnLab) {
  return {
    params: {
      autorun: {
        kind: 'flag',
        name: `${CNN_PREFIX}autorun`,
        default: false,
        write: 'changed',
      },
      run: {
        kind: 'enum',
        name: `${CNN_PREFIX}run`,
        options: CNN_RUNS,
        default: null,
        write: 'changed',
      },
      steps: {
        kind: 'int',
        name: `${CNN_PREFIX}steps`,
        min: setup.recordEvery,
        max: setup.steps,
        step: setup.recordEvery,
        multiple: setup.recordEvery,
        default: null,
        write: 'changed',
      },
      backend: {
        kind: 'enum',
        name: `${CNN_PREFIX}backend`,
        options: BACKEND_CHOICES,
        default: 'auto',
        write: 'changed',
      },
      guess: {
        kind: 'enum',
        name: `${CNN_PREFIX}guess`,
        options: CNN_GUESSES,
        default: null,
        write: 'changed',
      },
      failMidrun: {
        kind: 'flag',
        name: `${CNN_PREFIX}failmidrun`,
        default: false,
        inherit: false,
        write: 'changed',
      },
    },
    grammar: FIGURE_GRAMMAR,
    wording: figureWording((row) => `multiples of ${row.kind === 'int' ? (row.multiple ?? 1) : 1}`),
  } satisfies Table<CnnLabState>;
}

/** No autorun, the run chosen by the backend, its own steps, auto backend, no guess, no failure hook. */
export function defaultCnnState(): CnnLabState {
  return defaultsOf<CnnLabState>(cnnUrlTable());
}

/** Parse `cnn-*` parameters of a query string into a state plus notes on what was changed. */
export function parseCnnQuery(query: string): {
  state: CnnLabState;
  notes: string[];
} {
  return parseQuery<CnnLabState>(cnnUrlTable(), query);
}

/** The `cnn-*` parameters of a state, omitting defaults, merged into `query`'s other parameters. */
export function formatCnnQuery(state: CnnLabState, query = ''): string {
  return mergeQuery(query, CNN_PREFIX, formatQuery<CnnLabState>(cnnUrlTable(), state));
}

/** The run a state asks for; when it leaves the choice open, the quick one unless a hardware GPU trains. */
export function cnnRunOf(state: Pick<CnnLabState, 'run'>, hardwareGpu: boolean): CnnRun {
  return state.run ?? (hardwareGpu ? 'full' : 'quick');
}

/** A run's steps per net when the state does not say: the recording's, or half of it (in whole recording intervals) for the quick run. */
export function defaultCnnSteps(run: CnnRun, setup: CnnLabSetup = cnnLab): number {
  if (run === 'full') return setup.steps;
  return Math.max(setup.recordEvery, Math.round(setup.steps / 2 / setup.recordEvery) * setup.recordEvery);
}

/**
 * The set-up a state asks to run, from the recorded comparison: one seed; the quick run keeps only
 * the nets of at most 20 layers. A run of fewer steps moves the learning-rate drops to the same
 * shares of it (as the ablation lab's shorter runs do).
 */
export function liveCnnSetup(state: Pick<CnnLabState, 'run' | 'steps'>, hardwareGpu = false, setup: CnnLabSetup = cnnLab): CnnLabSetup {
  const run = cnnRunOf(state, hardwareGpu);
  const steps = state.steps ?? defaultCnnSteps(run, setup);
  const f = steps / setup.steps;
  const decay = setup.optimizer.decaySteps?.map((s) => Math.max(1, Math.round(s * f)));
  return {
    ...setup,
    nets: run === 'quick' ? setup.nets.filter((n) => n.n <= QUICK_MAX_N) : setup.nets,
    steps,
    recordEvery: Math.min(setup.recordEvery, steps),
    seeds: setup.seeds.slice(0, 1),
    optimizer: { ...setup.optimizer, ...(decay ? { decaySteps: decay } : {}) },
  };
}

/** The prediction's two nets: the deepest plain net of a run and the next shallower one (plain-56 and plain-20 in the full run). */
export function guessPair(setup: Pick<CnnLabSetup, 'nets'>): { deeper: string; shallower: string } | null {
  const plain = setup.nets.filter((n) => !n.residual).sort((a, b) => b.n - a.n);
  const [deeper, shallower] = plain;
  return deeper && shallower ? { deeper: deeper.id, shallower: shallower.id } : null;
}

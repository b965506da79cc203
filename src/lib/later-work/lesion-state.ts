/**
 * The lesion study's URL state (prefix `les-`): whether to run at once, the number of random draws
 * per k, the largest k, the draws' seed, and the reader's prediction. One table drives parse,
 * format, the notes and the controls' ranges (src/lib/url-state/*). Bad values fall back to the
 * defaults or are clamped, with a note saying so; a k above the nets' unit count is clamped again
 * when the nets are known (clampK in ./lesion.ts), and the figure says so.
 */
import { formatQuery, mergeQuery } from '../url-state/format';
import { parseQuery } from '../url-state/parse';
import { FIGURE_GRAMMAR, figureWording, WHOLE_NUMBERS } from '../url-state/figure-spelling';
import { defaultsOf, type Table } from '../url-state/table';
import { DEFAULT_LESION_OPTIONS, LESION_GUESSES, type LesionGuess, type LesionOptions } from './lesion';

/** Prefix of every URL parameter the figure owns. */
export const LES_PREFIX = 'les-';

/** The largest k a link may ask for: the unit count of the lab's deepest nets (56 layers, 28 units). */
export const MAX_K = 28;
/** The most draws per k a link may ask for (each is one forward pass per net). */
export const MAX_DRAWS = 50;

/** One setting of the figure. */
export interface LesionState extends LesionOptions {
  /** Run the study as soon as the figure is on screen. */
  autorun: boolean;
  /** The reader's prediction, or null. */
  guess: LesionGuess | null;
}

/** The parameters; only changes from the defaults are written. */
export function lesionUrlTable() {
  return {
    params: {
      autorun: { kind: 'flag', name: `${LES_PREFIX}autorun`, default: false, write: 'changed' },
      draws: { kind: 'int', name: `${LES_PREFIX}draws`, min: 1, max: MAX_DRAWS, step: 1, default: DEFAULT_LESION_OPTIONS.draws, write: 'changed' },
      maxK: { kind: 'int', name: `${LES_PREFIX}k`, min: 1, max: MAX_K, step: 1, default: DEFAULT_LESION_OPTIONS.maxK, write: 'changed' },
      seed: { kind: 'int', name: `${LES_PREFIX}seed`, min: 0, max: 9999, step: 1, default: DEFAULT_LESION_OPTIONS.seed, write: 'changed' },
      guess: { kind: 'enum', name: `${LES_PREFIX}guess`, options: LESION_GUESSES, default: null, write: 'changed' },
    },
    grammar: FIGURE_GRAMMAR,
    wording: figureWording(WHOLE_NUMBERS),
  } satisfies Table<LesionState>;
}

/** No autorun, the recording's options, no guess. */
export function defaultLesionState(): LesionState {
  return defaultsOf<LesionState>(lesionUrlTable());
}

/** Parse `les-*` parameters of a query string into a state plus notes on what was changed. */
export function parseLesionQuery(query: string): { state: LesionState; notes: string[] } {
  return parseQuery<LesionState>(lesionUrlTable(), query);
}

/** The `les-*` parameters of a state, omitting defaults, merged into `query`'s other parameters. */
export function formatLesionQuery(state: LesionState, query = ''): string {
  return mergeQuery(query, LES_PREFIX, formatQuery<LesionState>(lesionUrlTable(), state));
}

/** The study's options in a state. */
export function lesionOptionsOf(state: LesionState): LesionOptions {
  return { draws: state.draws, maxK: state.maxK, seed: state.seed };
}

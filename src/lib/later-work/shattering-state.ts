/**
 * The shattering figure's URL state (prefix `sh-`): measure at once, the first initialisation
 * seed, which gradient the lower panels show (one depth at initialisation, or the trained pair),
 * and the reader's prediction. One table drives parse, format, the notes and the controls (the
 * same grammar as the CNN lab's: src/lib/url-state/*); bad values fall back or are clamped, with a
 * note.
 */
import { formatQuery, mergeQuery } from '../url-state/format';
import { parseQuery } from '../url-state/parse';
import { FIGURE_GRAMMAR, figureWording } from '../url-state/figure-spelling';
import { defaultsOf, type Table } from '../url-state/table';
import { SHATTER_DEPTHS, SHATTER_GUESSES, type ShatterGuess } from './shattering';

/** Prefix of every URL parameter the figure owns. */
export const SHATTER_PREFIX = 'sh-';

/** What the lower panels show: the gradient of the nets of one depth at initialisation, or of the trained pair. */
export const SHATTER_SHOWS = [...SHATTER_DEPTHS.map(String), 'trained'] as const;
export type ShatterShow = (typeof SHATTER_SHOWS)[number];

/** Largest first seed a link may ask for. */
export const MAX_SHATTER_SEED = 1000;

/** One setting of the figure. */
export interface ShatterState {
  /** Measure as soon as the figure is on screen. */
  autorun: boolean;
  /** The first initialisation seed (the figure uses this and the next four). */
  seed: number;
  /** The gradient the lower panels show. */
  show: ShatterShow;
  /** The reader's prediction: which kind stays smoother at the greatest depth, or null. */
  guess: ShatterGuess | null;
}

/** The parameters; only changes from the defaults are written. */
export const shatterUrlTable = {
  params: {
    autorun: { kind: 'flag', name: `${SHATTER_PREFIX}autorun`, default: false, write: 'changed' },
    seed: { kind: 'int', name: `${SHATTER_PREFIX}seed`, min: 1, max: MAX_SHATTER_SEED, step: 1, default: 1, write: 'changed' },
    show: { kind: 'enum', name: `${SHATTER_PREFIX}show`, options: SHATTER_SHOWS, default: '56', write: 'changed' },
    guess: { kind: 'enum', name: `${SHATTER_PREFIX}guess`, options: SHATTER_GUESSES, default: null, write: 'changed' },
  },
  grammar: FIGURE_GRAMMAR,
  wording: figureWording(),
} satisfies Table<ShatterState>;

/** The defaults: no autorun, seed 1 (the recording's), the 56-layer nets, no prediction. */
export const DEFAULT_SHATTER_STATE: ShatterState = defaultsOf<ShatterState>(shatterUrlTable);

/** Parse `sh-*` parameters into a state plus notes on what was changed. */
export function parseShatterQuery(query: string): { state: ShatterState; notes: string[] } {
  return parseQuery<ShatterState>(shatterUrlTable, query);
}

/** The `sh-*` parameters of a state, omitting defaults, merged into `query`'s other parameters. */
export function formatShatterQuery(state: ShatterState, query = ''): string {
  return mergeQuery(query, SHATTER_PREFIX, formatQuery<ShatterState>(shatterUrlTable, state));
}

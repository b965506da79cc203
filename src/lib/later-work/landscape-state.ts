/**
 * The loss-landscape figure's URL state (prefix `land-`): whether to draw the slices at once, the
 * 2-D grid's side, the seed of the random directions, and the reader's prediction. One table
 * drives parse, format, the notes and the controls' ranges (src/lib/url-state/*). Bad values fall
 * back to defaults or are clamped, with a note; an even side moves up to the next odd one, so the
 * trained weights (α = β = 0) stay a grid point.
 */
import { formatQuery, mergeQuery } from '../url-state/format';
import { parseQuery } from '../url-state/parse';
import { FIGURE_GRAMMAR, figureWording, WHOLE_NUMBERS } from '../url-state/figure-spelling';
import { defaultsOf, type Table } from '../url-state/table';
import { DEFAULT_GRID, GRID_MAX, GRID_MIN } from './landscape-grid';
import { LANDSCAPE_GUESSES, type LandscapeGuess } from './landscape-summary';

/** Prefix of every URL parameter the figure owns. */
export const LAND_PREFIX = 'land-';

/** The largest seed a link may name. */
export const SEED_MAX = 99;

/** One setting of the figure. */
export interface LandscapeState {
  /** Draw the slices as soon as the figure is on screen. */
  autorun: boolean;
  /** The 2-D grid's side (odd); a backend may cap it. */
  grid: number;
  /** Seed of the two random directions (the recording's is 1). */
  seed: number;
  /** The reader's prediction, or null. */
  guess: LandscapeGuess | null;
}

/** The parameters; only changes are written. */
export const landscapeUrlTable = {
  params: {
    autorun: { kind: 'flag', name: `${LAND_PREFIX}autorun`, default: false, write: 'changed' },
    grid: { kind: 'int', name: `${LAND_PREFIX}grid`, min: GRID_MIN, max: GRID_MAX, step: 2, default: DEFAULT_GRID, write: 'changed' },
    seed: { kind: 'int', name: `${LAND_PREFIX}seed`, min: 1, max: SEED_MAX, step: 1, default: 1, write: 'changed' },
    guess: { kind: 'enum', name: `${LAND_PREFIX}guess`, options: LANDSCAPE_GUESSES, default: null, write: 'changed' },
  },
  grammar: FIGURE_GRAMMAR,
  wording: figureWording(WHOLE_NUMBERS),
} satisfies Table<LandscapeState>;

/** No autorun, a DEFAULT_GRID grid, seed 1, no guess. */
export function defaultLandscapeState(): LandscapeState {
  return defaultsOf<LandscapeState>(landscapeUrlTable);
}

/** Parse `land-*` parameters into a state plus notes on what was changed (an even side moves up to odd). */
export function parseLandscapeQuery(query: string): { state: LandscapeState; notes: string[] } {
  const { state, notes } = parseQuery<LandscapeState>(landscapeUrlTable, query);
  if (state.grid % 2 === 0) {
    notes.push(`${landscapeUrlTable.params.grid.name} ${state.grid} → ${state.grid + 1} (odd, so the trained weights are a grid point)`);
    return { state: { ...state, grid: state.grid + 1 }, notes };
  }
  return { state, notes };
}

/** The `land-*` parameters of a state, omitting defaults, merged into `query`'s other parameters. */
export function formatLandscapeQuery(state: LandscapeState, query = ''): string {
  return mergeQuery(query, LAND_PREFIX, formatQuery<LandscapeState>(landscapeUrlTable, state));
}

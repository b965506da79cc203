/**
 * The ablation lab's URL state (prefix `abl-`): whether to start training at once, how many of the
 * set-up's seeds and how many steps to run (a shorter live run), and the reader's prediction.
 * Bad values fall back to defaults or are clamped, with a note saying so.
 */
import * as z from 'zod/mini';
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

/** The state a set-up starts from: all seeds, all steps, no autorun, no guess. */
export function defaultAblationState(setup: AblationSetup): AblationState {
  return { autorun: false, seeds: setup.seeds.length, steps: setup.steps, guess: null };
}

const int = z.pipe(z.string(), z.transform((s) => Number(s)));

/** Parse `abl-*` parameters of a query string into a state plus notes on what was changed. */
export function parseAblationQuery(query: string, setup: AblationSetup): { state: AblationState; notes: string[] } {
  const p = new URLSearchParams(query);
  const state = defaultAblationState(setup);
  const notes: string[] = [];
  const get = (k: string) => p.get(ABL_PREFIX + k);
  const auto = get('autorun');
  if (auto !== null) {
    if (auto === '1' || auto === 'true') state.autorun = true;
    else if (auto !== '0' && auto !== 'false') notes.push(`abl-autorun "${auto}" ignored (use 1 or 0)`);
  }
  const clampInt = (key: 'seeds' | 'steps', min: number, max: number) => {
    const raw = get(key);
    if (raw === null) return;
    const v = int.safeParse(raw);
    const n = v.success ? v.data : Number.NaN;
    if (!Number.isFinite(n)) {
      notes.push(`abl-${key} "${raw}" → ${state[key]} (not a number)`);
      return;
    }
    const out = Math.min(max, Math.max(min, Math.round(n)));
    if (out !== n) notes.push(`abl-${key} ${n} → ${out} (allowed ${min}–${max}, whole numbers)`);
    state[key] = out;
  };
  clampInt('seeds', 1, setup.seeds.length);
  clampInt('steps', setup.recordEvery, setup.steps);
  const guess = get('guess');
  if (guess !== null) {
    if (setup.variants.some((v) => v.id === guess)) state.guess = guess;
    else notes.push(`abl-guess "${guess}" ignored (unknown variant)`);
  }
  return { state, notes };
}

/** The `abl-*` parameters of a state, omitting defaults, merged into `query`'s other parameters. */
export function formatAblationQuery(state: AblationState, setup: AblationSetup, query = ''): string {
  const p = new URLSearchParams(query);
  for (const k of [...p.keys()]) if (k.startsWith(ABL_PREFIX)) p.delete(k);
  const d = defaultAblationState(setup);
  if (state.autorun) p.set(`${ABL_PREFIX}autorun`, '1');
  if (state.seeds !== d.seeds) p.set(`${ABL_PREFIX}seeds`, String(state.seeds));
  if (state.steps !== d.steps) p.set(`${ABL_PREFIX}steps`, String(state.steps));
  if (state.guess) p.set(`${ABL_PREFIX}guess`, state.guess);
  return p.toString();
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

/**
 * The gradient-flow figure's whole state, as one table that the controls, the URL (prefix `gf-`)
 * and the recorder share, and the lab architecture it stands for (`specOfGradientFlow`). A link
 * reproduces a setting; a bad or absurd value falls back or is clamped, with a note saying so.
 */
// zod/mini: the same schemas at a fraction of the bundle, since this module ships in the island.
import * as z from 'zod/mini';
import { makeSpirals, type PointSet } from '../data/spirals';
import { degradationLab, labData } from '../nets/lab';
import type { PlacementKey } from '../nets/placements';
import { shortcutKeys, type ShortcutKey } from '../nets/shortcuts';
import { makeSpec, type MlpSpec } from '../nets/spec';

/** Prefix of every URL parameter the figure owns, so several figures can share one page URL. */
export const GF_PREFIX = 'gf-';

/** The two things f (after the addition) can be: P1's ReLU or P2's identity, as activation placements. */
export const afterAdditions = {
  relu: { label: 'ReLU (post-activation)', placement: 'original' },
  identity: { label: 'identity (pre-activation)', placement: 'fullPreact' },
} as const satisfies Record<string, { label: string; placement: PlacementKey }>;

/** A key of {@link afterAdditions}. */
export type AfterAddition = keyof typeof afterAdditions;

/** How each residual branch starts: at zero (the lab's residual nets) or He-random like the rest. */
export const branchInits = {
  zero: { label: 'zero (F = 0)' },
  he: { label: 'He random' },
} as const satisfies Record<string, { label: string }>;

/** A key of {@link branchInits}. */
export type BranchInit = keyof typeof branchInits;

/** The two views of the chain diagram. */
export const flowViews = {
  forward: { label: 'Forward, eq. (4)' },
  backward: { label: 'Backward, eqs. (5), (8)' },
} as const satisfies Record<string, { label: string }>;

/** A key of {@link flowViews}. */
export type FlowView = keyof typeof flowViews;

/** Inclusive limits and slider steps of the numeric fields. */
export const gradientFlowLimits = {
  L: { min: 2, max: 100, step: 1 },
  lambda: { min: 0, max: 1.5, step: 0.05 },
  bg: { min: -10, max: 10, step: 1 },
  seed: { min: 0, max: 99_999, step: 1 },
} as const;

/** Width of every lab net the figure builds (the training lab's width). */
export const GRADIENT_FLOW_WIDTH = 16;

/** Drop probability of the dropout shortcut (P2 Table 1 uses 0.5). */
export const GRADIENT_FLOW_DROP_P = 0.5;

/** One setting of the figure. */
export interface GradientFlowState {
  /** Which diagram: the forward sum or the backward gradient. */
  view: FlowView;
  /** Number of residual units L (x_0 … x_L). */
  L: number;
  /** Shortcut kind (P2 Fig. 2); `none` is the plain net. */
  kind: ShortcutKey;
  /** λ of the constant-scaling shortcut. */
  lambda: number;
  /** Initial gate bias b_g of the gating shortcuts. */
  bg: number;
  /** f after the addition. */
  act: AfterAddition;
  /** How the residual branches start. */
  branch: BranchInit;
  /** Seeds the weights and the dropout masks. */
  seed: number;
}

/** The default setting: ResNet-110's 54 units with λ = 0.5 shortcuts (P2 Table 1's failing row). */
export const defaultGradientFlowState: GradientFlowState = {
  view: 'backward',
  L: 54,
  kind: 'scaling',
  lambda: 0.5,
  bg: 0,
  act: 'identity',
  branch: 'zero',
  seed: 1,
};

/** Starting settings per chapter: the clean identity path (ch. 6) and the scaled shortcut (ch. 8). */
export const gradientFlowPresets = {
  identity: { ...defaultGradientFlowState, view: 'forward', kind: 'identity', lambda: 1 },
  scaled: defaultGradientFlowState,
} as const satisfies Record<string, GradientFlowState>;

/** A key of {@link gradientFlowPresets}. */
export type GradientFlowPreset = keyof typeof gradientFlowPresets;

/** The state read from a URL, and one note per value that was changed on the way in. */
export interface ParsedGradientFlow {
  /** The safe state. */
  state: GradientFlowState;
  /** Human-readable notes, e.g. "L 1000000000 → 100 (allowed 2–100)". */
  notes: string[];
}

const NUMERIC = { L: 'L', lambda: 'λ', bg: 'b_g', seed: 'seed' } as const;
const INTEGER: Record<keyof typeof NUMERIC, boolean> = { L: true, lambda: false, bg: true, seed: true };
/** A finite number written in a URL ("1e9" counts; "", "abc" and "Infinity" do not). */
const number = z.pipe(z.string().check(z.regex(/^\s*[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*$/i)), z.transform(Number));
const choices = {
  view: z.enum(Object.keys(flowViews) as [FlowView, ...FlowView[]]),
  kind: z.enum(shortcutKeys as [ShortcutKey, ...ShortcutKey[]]),
  act: z.enum(Object.keys(afterAdditions) as [AfterAddition, ...AfterAddition[]]),
  branch: z.enum(Object.keys(branchInits) as [BranchInit, ...BranchInit[]]),
};

/** Read the `gf-` parameters of a query string; missing ones take `defaults`, bad ones are fixed and noted. */
export function parseGradientFlowQuery(
  query: string | URLSearchParams,
  defaults: GradientFlowState = defaultGradientFlowState,
): ParsedGradientFlow {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notes: string[] = [];
  const state: GradientFlowState = { ...defaults };

  for (const key of Object.keys(NUMERIC) as (keyof typeof NUMERIC)[]) {
    const given = params.get(GF_PREFIX + key);
    if (given === null) continue;
    const name = NUMERIC[key];
    const parsed = number.safeParse(given);
    if (!parsed.success) {
      notes.push(`${name} “${given}” is not a number, so it stays ${defaults[key]}`);
      continue;
    }
    const { min, max } = gradientFlowLimits[key];
    const rounded = INTEGER[key] ? Math.round(parsed.data) : Math.round(parsed.data * 1000) / 1000;
    const clamped = Math.min(max, Math.max(min, rounded));
    if (clamped !== parsed.data) {
      const why = clamped !== rounded ? `allowed ${min}–${max}` : INTEGER[key] ? 'whole numbers only' : 'three decimals at most';
      notes.push(`${name} ${given} → ${clamped} (${why})`);
    }
    state[key] = clamped;
  }

  for (const key of Object.keys(choices) as (keyof typeof choices)[]) {
    const given = params.get(GF_PREFIX + key);
    if (given === null) continue;
    const parsed = choices[key].safeParse(given);
    if (parsed.success) (state as unknown as Record<string, string>)[key] = parsed.data;
    else notes.push(`${key} “${given}” is not one of ${choices[key].options.join(', ')}, so it stays ${defaults[key]}`);
  }
  return { state, notes };
}

/** The `gf-` query parameters that reproduce `state` (every field, so links survive new defaults). */
export function formatGradientFlowQuery(state: GradientFlowState): string {
  const entries: [string, string][] = [
    ['view', state.view],
    ['L', String(state.L)],
    ['kind', state.kind],
    ['lambda', String(state.lambda)],
    ['bg', String(state.bg)],
    ['act', state.act],
    ['branch', state.branch],
    ['seed', String(state.seed)],
  ];
  return new URLSearchParams(entries.map(([k, v]) => [GF_PREFIX + k, v])).toString();
}

/** `search` with its `gf-` parameters replaced by those of `state`; other figures' parameters stay. */
export function withGradientFlowQuery(search: string, state: GradientFlowState): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(GF_PREFIX)) params.delete(key);
  const others = params.toString();
  const ours = formatGradientFlowQuery(state);
  return `?${others ? `${others}&` : ''}${ours}`;
}

/** Whether two states describe the same network and measurement (the view does not count). */
export function sameMeasurement(a: GradientFlowState, b: GradientFlowState): boolean {
  return a.L === b.L && a.kind === b.kind && a.lambda === b.lambda && a.bg === b.bg && a.act === b.act && a.branch === b.branch && a.seed === b.seed;
}

/** The lab architecture a setting stands for: the training lab's width-16 MLP without BN, L units deep. */
export function specOfGradientFlow(state: GradientFlowState): MlpSpec {
  return makeSpec({
    depth: 2 * state.L,
    width: GRADIENT_FLOW_WIDTH,
    shortcut: state.kind,
    lambda: state.lambda,
    scaleBranch: false,
    gateBias: state.bg,
    dropP: GRADIENT_FLOW_DROP_P,
    placement: afterAdditions[state.act].placement,
    batchNorm: false,
    activation: 'relu',
    init: 'he',
    zeroInitBranch: state.branch === 'zero',
  });
}

/** The points E is measured on: the training set of the training lab's default run. */
export function gradientFlowPoints(): PointSet {
  return makeSpirals(labData(degradationLab)).train;
}

/**
 * The gradient-flow figure's whole state, as one table (`gradientFlowUrlTable`) that the controls,
 * the URL (prefix `gf-`) and the recorder share (the experiment a setting stands for is
 * `gradientFlowSetup` in training.ts). A link reproduces a setting; a bad or absurd value falls back or is
 * clamped, with a note saying so.
 */
import type { PlacementKey } from '../arch/placements';
import { shortcutKeys, type SameShapeShortcutKey } from '../arch/shortcuts';
import { formatQuery, mergeQuery } from '../url-state/format';
import { expected, noteName, rangeOf } from '../url-state/notes';
import { parseQuery } from '../url-state/parse';
import { defaultsOf, type NumericParam as NumberRow, type Table, type Wording } from '../url-state/table';

/** Prefix of every URL parameter the figure owns, so several figures can share one page URL. */
export const GF_PREFIX = 'gf-';

/** The two things f (after the addition) can be: P1's ReLU or P2's identity, as activation placements. */
export const afterAdditions = {
  relu: { label: 'ReLU (post-activation)', placement: 'original' },
  identity: { label: 'identity (pre-activation)', placement: 'fullPreact' },
} as const satisfies Record<string, { label: string; placement: PlacementKey }>;

/** A key of {@link afterAdditions}. */
export type AfterAddition = keyof typeof afterAdditions;

/** How each residual branch starts: He-random like every other layer, or at zero (F = 0 until trained). */
export const branchInits = {
  he: { label: 'He random' },
  zero: { label: 'at zero (F = 0)' },
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

/** One numeric field of the figure's state, as the controls read it (see {@link gradientFlowLimits}). */
export interface NumericParam {
  /** Name in notes, e.g. "λ". */
  name: string;
  /** Smallest allowed value. */
  min: number;
  /** Largest allowed value. */
  max: number;
  /** Slider step. */
  step: number;
  /** Values are rounded to a whole multiple of this. */
  multiple?: number;
  /** Values are rounded to this many decimals. */
  decimals?: number;
}

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
  kind: SameShapeShortcutKey;
  /** λ of the constant-scaling shortcut. */
  lambda: number;
  /** Initial gate bias b_g of the gating shortcuts. */
  bg: number;
  /** f after the addition. */
  act: AfterAddition;
  /** How the residual branches start. */
  branch: BranchInit;
  /** Full-batch training steps, with the training lab's optimiser, before the gradient is measured. */
  steps: number;
  /** Seeds the weights and the dropout masks. */
  seed: number;
}

/** The rounding rule a note names when a number was only rounded. */
function roundingRule(row: NumberRow): string {
  if (row.kind === 'number') return row.decimals === 3 ? 'three decimals at most' : `${row.decimals ?? 0} decimals at most`;
  const multiple = row.multiple ?? 1;
  return multiple === 1 ? 'whole numbers only' : `multiples of ${multiple} only`;
}

/** The figure's notes: `λ “x” is not a number, so it stays 0.5` and `L 1e9 → 100 (allowed 2–100)`. */
const GF_WORDING: Wording = {
  unreadable: (row, raw, fallback) => `${noteName(row)} “${raw}” is not ${expected(row)}, so it stays ${String(fallback)}`,
  adjusted: (row, { raw, out, cause }) => `${noteName(row)} ${raw} → ${out} (${cause === 'range' ? `allowed ${rangeOf(row)}` : roundingRule(row)})`,
};

/**
 * The figure's parameters in URL order (every one written, so links survive new defaults), with
 * their limits, slider steps and rounding. Decimals are read as decimals only, exactly, and a
 * number too large for a double (1e999) is clamped; words are matched exactly. Notes name numbers
 * first, then the choices.
 *
 * The default setting: ResNet-110's 54 units with λ = 0.5 shortcuts (P2 Table 1's failing row),
 * He-random branches trained for 100 steps, so the weight term of eq. (8) is there to see. Seed 3
 * because with seeds 1 and 2 this net is dead at initialisation or diverges in training (with
 * seed 1 the last unit's output is negative in every feature for every point, the final ReLU
 * passes nothing and ‖∂E/∂x_L‖ = 0): real outcomes, one link away, but not this figure's point.
 */
export const gradientFlowUrlTable = {
  params: {
    view: { kind: 'enum', name: `${GF_PREFIX}view`, label: 'view', options: keysOf(flowViews), default: 'backward', write: 'always' },
    L: { kind: 'int', name: `${GF_PREFIX}L`, label: 'L', min: 2, max: 100, step: 1, default: 54, write: 'always' },
    kind: { kind: 'enum', name: `${GF_PREFIX}kind`, label: 'kind', options: shortcutKeys, default: 'scaling', write: 'always' },
    lambda: { kind: 'number', name: `${GF_PREFIX}lambda`, label: 'λ', min: 0, max: 1.5, step: 0.05, decimals: 3, default: 0.5, write: 'always' },
    bg: { kind: 'int', name: `${GF_PREFIX}bg`, label: 'b_g', min: -10, max: 10, step: 1, default: 0, write: 'always' },
    act: { kind: 'enum', name: `${GF_PREFIX}act`, label: 'act', options: keysOf(afterAdditions), default: 'identity', write: 'always' },
    branch: { kind: 'enum', name: `${GF_PREFIX}branch`, label: 'branch', options: keysOf(branchInits), default: 'he', write: 'always' },
    steps: { kind: 'int', name: `${GF_PREFIX}steps`, label: 'steps', min: 0, max: 500, step: 10, multiple: 10, default: 100, write: 'always' },
    seed: { kind: 'int', name: `${GF_PREFIX}seed`, label: 'seed', min: 0, max: 99_999, step: 1, default: 3, write: 'always' },
  },
  grammar: { numbers: 'decimal', overflow: 'clamp', fold: false, on: [], off: [] },
  wording: GF_WORDING,
  noteOrder: ['L', 'lambda', 'bg', 'steps', 'seed', 'view', 'kind', 'act', 'branch'],
} satisfies Table<GradientFlowState>;

/** The keys of a registry, typed. */
function keysOf<K extends string>(registry: Record<K, unknown>): K[] {
  return Object.keys(registry) as K[];
}

/** The default setting (see {@link gradientFlowUrlTable} for why these values). */
export const defaultGradientFlowState: GradientFlowState = defaultsOf<GradientFlowState>(gradientFlowUrlTable);

/** The numeric fields' limits, slider steps and rounding, read from {@link gradientFlowUrlTable}: the controls use them. */
export const gradientFlowLimits = {
  L: limitsOf(gradientFlowUrlTable.params.L),
  lambda: limitsOf(gradientFlowUrlTable.params.lambda),
  bg: limitsOf(gradientFlowUrlTable.params.bg),
  steps: limitsOf(gradientFlowUrlTable.params.steps),
  seed: limitsOf(gradientFlowUrlTable.params.seed),
} satisfies Record<string, NumericParam>;

function limitsOf(row: NumberRow & { label: string; step: number }): NumericParam {
  const { label: name, min, max, step } = row;
  return row.kind === 'int' ? { name, min, max, step, multiple: row.multiple ?? 1 } : { name, min, max, step, decimals: row.decimals ?? 0 };
}

/**
 * Starting settings per chapter: identity shortcuts (ch. 6) and the scaled shortcut (ch. 8). The
 * identity preset starts its branches at zero and has 18 units (one stage of ResNet-110), so that
 * before training the measured curve is exactly the flat direct term and after 100 steps the
 * weight term shows on top of it. He-random branches on identity shortcuts without batch norm
 * roughly double the signal's variance per unit; with the lab's optimiser when this was set (SGD,
 * lr 0.1, momentum 0.9) such nets of 10 or more units diverged or died within 100 steps on every
 * seed tried (1–4), and that is not this chapter's point. Both are one click away in the figure.
 */
export const gradientFlowPresets = {
  identity: { ...defaultGradientFlowState, view: 'forward', kind: 'identity', lambda: 1, L: 18, branch: 'zero' },
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

/** Read the `gf-` parameters of a query string; missing ones take `defaults`, bad ones are fixed and noted. */
export function parseGradientFlowQuery(
  query: string | URLSearchParams,
  defaults: GradientFlowState = defaultGradientFlowState,
): ParsedGradientFlow {
  return parseQuery<GradientFlowState>(gradientFlowUrlTable, query, defaults);
}

/** The `gf-` query parameters that reproduce `state` (every field, so links survive new defaults). */
export function formatGradientFlowQuery(state: GradientFlowState): string {
  return formatQuery<GradientFlowState>(gradientFlowUrlTable, state);
}

/** `search` with its `gf-` parameters replaced by those of `state`; other figures' parameters stay. */
export function withGradientFlowQuery(search: string, state: GradientFlowState): string {
  return `?${mergeQuery(search, GF_PREFIX, formatGradientFlowQuery(state))}`;
}

/** Whether two states describe the same network, training and measurement (the view does not count). */
export function sameMeasurement(a: GradientFlowState, b: GradientFlowState): boolean {
  return (Object.keys(gradientFlowUrlTable.params) as (keyof GradientFlowState)[]).every((k) => k === 'view' || a[k] === b[k]);
}


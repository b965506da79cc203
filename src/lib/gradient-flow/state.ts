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

/**
 * The numeric fields: how the URL and the notes name them, their inclusive limits, the slider
 * step, and how a value is rounded on the way in (`multiple`: a whole multiple of it; `decimals`:
 * at most that many decimals). Parse, format, the clamping notes and the controls all read this.
 */
export const gradientFlowLimits = {
  L: { name: 'L', min: 2, max: 100, step: 1, multiple: 1 },
  lambda: { name: 'λ', min: 0, max: 1.5, step: 0.05, decimals: 3 },
  bg: { name: 'b_g', min: -10, max: 10, step: 1, multiple: 1 },
  steps: { name: 'steps', min: 0, max: 500, step: 10, multiple: 10 },
  seed: { name: 'seed', min: 0, max: 99_999, step: 1, multiple: 1 },
} as const satisfies Record<string, NumericParam>;

/** One numeric field of the figure's state (see {@link gradientFlowLimits}). */
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
  kind: ShortcutKey;
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

/**
 * The default setting: ResNet-110's 54 units with λ = 0.5 shortcuts (P2 Table 1's failing row),
 * He-random branches trained for 100 steps, so the weight term of eq. (8) is there to see. Seed 3
 * because with seeds 1 and 2 this net is dead at initialisation or diverges in training (with
 * seed 1 the last unit's output is negative in every feature for every point, the final ReLU
 * passes nothing and ‖∂E/∂x_L‖ = 0): real outcomes, one link away, but not this figure's point.
 */
export const defaultGradientFlowState: GradientFlowState = {
  view: 'backward',
  L: 54,
  kind: 'scaling',
  lambda: 0.5,
  bg: 0,
  act: 'identity',
  branch: 'he',
  steps: 100,
  seed: 3,
};

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

type NumericKey = keyof typeof gradientFlowLimits;
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

  for (const key of Object.keys(gradientFlowLimits) as NumericKey[]) {
    const given = params.get(GF_PREFIX + key);
    if (given === null) continue;
    const param: NumericParam = gradientFlowLimits[key];
    const parsed = number.safeParse(given);
    if (!parsed.success) {
      notes.push(`${param.name} “${given}” is not a number, so it stays ${defaults[key]}`);
      continue;
    }
    const rounded = roundParam(param, parsed.data);
    const clamped = Math.min(param.max, Math.max(param.min, rounded));
    if (clamped !== parsed.data) notes.push(`${param.name} ${given} → ${clamped} (${clamped !== rounded ? `allowed ${param.min}–${param.max}` : roundingRule(param)})`);
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

/** `value` rounded as `param` wants it: to a whole multiple, or to a number of decimals. */
function roundParam(param: NumericParam, value: number): number {
  if (param.multiple !== undefined) return Math.round(value / param.multiple) * param.multiple;
  const scale = 10 ** (param.decimals ?? 0);
  return Math.round(value * scale) / scale;
}

/** The rounding rule in words, for a note. */
function roundingRule(param: NumericParam): string {
  if (param.multiple === 1) return 'whole numbers only';
  if (param.multiple !== undefined) return `multiples of ${param.multiple} only`;
  return param.decimals === 3 ? 'three decimals at most' : `${param.decimals ?? 0} decimals at most`;
}

/** Every field of the state in URL order; all but `view` change what is measured. */
const FIELDS = ['view', 'L', 'kind', 'lambda', 'bg', 'act', 'branch', 'steps', 'seed'] as const satisfies readonly (keyof GradientFlowState)[];

/** The `gf-` query parameters that reproduce `state` (every field, so links survive new defaults). */
export function formatGradientFlowQuery(state: GradientFlowState): string {
  return new URLSearchParams(FIELDS.map((k) => [GF_PREFIX + k, String(state[k])])).toString();
}

/** `search` with its `gf-` parameters replaced by those of `state`; other figures' parameters stay. */
export function withGradientFlowQuery(search: string, state: GradientFlowState): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith(GF_PREFIX)) params.delete(key);
  const others = params.toString();
  const ours = formatGradientFlowQuery(state);
  return `?${others ? `${others}&` : ''}${ours}`;
}

/** Whether two states describe the same network, training and measurement (the view does not count). */
export function sameMeasurement(a: GradientFlowState, b: GradientFlowState): boolean {
  return FIELDS.every((k) => k === 'view' || a[k] === b[k]);
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

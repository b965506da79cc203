/**
 * Every shortcut kind of the two papers as a key → description registry: P2 Fig. 2's six (identity,
 * scaling, both gatings, the 1×1 projection of P1 options B/C, dropout), P1 option A's zero-padded
 * identity, and "none" (a plain net). The figure legends, the URL-state codecs, the cost model, the
 * block diagrams and the tfjs builder all read this table.
 */

/** A tunable number a shortcut kind reads from the spec. */
export type ShortcutParam = 'lambda' | 'scaleBranch' | 'gateBias' | 'dropP';

/** Everything the site needs to know about one shortcut kind. */
export interface ShortcutKind {
  /** Short label for legends and controls. */
  label: string;
  /** The P2 Fig. 2 panel it reproduces, or null when it is not in the figure. */
  panel: 'a' | 'b' | 'c' | 'd' | 'e' | 'f' | null;
  /** The unit's output before the after-addition ops, as a formula over shortcut x and branch F. */
  formula: string;
  /** Which spec fields this kind reads. */
  params: readonly ShortcutParam[];
  /**
   * The shortcut's own weight layer, if any: W_s of the projection, or W_g (with its bias b_g) of a
   * gate. The unit expansion (block.ts) turns it into a 1×1 layer that the counts and the builder read.
   */
  weights: 'projection' | 'gate' | null;
  /** Whether a unit of constant shape can use it (the lab's nets); option A's padding only adds channels. */
  sameShape: boolean;
}

/** The shortcut kinds; `none` drops the addition altogether and gives the plain net. */
export const shortcutKinds = {
  none: {
    label: 'none (plain net)',
    panel: null,
    formula: 'F(x)',
    params: [],
    weights: null,
    sameShape: true,
  },
  identity: {
    label: 'identity',
    panel: 'a',
    formula: 'x + F(x)',
    params: [],
    weights: null,
    sameShape: true,
  },
  scaling: {
    label: 'constant scaling',
    panel: 'b',
    formula: 'λ·x + F(x), or λ·x + (1−λ)·F(x) when the branch is scaled',
    params: ['lambda', 'scaleBranch'],
    weights: null,
    sameShape: true,
  },
  exclusiveGate: {
    label: 'exclusive gating',
    panel: 'c',
    formula: '(1−g(x))·x + g(x)·F(x), g(x) = σ(W_g x + b_g)',
    params: ['gateBias'],
    weights: 'gate',
    sameShape: true,
  },
  shortcutGate: {
    label: 'shortcut-only gating',
    panel: 'd',
    formula: '(1−g(x))·x + F(x), g(x) = σ(W_g x + b_g)',
    params: ['gateBias'],
    weights: 'gate',
    sameShape: true,
  },
  projection: {
    label: '1×1 projection',
    panel: 'e',
    formula: 'W_s x + F(x)',
    params: [],
    weights: 'projection',
    sameShape: true,
  },
  dropout: {
    label: 'dropout shortcut',
    panel: 'f',
    formula: 'm ⊙ x + F(x), m ~ Bernoulli(1−p) in training; (1−p)·x + F(x) at inference',
    params: ['dropP'],
    weights: null,
    sameShape: true,
  },
  zeroPad: {
    label: 'zero-padding (option A)',
    panel: null,
    formula: 'x subsampled and padded with zero channels, + F(x)',
    params: [],
    weights: null,
    sameShape: false,
  },
} as const satisfies Record<string, ShortcutKind>;

/** A key of {@link shortcutKinds}. */
export type ShortcutKey = keyof typeof shortcutKinds;

/** A shortcut kind a unit of constant shape can use: every kind but option A's padding. */
export type SameShapeShortcutKey = { [K in ShortcutKey]: (typeof shortcutKinds)[K]['sameShape'] extends true ? K : never }[ShortcutKey];

/** Every shortcut key, in registry order. */
export const allShortcutKeys = Object.keys(shortcutKinds) as ShortcutKey[];

/** The kinds the lab's nets (constant width) can use, in registry order: what the controls and URLs offer. */
export const shortcutKeys = allShortcutKeys.filter((k): k is SameShapeShortcutKey => shortcutKinds[k].sameShape);

/** True when `key` names a shortcut kind the lab's nets can use. */
export function isShortcutKey(key: unknown): key is SameShapeShortcutKey {
  return typeof key === 'string' && (shortcutKeys as readonly string[]).includes(key);
}

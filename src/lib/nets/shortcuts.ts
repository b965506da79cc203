/**
 * The shortcut kinds of P2 Fig. 2, plus "none" (a plain net), as a key → description registry.
 * The same table feeds the figure legend, the URL-state codec and the tfjs builder.
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
  /** Learned weights the shortcut adds per unit, as a function of the width. */
  extraParams: (width: number) => number;
}

/** P2 Fig. 2 shortcut kinds; `none` drops the addition altogether and gives the plain net. */
export const shortcutKinds = {
  none: {
    label: 'none (plain net)',
    panel: null,
    formula: 'F(x)',
    params: [],
    extraParams: () => 0,
  },
  identity: {
    label: 'identity',
    panel: 'a',
    formula: 'x + F(x)',
    params: [],
    extraParams: () => 0,
  },
  scaling: {
    label: 'constant scaling',
    panel: 'b',
    formula: 'λ·x + F(x), or λ·x + (1−λ)·F(x) when the branch is scaled',
    params: ['lambda', 'scaleBranch'],
    extraParams: () => 0,
  },
  exclusiveGate: {
    label: 'exclusive gating',
    panel: 'c',
    formula: '(1−g(x))·x + g(x)·F(x), g(x) = σ(W_g x + b_g)',
    params: ['gateBias'],
    extraParams: (w) => w * w + w,
  },
  shortcutGate: {
    label: 'shortcut-only gating',
    panel: 'd',
    formula: '(1−g(x))·x + F(x), g(x) = σ(W_g x + b_g)',
    params: ['gateBias'],
    extraParams: (w) => w * w + w,
  },
  projection: {
    label: '1×1 projection',
    panel: 'e',
    formula: 'W_s x + F(x)',
    params: [],
    extraParams: (w) => w * w,
  },
  dropout: {
    label: 'dropout shortcut',
    panel: 'f',
    formula: 'm ⊙ x + F(x), m ~ Bernoulli(1−p) in training; (1−p)·x + F(x) at inference',
    params: ['dropP'],
    extraParams: () => 0,
  },
} as const satisfies Record<string, ShortcutKind>;

/** A key of {@link shortcutKinds}. */
export type ShortcutKey = keyof typeof shortcutKinds;

/** All shortcut keys in registry order. */
export const shortcutKeys = Object.keys(shortcutKinds) as ShortcutKey[];

/** True when `key` names a registered shortcut kind. */
export function isShortcutKey(key: unknown): key is ShortcutKey {
  return typeof key === 'string' && Object.hasOwn(shortcutKinds, key);
}

/**
 * What a mark means, and how that meaning is drawn: the one place that maps a role (plain net,
 * residual net, the paper's value, a measured curve …) to its CSS class (colour from
 * src/styles/tokens.css), its dash pattern and its marker. Figures name roles, never colours.
 *
 * Every role has a second cue besides colour:
 * - nets and the lab's lines also carry a direct label (their id at the line's end);
 * - dash patterns are unique to one role each, except solid, which is "the thing itself"
 *   (the residual net, a measured curve, our number, training data);
 * - marks (decision-boundary points, markers) differ by shape.
 * Train and test are not colours: they keep the hue of what they belong to (a net) and differ by
 * dash on lines and by filled against hollow marks on points.
 *
 * Choices the data cannot make, decided here:
 * - in the lab, the first net is the shallow one, the second deep plain, the third deep
 *   residual (LAB_ROLES order);
 * - in layer responses, plain and residual take their hues and dashes, and depth is a line-width
 *   step (deeper is thicker), counted over the depths recorded;
 * - in the ablations, the baseline (identity shortcut, original placement) is the residual net;
 *   the other variants cycle through four variant colours, solid then sparse dots, are labelled,
 *   and those the paper reports as failing are dash-dot-dotted;
 * - in the CNN lab (P1 Fig. 6 redrawn), colour is depth, the same in the plain and the residual
 *   panel, and train against test is thin short-dashed against bold solid, as P1 draws it;
 * - in the stem comparison, P1's stem is the paper's design and the stride-1 stem our what-if;
 * - the FLOPs explorer's two sides both show multiply-adds: both take the multiply-adds colour,
 *   and the headers name the nets.
 *
 * Block diagrams and the gradient-flow chain colour boxes by kind, not by role, through their
 * classes in src/styles/diagrams.css (tokens --fig-op-* and --fig-main-path, tokens.css):
 * - weight layers are neutral (every net has them), BN a lighter neutral, ReLU the background;
 *   their second cue is shape and stroke (solid edge, dotted edge, pill);
 * - the shortcut, its wire, its boxes and the gates' scale boxes take the residual net's hue
 *   (a shortcut is what makes a net residual), never the plain net's;
 * - an op on the main path (after the addition, or on the shortcut) gets an outline in a colour no
 *   role uses, always thick and dashed as well.
 */

/** A meaning a figure can give a series or mark. */
export type Role =
  | 'plain'
  | 'residual'
  | 'shallow'
  | 'paper'
  | 'ours'
  | 'analytic'
  | 'measured'
  | 'class-a'
  | 'class-b'
  | 'macs'
  | 'params'
  | 'variant-1'
  | 'variant-2'
  | 'variant-3'
  | 'variant-4'
  | 'depth-1'
  | 'depth-2'
  | 'depth-3'
  | 'depth-4';

/** A marker shape, for points and legends. */
export type Marker = 'circle' | 'square' | 'triangle' | 'diamond' | 'none';

/** How one role is drawn. */
export interface RoleStyle {
  /** The colour token in tokens.css (without the leading --). */
  token: string;
  /** SVG stroke-dasharray for lines; undefined is solid. */
  dash: string | undefined;
  /** Marker shape where the figure draws points. */
  marker: Marker;
  /** What the role means, in words (for legends and the README). */
  meaning: string;
  /** True when the colour is also a text colour (line-end labels, legends): then it needs 4.5:1, not 3:1. */
  text: boolean;
}

/** Dash patterns by name, each used by one role (solid aside). */
export const DASH = {
  solid: undefined,
  dashed: '6 4',
  dotted: '2 3',
  dashDot: '10 3 2 3',
  long: '12 4',
  dotDash: '4 2 1 2',
  sparse: '1 3',
  dashDotDot: '6 2 2 2 2 2',
  short: '4 3',
} as const;

/** The roles. Colours: tokens.css; second cues: dash and marker here. */
export const ROLES: Readonly<Record<Role, RoleStyle>> = {
  residual: { token: 'fig-residual', dash: DASH.solid, marker: 'circle', meaning: 'residual net (identity shortcuts)', text: true },
  plain: { token: 'fig-plain', dash: DASH.dashed, marker: 'square', meaning: 'plain net, deep (no shortcuts)', text: true },
  shallow: { token: 'fig-shallow', dash: DASH.dotted, marker: 'triangle', meaning: 'shallow plain net', text: true },
  paper: { token: 'fig-paper', dash: DASH.long, marker: 'diamond', meaning: 'a value or design printed in the paper', text: true },
  ours: { token: 'fig-ours', dash: DASH.solid, marker: 'circle', meaning: 'a value we computed or a what-if of ours', text: true },
  analytic: { token: 'fig-analytic', dash: DASH.dashDot, marker: 'none', meaning: 'analytic prediction', text: true },
  measured: { token: 'fig-measured', dash: DASH.solid, marker: 'circle', meaning: 'measured in a run', text: true },
  'class-a': { token: 'fig-class-a', dash: DASH.solid, marker: 'circle', meaning: 'decision boundary: class A', text: false },
  'class-b': { token: 'fig-class-b', dash: DASH.solid, marker: 'square', meaning: 'decision boundary: class B', text: false },
  macs: { token: 'fig-macs', dash: DASH.solid, marker: 'none', meaning: 'quantity: multiply-adds (P1’s FLOPs)', text: false },
  params: { token: 'fig-params', dash: DASH.solid, marker: 'none', meaning: 'quantity: parameters', text: false },
  'variant-1': { token: 'fig-variant-1', dash: DASH.solid, marker: 'none', meaning: 'ablation variant (labelled)', text: true },
  'variant-2': { token: 'fig-variant-2', dash: DASH.solid, marker: 'none', meaning: 'ablation variant (labelled)', text: true },
  'variant-3': { token: 'fig-variant-3', dash: DASH.solid, marker: 'none', meaning: 'ablation variant (labelled)', text: true },
  'variant-4': { token: 'fig-variant-4', dash: DASH.solid, marker: 'none', meaning: 'ablation variant (labelled)', text: true },
  // Depth in the CNN lab borrows the variants' hues: a set that is told apart under colour-vision
  // deficiency and carries no site-wide meaning (tests/unit/palette-cvd.test.ts checks the set).
  'depth-1': { token: 'fig-variant-1', dash: DASH.solid, marker: 'none', meaning: 'net depth, shallowest (CNN lab; named in the legend)', text: true },
  'depth-2': { token: 'fig-variant-2', dash: DASH.solid, marker: 'none', meaning: 'net depth, second (CNN lab; named in the legend)', text: true },
  'depth-3': { token: 'fig-variant-3', dash: DASH.solid, marker: 'none', meaning: 'net depth, third (CNN lab; named in the legend)', text: true },
  'depth-4': { token: 'fig-variant-4', dash: DASH.solid, marker: 'none', meaning: 'net depth, fourth (CNN lab; named in the legend)', text: true },
};

/** Train and test data: the hue of what they belong to, told apart by dash and by filled or hollow marks. */
export const SPLITS = {
  train: { dash: DASH.solid, fill: 'filled', meaning: 'training data' },
  test: { dash: DASH.dotDash, fill: 'hollow', meaning: 'held-out test data' },
} as const;

/**
 * Train and test as P1 Fig. 6 draws them ("dashed lines denote training error, and bold lines
 * denote testing error"), for the CNN lab, which redraws that figure: training thin and short-dashed,
 * test bold and solid. The class sets the line width (charts.css, tokens --fig-line-thin/-bold).
 */
export const FIG6_SPLITS = {
  train: { dash: DASH.short, class: 'line--thin', meaning: 'training error' },
  test: { dash: DASH.solid, class: 'line--bold', meaning: 'test error' },
} as const;

/** The CSS class that gives a mark its role's colour (sets --tone from the role's token). */
export function roleClass(role: Role): string {
  return `role-${role}`;
}

/** The dash pattern of a role's lines. */
export function roleDash(role: Role): string | undefined {
  return ROLES[role].dash;
}

/** The lab's nets in LAB_ROLES order: shallow plain, deep plain, deep residual. */
export const LAB_NET_ROLES: readonly Role[] = ['shallow', 'plain', 'residual'];

/** The role of the lab's i-th net. */
export function labNetRole(i: number): Role {
  return LAB_NET_ROLES[i % LAB_NET_ROLES.length] as Role;
}

export const VARIANT_ROLES: readonly Role[] = ['variant-1', 'variant-2', 'variant-3', 'variant-4'];

/** Dash of an ablation variant the paper reports as failing (also labelled "paper: fail"). */
export const PAPER_FAIL_DASH = DASH.dashDotDot;

/** The role and dash of the k-th non-baseline ablation variant (k from 0): colours cycle, solid then sparse dots. */
export function variantStyle(k: number): { role: Role; dash: string | undefined } {
  return { role: VARIANT_ROLES[k % VARIANT_ROLES.length] as Role, dash: k < VARIANT_ROLES.length ? DASH.solid : DASH.sparse };
}

/** The CNN lab's depth colours, shallowest first (colour is depth there; train and test differ by width and dash). */
export const DEPTH_ROLES: readonly Role[] = ['depth-1', 'depth-2', 'depth-3', 'depth-4'];

/** The colour role of the i-th shallowest depth of a figure. */
export function depthRole(i: number): Role {
  return DEPTH_ROLES[i % DEPTH_ROLES.length] as Role;
}

/** Line-width steps for depth (tokens --fig-line-depth-1…3): the class for the i-th of n depths, shallowest first. */
export function depthClass(i: number, n: number): string {
  const step = n <= 1 ? 3 : 1 + Math.round((2 * Math.min(i, n - 1)) / (n - 1));
  return `depth-${step}`;
}

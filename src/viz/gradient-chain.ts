/**
 * The chain of residual units x_0 → … → x_L behind the gradient-flow figure. Each unit has a weight
 * path F above the shortcut "highway" and meets it at an addition. Forward view: the highway
 * carries x_l and every F adds onto it (P2 eq. 4). Backward view: the highway carries ∂E/∂x_L back,
 * multiplied by h' per unit (P2 eqs. 5, 8), drawn thinner where the direct term is smaller.
 */
import { shortcutGain } from '~lib/gradient-flow/direct-term';
import { formatPower } from '~lib/gradient-flow/readout';
import { GRADIENT_FLOW_DROP_P, type GradientFlowState } from '~lib/gradient-flow/state';
import { arrowHead, mathText, opBox, plusNode, wire, wrapText } from './diagram-parts';
import { h, type SvgNode } from './svg';

const WIDTH = 640;
const HEIGHT = 212;
const ROAD = 138;
const F_Y = 80;
const LEFT = 44;
const RIGHT = 604;

/** Which units to draw: all of them up to six, else the first three and the last two around a gap. */
export function drawnUnits(units: number): (number | 'gap')[] {
  if (units <= 6) return Array.from({ length: units }, (_, i) => i);
  return [0, 1, 2, 'gap', units - 2, units - 1];
}

/** Highway stroke width for a direct-term factor: 3 at 1, thinner as it vanishes, thicker as it explodes. */
export function roadWidth(factor: number): number {
  if (!(factor > 0)) return 0;
  return Math.min(7, Math.max(0.75, 3 + 0.5 * Math.log10(factor)));
}

function equations(state: GradientFlowState): [string, string] {
  const relu = state.act === 'relu';
  const f = relu ? ' With ReLU after each addition this holds only approximately (P2 Sec. 4).' : '';
  if (state.view === 'forward') {
    if (state.kind === 'none') return ['x_L = W_L−1 ⋯ W_0 x_0 (ignoring ReLU): a product of weight layers, not a sum', 'No shortcut: the signal passes every weight layer.'];
    if (state.kind === 'identity') return ['x_L = x_l + Σ F(x_i), summed over the units i = l … L−1 (P2 eq. 4)', `The shortcut carries x_l unchanged; each unit adds its F.${f}`];
    return ['x_L = (∏ h_i) x_l + Σ F̂(x_i) (P2 eq. 7)', `Each shortcut multiplies the signal by h’ before the next F is added.${f}`];
  }
  if (state.kind === 'none') return ['∂E/∂x_l = ∂E/∂x_L · ∏ (weights and ReLUs above x_l)', 'No shortcut, so no direct term: the gradient must pass every weight layer.'];
  if (state.kind === 'identity') return ['∂E/∂x_l = ∂E/∂x_L (1 + ∂/∂x_l Σ F) (P2 eq. 5)', `The direct term 1 reaches every unit without touching a weight layer.${f}`];
  return ['∂E/∂x_l = ∂E/∂x_L (∏ λ_i + ∂/∂x_l Σ F̂) (P2 eq. 8)', `The direct term is multiplied by h’ at every unit it passes.${f}`];
}

/** The shortcut's op in a few characters, for boxes on the highway; null for the identity and none. */
export function shortLabel(state: GradientFlowState): string | null {
  switch (state.kind) {
    case 'scaling':
      return `×${state.lambda}`;
    case 'exclusiveGate':
    case 'shortcutGate':
      return '×(1−g)';
    case 'projection':
      return 'W_s';
    case 'dropout':
      return '×m';
    default:
      return null;
  }
}

/** Everything the chain needs. */
export interface ChainSpec {
  /** Prefix for title/desc ids. */
  id: string;
  /** The setting. */
  state: GradientFlowState;
  /** Analytic direct-term factors for l = 0 … L. */
  factors: readonly number[];
}

/** Draws the chain for a setting and view. */
export function gradientChain({ id, state, factors }: ChainSpec): SvgNode {
  const L = state.L;
  const slots = drawnUnits(L);
  const slotWidth = (RIGHT - LEFT) / (slots.length - (slots.includes('gap') ? 0.4 : 0));
  const backward = state.view === 'backward';
  const gain = shortcutGain(state.kind, { lambda: state.lambda, gateBias: state.bg, dropP: GRADIENT_FLOW_DROP_P });
  const onShortcut = shortLabel(state);
  const marks: SvgNode[] = [];
  const labels: SvgNode[] = [];
  let a = LEFT;
  const dir = backward ? 180 : 0;

  for (const slot of slots) {
    if (slot === 'gap') {
      const w = slotWidth * 0.6;
      marks.push(h('line', { class: 'chain__gap', x1: a, x2: a + w, y1: ROAD, y2: ROAD }));
      labels.push(h('text', { class: 'chain__note', x: a + w / 2, y: ROAD - 12, 'text-anchor': 'middle' }, [`${L - 5} more`]));
      a += w;
      continue;
    }
    const w = slotWidth;
    const out = a + 0.06 * w;
    const fx = a + 0.3 * w;
    const plus = a + 0.54 * w;
    const fw = Math.min(64, 0.42 * w);
    const plain = state.kind === 'none';
    // Highway: x_i → branch point → (shortcut op) → addition → (ReLU) → x_i+1. A plain net has
    // only the wires into and out of F.
    const segment = (x1: number, x2: number, factor: number) =>
      plain
        ? wire([[x1, ROAD], [x2, ROAD]])
        : h('line', { class: 'chain__highway', x1, x2, y1: ROAD, y2: ROAD, 'stroke-width': backward ? roadWidth(factor) : 3 });
    marks.push(segment(a, out, factors[slot] ?? 1));
    if (!plain) marks.push(segment(out, plus, factors[slot] ?? 1));
    marks.push(segment(plus, a + w, factors[slot + 1] ?? 1));
    // Weight path F: up from the branch point, through F, down into the addition.
    marks.push(wire([[out, ROAD], [out, F_Y], [fx - fw / 2, F_Y]]), wire([[fx + fw / 2, F_Y], [plus, F_Y], [plus, ROAD - (plain ? 0 : 9)]]));
    marks.push(backward ? arrowHead(out, F_Y + 16, 90) : arrowHead(plus, ROAD - (plain ? 2 : 10), 90));
    marks.push(opBox({ key: `F-${slot}`, label: `F(x_${slot})`, kind: 'weight' }, fx, F_Y, fw, 24));
    if (!plain) {
      marks.push(plusNode(plus, ROAD));
      if (onShortcut) marks.push(opBox({ key: `h-${slot}`, label: onShortcut, kind: 'shortcut' }, fx, ROAD, Math.min(44, 0.32 * w), 18, true));
      marks.push(arrowHead(backward ? out + 8 : plus - 10, ROAD, dir, 'wire__head'));
    }
    if (state.act === 'relu') marks.push(opBox({ key: `relu-${slot}`, label: 'ReLU', kind: 'act' }, a + 0.79 * w, ROAD, Math.min(36, 0.3 * w), 16, true));
    labels.push(h('text', { class: 'unit__io', x: a, y: ROAD + 24, 'text-anchor': 'middle' }, mathText(`x_${slot}`)));
    if (backward && !plain) {
      if (!onShortcut) labels.push(h('text', { class: 'chain__factor', x: fx, y: ROAD + 24, 'text-anchor': 'middle' }, [`×${formatPower(gain.gain)}`]));
      labels.push(h('text', { class: 'chain__note', x: a, y: ROAD + 40, 'text-anchor': 'middle' }, [formatPower(factors[slot] ?? Number.NaN)]));
    }
    a += w;
  }
  labels.push(h('text', { class: 'unit__io', x: RIGHT, y: ROAD + 24, 'text-anchor': 'middle' }, mathText(`x_${L}`)));
  if (backward && state.kind !== 'none') {
    labels.push(h('text', { class: 'chain__note', x: RIGHT, y: ROAD + 40, 'text-anchor': 'middle' }, ['1']));
  }
  const [eq, words] = equations(state);
  const wordLines = wrapText(words, 100);
  const foot = backward && state.kind !== 'none' ? 'per unit: ×h’ on the highway; under each x_l: the direct term ∏ h’ from x_l up to x_L' : 'above: the weight paths F; below: the shortcut highway';
  return h('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, class: 'diagram chain', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc` }, [
    h('title', { id: `${id}-title` }, [`A chain of ${L} residual units, ${backward ? 'backward' : 'forward'} view`]),
    h('desc', { id: `${id}-desc` }, [`${eq}. ${words} ${foot}.`]),
    h('text', { class: 'chain__eq', x: 8, y: 18 }, mathText(eq)),
    ...wordLines.map((line, i) => h('text', { class: 'chain__note', x: 8, y: 36 + 14 * i }, mathText(line))),
    ...marks,
    ...labels,
    h('text', { class: 'chain__note', x: 8, y: HEIGHT - 6 }, mathText(foot)),
  ]);
}

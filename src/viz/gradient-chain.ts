/**
 * The chain of residual units x_0 → … → x_L behind the gradient-flow figure. Each unit has a weight
 * path F above the shortcut "highway" and meets it at an addition. Forward view: the highway
 * carries x_l and every F adds onto it (P2 eq. 4). Backward view: the highway carries ∂E/∂x_L back,
 * multiplied by h′ per unit (P2 eqs. 5, 8), drawn thinner where the direct term is smaller.
 *
 * Two layouts (layout.ts): the wide one draws four units around a gap, the narrow one two, so a
 * unit keeps the same width (about 130 px) and its text its size on a phone and on a desktop.
 */
import { shortcutGain } from '~lib/gradient-flow/direct-term';
import { formatPower } from '~lib/gradient-flow/readout';
import { GRADIENT_FLOW_DROP_P, type GradientFlowState } from '~lib/gradient-flow/state';
import { arrowHead, mathText, opBox, plusNode, wire, wrapText } from './diagram-parts';
import { LAYOUT_WIDTH, type Layout } from './layout';
import { h, type SvgNode } from './svg';

/** Horizontal margins: room for the centred x_0 and x_L labels. */
const MARGIN: Record<Layout, number> = { narrow: 20, wide: 28 };
/** Text sizes (px), as set in GradientFlow.astro; a letter is at most 0.6 em wide. */
const EQ_PX = 14;
const NOTE_PX = 13;
/** Line steps: a line's subscripts hang 3.5 px below it, so lines keep this far apart. */
const EQ_LINE = 20;
const LINE = 18;
/** Radius of the addition node, and the gap an arrowhead (7 px long) keeps from what it meets. */
const PLUS_R = 9;
const HEAD = 7;

/** Which units to draw: all that fit, else the first and last ones around a gap. */
export function drawnUnits(units: number, layout: Layout = 'wide'): (number | 'gap')[] {
  const fit = layout === 'wide' ? 4 : 2;
  if (units <= fit) return Array.from({ length: units }, (_, i) => i);
  return layout === 'wide' ? [0, 1, 'gap', units - 2, units - 1] : [0, 'gap', units - 1];
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
    return ['x_L = (∏ h_i) x_l + Σ F̂(x_i) (P2 eq. 7)', `Each shortcut multiplies the signal by h′ before the next F is added.${f}`];
  }
  if (state.kind === 'none') return ['∂E/∂x_l = ∂E/∂x_L · ∏ (weights and ReLUs above x_l)', 'No shortcut, so no direct term: the gradient must pass every weight layer.'];
  if (state.kind === 'identity') return ['∂E/∂x_l = ∂E/∂x_L (1 + ∂/∂x_l Σ F) (P2 eq. 5)', `The direct term 1 reaches every unit without touching a weight layer.${f}`];
  return ['∂E/∂x_l = ∂E/∂x_L (∏ λ_i + ∂/∂x_l Σ F̂) (P2 eq. 8)', `The direct term is multiplied by h′ at every unit it passes.${f}`];
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

/** Lines of `text` that fit `width` px at `px` (subscript marks "_" take no room). */
function fitLines(text: string, width: number, px: number): string[] {
  const chars = Math.floor(width / (px * 0.6));
  return wrapText(text, chars + (text.match(/_/g)?.length ?? 0) / 2);
}

/** Everything the chain needs. */
export interface ChainSpec {
  /** Prefix for title/desc ids. */
  id: string;
  /** The setting. */
  state: GradientFlowState;
  /** Analytic direct-term factors for l = 0 … L. */
  factors: readonly number[];
  /** Which layout to draw (layout.ts); wide by default. */
  layout?: Layout;
}

/** Draws the chain for a setting and view. */
export function gradientChain({ id, state, factors, layout = 'wide' }: ChainSpec): SvgNode {
  const L = state.L;
  const width = LAYOUT_WIDTH[layout];
  const left = MARGIN[layout];
  const right = width - MARGIN[layout];
  const slots = drawnUnits(L, layout);
  const drawn = slots.filter((s) => s !== 'gap').length;
  const slotWidth = (right - left) / (slots.length - (slots.includes('gap') ? 0.6 : 0));
  const backward = state.view === 'backward';
  const plain = state.kind === 'none';
  const gain = shortcutGain(state.kind, { lambda: state.lambda, gateBias: state.bg, dropP: GRADIENT_FLOW_DROP_P });
  const onShortcut = shortLabel(state);
  const [eq, words] = equations(state);
  const foot = backward && !plain ? 'per unit: ×h′ on the highway; under each x_l: the direct term from x_l to x_L' : 'above: the weight paths F; below: the shortcut highway';
  const eqLines = fitLines(eq, width - 16, EQ_PX);
  const wordLines = fitLines(words, width - 16, NOTE_PX);
  const footLines = fitLines(foot, width - 16, NOTE_PX);
  const head = [...eqLines.map((line, i) => h('text', { class: 'chain__eq', x: 8, y: 16 + EQ_LINE * i }, mathText(line)))];
  const wordsTop = 16 + EQ_LINE * (eqLines.length - 1) + LINE + 2;
  head.push(...wordLines.map((line, i) => h('text', { class: 'chain__note', x: 8, y: wordsTop + LINE * i }, mathText(line))));
  const fY = wordsTop + LINE * (wordLines.length - 1) + 30;
  const road = fY + 44;
  const marks: SvgNode[] = [];
  const labels: SvgNode[] = [];
  const dir = backward ? 180 : 0;
  let a = left;

  for (const slot of slots) {
    if (slot === 'gap') {
      const w = slotWidth * 0.4;
      marks.push(h('line', { class: 'chain__gap', x1: a, x2: a + w, y1: road, y2: road }));
      labels.push(h('text', { class: 'chain__note', x: a + w / 2, y: road - 12, 'text-anchor': 'middle' }, [`${L - drawn} more`]));
      a += w;
      continue;
    }
    const w = slotWidth;
    const out = a + 6;
    // The shortcut's box sits between the two highway arrowheads' places (backward just right of the
    // branch point, forward just left of the addition), so it never covers either.
    const boxWidth = onShortcut ? Math.max(30, onShortcut.replace('_', '').length * 6.6 + 10) : 0;
    const plus = Math.max(a + 0.5 * w, out + (onShortcut ? boxWidth + 2 * (HEAD + 4) + PLUS_R + 1 : 0));
    const fx = (out + plus) / 2;
    const fw = Math.min(64, plus - out - 10);
    // Highway: x_i → branch point → (shortcut op) → addition → (ReLU) → x_i+1. A plain net has
    // only the wires into and out of F.
    const segment = (x1: number, x2: number, factor: number) =>
      plain
        ? wire([[x1, road], [x2, road]])
        : h('line', { class: 'chain__highway', x1, x2, y1: road, y2: road, 'stroke-width': backward ? roadWidth(factor) : 3 });
    marks.push(segment(a, out, factors[slot] ?? 1));
    if (!plain) marks.push(segment(out, plus, factors[slot] ?? 1));
    marks.push(segment(plus, a + w, factors[slot + 1] ?? 1));
    // Weight path F: up from the branch point, through F, down into the addition.
    marks.push(wire([[out, road], [out, fY], [fx - fw / 2, fY]]), wire([[fx + fw / 2, fY], [plus, fY], [plus, road - (plain ? 0 : PLUS_R)]]));
    marks.push(backward ? arrowHead(out, fY + 18, 90) : arrowHead(plus, road - (plain ? 2 : PLUS_R + 1), 90));
    marks.push(opBox({ key: `F-${slot}`, label: `F(x_${slot})`, kind: 'weight' }, fx, fY, fw, 24));
    if (!plain) {
      marks.push(plusNode(plus, road, PLUS_R));
      if (onShortcut) marks.push(opBox({ key: `h-${slot}`, label: onShortcut, kind: 'shortcut' }, out + HEAD + 4 + boxWidth / 2, road, boxWidth, 20, true));
      // On the highway, so in the shortcut's colour (diagrams.css).
      marks.push(arrowHead(backward ? out + 2 : plus - PLUS_R - 2, road, dir, 'wire__head wire__head--shortcut'));
    }
    if (state.act === 'relu') {
      const reluWidth = Math.min(40, a + w - plus - PLUS_R - 6);
      marks.push(opBox({ key: `relu-${slot}`, label: 'ReLU', kind: 'act' }, (plus + PLUS_R + a + w) / 2, road, reluWidth, 20, true));
    }
    labels.push(h('text', { class: 'unit__io', x: a, y: road + 26, 'text-anchor': 'middle' }, mathText(`x_${slot}`)));
    if (backward && !plain) {
      if (!onShortcut) labels.push(h('text', { class: 'chain__factor', x: fx, y: road + 26, 'text-anchor': 'middle' }, [`×${formatPower(gain.gain)}`]));
      // Centred under x_l, but kept inside the drawing (x_0's factor is wider than the margin).
      const factor = formatPower(factors[slot] ?? Number.NaN);
      const x = Math.max(a, 2 + (factor.length * NOTE_PX * 0.6) / 2);
      labels.push(h('text', { class: 'chain__note', x, y: road + 46, 'text-anchor': 'middle' }, [factor]));
    }
    a += w;
  }
  labels.push(h('text', { class: 'unit__io', x: right, y: road + 26, 'text-anchor': 'middle' }, mathText(`x_${L}`)));
  if (backward && !plain) labels.push(h('text', { class: 'chain__note', x: right, y: road + 46, 'text-anchor': 'middle' }, ['1']));
  const footTop = road + (backward && !plain ? 70 : 52);
  const height = footTop + LINE * (footLines.length - 1) + 8;
  return h('svg', { viewBox: `0 0 ${width} ${height}`, class: 'diagram chain', role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, 'data-layout': layout }, [
    h('title', { id: `${id}-title` }, [`A chain of ${L} residual units, ${backward ? 'backward' : 'forward'} view`]),
    h('desc', { id: `${id}-desc` }, [`${eq}. ${words} ${foot}.`]),
    ...head,
    ...marks,
    ...labels,
    ...footLines.map((line, i) => h('text', { class: 'chain__note', x: 8, y: footTop + LINE * i }, mathText(line))),
  ]);
}

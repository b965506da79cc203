/**
 * The gradient-flow figure's form, laid out by the shared figure panel (./controls/panel.ts):
 * real, labelled inputs built from the state's registries and limits, each showing its value.
 * `read()` turns the form into a state; `write()` the reverse.
 *
 * In the fields row, what the chapters ask the reader to vary: the number of units, the shortcut
 * and its one parameter (λ or the gate bias; a kind with none says so in that place, so switching
 * kinds moves no control under the pointer), the training steps, the diagram's view and how the
 * branches start (chapter 8: "start the branches at zero and set the training steps to 0").
 * Under "More settings": f after the addition and the seed.
 */
import { shortcutKinds, shortcutKeys } from '~lib/arch/shortcuts';
import {
  afterAdditions,
  branchInits,
  flowViews,
  GRADIENT_FLOW_DROP_P,
  gradientFlowLimits,
  type AfterAddition,
  type BranchInit,
  type FlowView,
  type GradientFlowState,
} from '~lib/gradient-flow/state';
import type { SameShapeShortcutKey } from '~lib/arch/shortcuts';
import { addFields, createPanel, el, labelled, segmented, select, slider } from './controls/panel';

/** The built form. */
export interface GradientFlowControls {
  /** The form element (already in the document). */
  form: HTMLFormElement;
  /** Beside the training-steps label: how far the steps before a measurement have run. */
  progress: HTMLProgressElement;
  /** The state the form shows. */
  read(): GradientFlowState;
  /** Show `state` in the form (and show only the parameter its shortcut has). */
  write(state: GradientFlowState): void;
}

let counter = 0;

/** What the parameter's place says for a kind without λ or b_g. */
const NO_PARAMETER: Record<Exclude<SameShapeShortcutKey, 'scaling' | 'exclusiveGate' | 'shortcutGate'>, string> = {
  none: 'none (no shortcut)',
  identity: 'none (h(x) = x)',
  projection: 'none (Wₛ is learned)',
  dropout: `p = ${GRADIENT_FLOW_DROP_P}, fixed`,
};

const choices = (registry: Record<string, { label: string }>) => Object.entries(registry).map(([value, { label }]) => ({ value, label }));

/** Label text with "b_g"-style subscripts as <sub>, so maths in a label reads as maths. */
function mathLabel(lab: HTMLLabelElement, text: string): void {
  lab.replaceChildren();
  for (const [i, part] of text.split(/_(\p{L})/u).entries()) lab.append(i % 2 ? el('sub', {}, part) : part);
}

/** A panel slider named for the form; `unseen` ends the label for assistive tech only (to keep it short). */
function range(name: string, label: string, limits: { min: number; max: number; step: number }, unseen = '') {
  const s = slider(`${name}-input`, label, limits);
  s.input.name = name;
  const lab = s.wrap.querySelector('label') as HTMLLabelElement;
  mathLabel(lab, label);
  if (unseen) lab.append(el('span', { class: 'sr-only' }, unseen));
  return s;
}

/** Build the form inside `host`. */
export function buildControls(host: HTMLElement): GradientFlowControls {
  const p = `gf${++counter}`;
  const panel = createPanel({ className: 'gf-panel', more: 'More settings', noActions: true });
  const form = el('form', { class: 'gf-controls', 'aria-label': 'Gradient-flow settings' });
  form.addEventListener('submit', (e) => e.preventDefault());
  form.append(panel.root);

  const kinds = Object.fromEntries(shortcutKeys.map((k) => [k, { label: shortcutKinds[k].label }]));
  const kind = labelled(`${p}-kind-input`, 'Shortcut', select(choices(kinds)));
  kind.input.name = `${p}-kind`;
  const lambda = range(`${p}-lambda`, 'Scale λ', gradientFlowLimits.lambda);
  const bg = range(`${p}-bg`, 'Gate bias b_g', gradientFlowLimits.bg);
  const noParam = el('div', { class: 'fpanel__field gf__no-param' });
  const noParamText = el('span');
  noParam.append(el('span', { class: 'gf__no-param-label' }, 'Shortcut’s setting'), noParamText);
  const L = range(`${p}-L`, 'Units L', gradientFlowLimits.L);
  const steps = range(`${p}-steps`, 'Training steps', gradientFlowLimits.steps, ' before measuring');
  // The bar shares the label's line, so a measurement in progress takes no row of its own.
  const progress = el('progress', { class: 'gf__progress', 'aria-label': 'Training steps done' });
  steps.wrap.classList.add('gf__steps');
  steps.wrap.append(progress);
  const branch = labelled(`${p}-branch-input`, 'Branches start', select(choices(branchInits)));
  branch.input.name = `${p}-branch`;
  const view = segmented(`${p}-view`, 'Diagram', choices(flowViews), { legendAbove: true });
  // Packed for a desktop column (issue 20): the net and its training on one row; what the diagram
  // shows, how the branches start and "More settings" on the next (in this order the last two
  // share a row on a phone too). L's value is the form's first output (the tests read it so).
  addFields(panel, [L.wrap, kind.wrap, lambda.wrap, bg.wrap, noParam, steps.wrap, view.wrap, branch.wrap]);

  const act = segmented(`${p}-act`, 'After the addition', choices(afterAdditions), { legendAbove: true });
  act.wrap.classList.add('fpanel__wide');
  const seed = el('input', {
    type: 'number',
    name: 'seed',
    min: String(gradientFlowLimits.seed.min),
    max: String(gradientFlowLimits.seed.max),
    step: String(gradientFlowLimits.seed.step),
    inputmode: 'numeric',
  });
  addFields(panel, [act.wrap, labelled(`${p}-seed-input`, 'Seed', seed).wrap], true);
  host.replaceChildren(form);

  const sliders = [L, lambda, bg, steps];
  const show = () => {
    for (const s of sliders) s.output.textContent = s.input.value.replace('-', '−');
  };
  for (const s of sliders) s.input.addEventListener('input', show);
  const checked = (inputs: HTMLInputElement[]) => inputs.find((i) => i.checked)?.value;

  return {
    form,
    progress,
    read: () => ({
      view: checked(view.inputs) as FlowView,
      L: Number(L.input.value),
      kind: kind.input.value as SameShapeShortcutKey,
      lambda: Number(lambda.input.value),
      bg: Number(bg.input.value),
      act: checked(act.inputs) as AfterAddition,
      branch: branch.input.value as BranchInit,
      steps: Number(steps.input.value),
      seed: Number(seed.value),
    }),
    write(state) {
      for (const i of view.inputs) i.checked = i.value === state.view;
      for (const i of act.inputs) i.checked = i.value === state.act;
      L.input.value = String(state.L);
      lambda.input.value = String(state.lambda);
      bg.input.value = String(state.bg);
      steps.input.value = String(state.steps);
      kind.input.value = state.kind;
      branch.input.value = state.branch;
      seed.value = String(state.seed);
      show();
      // Only the shortcut's own parameter shows: λ scales, b_g gates, the others say they have none.
      const k = state.kind;
      lambda.wrap.hidden = k !== 'scaling';
      bg.wrap.hidden = k !== 'exclusiveGate' && k !== 'shortcutGate';
      noParam.hidden = !lambda.wrap.hidden || !bg.wrap.hidden;
      if (k !== 'scaling' && k !== 'exclusiveGate' && k !== 'shortcutGate') noParamText.textContent = NO_PARAMETER[k];
    },
  };
}

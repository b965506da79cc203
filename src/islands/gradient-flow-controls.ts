/**
 * The gradient-flow figure's form: real, labelled inputs built from the state's registries and
 * limits, each showing its value. `read()` turns the form into a state; `write()` the reverse.
 */
import { shortcutKinds, shortcutKeys } from '~lib/arch/shortcuts';
import {
  afterAdditions,
  branchInits,
  flowViews,
  gradientFlowLimits,
  type AfterAddition,
  type BranchInit,
  type FlowView,
  type GradientFlowState,
} from '~lib/gradient-flow/state';
import type { SameShapeShortcutKey } from '~lib/arch/shortcuts';
import { el } from './controls/panel';

/** The built form. */
export interface GradientFlowControls {
  /** The form element (already in the document). */
  form: HTMLFormElement;
  /** The state the form shows. */
  read(): GradientFlowState;
  /** Show `state` in the form (and enable only the inputs that matter for it). */
  write(state: GradientFlowState): void;
}

let counter = 0;


function radios(name: string, legend: string, options: Record<string, { label: string }>): HTMLFieldSetElement {
  const set = el('fieldset', { class: 'gf-controls__group' });
  set.append(el('legend', {}, legend));
  for (const [value, { label }] of Object.entries(options)) {
    const id = `${name}-${value}`;
    const input = el('input', { type: 'radio', name, value, id });
    const lab = el('label', { for: id });
    lab.append(input, ` ${label}`);
    set.append(lab);
  }
  return set;
}

/** Label text with "b_g"-style subscripts as <sub>, so maths in a label reads as maths. */
function mathLabel(lab: HTMLLabelElement, text: string): HTMLLabelElement {
  for (const [i, part] of text.split(/_(\p{L})/u).entries()) lab.append(i % 2 ? el('sub', {}, part) : part);
  return lab;
}

/** A slider with its value; `unseen` ends the label for assistive tech only (to keep a row short). */
function range(name: string, label: string, limits: { min: number; max: number; step: number }, unseen = ''): HTMLDivElement {
  const wrap = el('div', { class: 'gf-controls__field' });
  const id = `${name}-input`;
  const lab = mathLabel(el('label', { for: id }), label);
  if (unseen) lab.append(el('span', { class: 'sr-only' }, unseen));
  const input = el('input', { type: 'range', id, name, min: String(limits.min), max: String(limits.max), step: String(limits.step) });
  const out = el('output', { for: id, 'aria-hidden': 'true' });
  input.addEventListener('input', () => (out.textContent = input.value.replace('-', '−')));
  wrap.append(lab, input, out);
  return wrap;
}

function select(name: string, label: string, options: Record<string, { label: string }>): HTMLDivElement {
  const wrap = el('div', { class: 'gf-controls__field' });
  const id = `${name}-input`;
  const sel = el('select', { id, name });
  for (const [value, o] of Object.entries(options)) sel.append(el('option', { value }, o.label));
  wrap.append(el('label', { for: id }, label), sel);
  return wrap;
}

/** Build the form inside `host`. */
export function buildControls(host: HTMLElement): GradientFlowControls {
  const p = `gf${++counter}`;
  const form = el('form', { class: 'gf-controls', 'aria-label': 'Gradient-flow settings' });
  form.addEventListener('submit', (e) => e.preventDefault());
  const kinds = Object.fromEntries(shortcutKeys.map((k) => [k, { label: shortcutKinds[k].label }]));
  const seed = el('div', { class: 'gf-controls__field' });
  seed.append(
    el('label', { for: `${p}-seed-input` }, 'Seed'),
    el('input', {
      type: 'number',
      id: `${p}-seed-input`,
      name: 'seed',
      min: String(gradientFlowLimits.seed.min),
      max: String(gradientFlowLimits.seed.max),
      step: String(gradientFlowLimits.seed.step),
      inputmode: 'numeric',
    }),
  );
  // In an order that packs into few rows of a desktop column (the figure's height, issue 20).
  form.append(
    radios(`${p}-view`, 'Diagram', flowViews),
    range(`${p}-L`, 'Units L', gradientFlowLimits.L),
    radios(`${p}-act`, 'After the addition', afterAdditions),
    seed,
    select(`${p}-kind`, 'Shortcut', kinds),
    range(`${p}-lambda`, 'Scale λ', gradientFlowLimits.lambda),
    range(`${p}-bg`, 'Gate bias b_g', gradientFlowLimits.bg),
    select(`${p}-branch`, 'Branches start', branchInits),
    range(`${p}-steps`, 'Training steps', gradientFlowLimits.steps, ' before measuring'),
  );
  host.replaceChildren(form);

  const q = <T extends HTMLElement>(sel: string) => form.querySelector(sel) as T;
  const input = (name: string) => q<HTMLInputElement>(`[name="${p}-${name}"]`);
  const checked = (name: string) => q<HTMLInputElement>(`[name="${p}-${name}"]:checked`).value;
  const setOutput = (name: string) => {
    const i = input(name);
    const out = i.parentElement?.querySelector('output');
    if (out) out.textContent = i.value.replace('-', '−');
  };

  return {
    form,
    read: () => ({
      view: checked('view') as FlowView,
      L: Number(input('L').value),
      kind: q<HTMLSelectElement>(`[name="${p}-kind"]`).value as SameShapeShortcutKey,
      lambda: Number(input('lambda').value),
      bg: Number(input('bg').value),
      act: checked('act') as AfterAddition,
      branch: q<HTMLSelectElement>(`[name="${p}-branch"]`).value as BranchInit,
      steps: Number(input('steps').value),
      seed: Number(q<HTMLInputElement>('[name="seed"]').value),
    }),
    write(state) {
      q<HTMLInputElement>(`[name="${p}-view"][value="${state.view}"]`).checked = true;
      q<HTMLInputElement>(`[name="${p}-act"][value="${state.act}"]`).checked = true;
      input('L').value = String(state.L);
      input('lambda').value = String(state.lambda);
      input('bg').value = String(state.bg);
      input('steps').value = String(state.steps);
      q<HTMLSelectElement>(`[name="${p}-kind"]`).value = state.kind;
      q<HTMLSelectElement>(`[name="${p}-branch"]`).value = state.branch;
      q<HTMLInputElement>('[name="seed"]').value = String(state.seed);
      for (const name of ['L', 'lambda', 'bg', 'steps']) setOutput(name);
      input('lambda').disabled = state.kind !== 'scaling';
      input('bg').disabled = state.kind !== 'exclusiveGate' && state.kind !== 'shortcutGate';
    },
  };
}

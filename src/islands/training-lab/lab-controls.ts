/**
 * The training lab's form: run buttons, backend badge, progress, the settings (each a labelled
 * form element with its value shown), the predict-first question and a note line. Building and
 * reading the DOM only; what the buttons do is the island's business.
 */
import { BACKEND_CHOICE_LABELS, BACKEND_CHOICES } from '~lib/training-lab/lab-backends';
import { LAB_LIMITS, LAB_OPTIMIZERS, OPTIMIZER_LABELS, type LabState } from '~lib/training-lab/lab-state';

/** Handles on every control the island reads or updates. */
export interface LabControls {
  root: HTMLElement;
  train: HTMLButtonElement;
  step: HTMLButtonElement;
  reset: HTMLButtonElement;
  replay: HTMLButtonElement;
  badge: HTMLElement;
  /** "Why this backend?": the reason auto mode or a fallback gave, shown on demand. */
  why: HTMLDetailsElement;
  progress: HTMLProgressElement;
  progressText: HTMLOutputElement;
  settings: HTMLFieldSetElement;
  depth: HTMLInputElement;
  width: HTMLInputElement;
  optimizer: HTMLSelectElement;
  lr: HTMLInputElement;
  steps: HTMLInputElement;
  seed: HTMLInputElement;
  bn: HTMLInputElement;
  zeroInit: HTMLInputElement;
  backend: HTMLSelectElement;
  predict: HTMLFieldSetElement;
  verdict: HTMLParagraphElement;
  note: HTMLDivElement;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

/** A labelled control with its value shown beside it. */
function field(id: string, label: string, control: HTMLInputElement | HTMLSelectElement, shown?: HTMLOutputElement): HTMLElement {
  control.id = id;
  const wrap = el('div', { class: 'lab-field' });
  const lab = el('label', { for: id }, label);
  wrap.append(lab, control);
  if (shown) {
    shown.setAttribute('for', id);
    wrap.append(shown);
  }
  return wrap;
}

/** A checkbox with its label after it and a one-line hint saying what it changes. */
function checkbox(id: string, label: string, hint: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { type: 'checkbox', id, 'aria-describedby': `${id}-hint` });
  const wrap = el('div', { class: 'lab-field lab-field--check' });
  wrap.append(input, el('label', { for: id }, label), el('small', { id: `${id}-hint`, class: 'lab-field__hint' }, hint));
  return { wrap, input };
}

function range(min: number, max: number, step: number): HTMLInputElement {
  return el('input', { type: 'range', min: String(min), max: String(max), step: String(step) });
}

function select(options: readonly { value: string; label: string }[]): HTMLSelectElement {
  const s = el('select');
  for (const o of options) s.append(el('option', { value: o.value }, o.label));
  return s;
}

/** Learning rates are chosen on a log scale: the slider holds log10(lr). */
export const lrFromSlider = (value: number): number => Number((10 ** value).toPrecision(2));

/** Builds the controls inside `host` for a figure with id `prefix`, models listed for the prediction. */
export function buildControls(host: Element, prefix: string, models: readonly { id: string; role: string }[]): LabControls {
  const root = el('div', { class: 'lab-controls' });
  const bar = el('div', { class: 'lab-bar' });
  const train = el('button', { type: 'button', class: 'lab-button lab-button--train', 'data-lab-start': '' }, 'Train');
  const step = el('button', { type: 'button', class: 'lab-button' }, 'Step');
  const reset = el('button', { type: 'button', class: 'lab-button' }, 'Reset');
  const replay = el('button', { type: 'button', class: 'lab-button' }, 'Replay recorded run');
  const badge = el('span', { class: 'lab-badge' }, 'Backend: picked on Train');
  const backend = select(BACKEND_CHOICES.map((b) => ({ value: b, label: BACKEND_CHOICE_LABELS[b] })));
  const backendField = field(`${prefix}-backend`, 'Backend', backend);
  backendField.classList.add('lab-field--inline');
  const why = el('details', { class: 'lab-why', hidden: '' });
  why.append(el('summary', {}, 'Why this backend?'), el('p'));
  bar.append(train, step, reset, replay, backendField, badge, why);

  const progressRow = el('div', { class: 'lab-progress' });
  const progress = el('progress', { id: `${prefix}-progress`, max: '1', value: '0' });
  const progressLabel = el('label', { for: `${prefix}-progress` }, 'Progress');
  // Not a live region: the count moves after every slice of training; the lab's status announces each tenth.
  const progressText = el('output', { for: `${prefix}-progress`, class: 'lab-progress__text', 'aria-live': 'off' }, 'Not started');
  progressRow.append(progressLabel, progress, progressText);

  const settings = el('fieldset', { class: 'lab-settings' });
  settings.append(el('legend', {}, 'Settings (kept in the page address: a link reproduces the run)'));
  const out = () => el('output', { class: 'lab-field__value' });
  const depth = range(LAB_LIMITS.depth.min, LAB_LIMITS.depth.max, 2);
  const width = range(LAB_LIMITS.width.min, LAB_LIMITS.width.max, 1);
  const lr = range(Math.log10(LAB_LIMITS.lr.min), Math.log10(LAB_LIMITS.lr.max), 0.05);
  const optimizer = select(LAB_OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] })));
  const steps = el('input', { type: 'number', min: String(LAB_LIMITS.steps.min), max: String(LAB_LIMITS.steps.max), step: '10', inputmode: 'numeric' });
  const seed = el('input', { type: 'number', min: String(LAB_LIMITS.seed.min), max: String(LAB_LIMITS.seed.max), step: '1', inputmode: 'numeric' });
  const bn = checkbox(`${prefix}-bn`, 'Batch norm after every weight layer', 'On: P1’s setting. Off: the same nets without BN.');
  const zeroInit = checkbox(
    `${prefix}-zeroinit`,
    'Residual branches start at zero',
    'Off: He-random, as in P1. On: each unit starts as its shortcut, a help P1 did not use.',
  );
  settings.append(
    field(`${prefix}-depth`, 'Depth of the deep nets', depth, out()),
    field(`${prefix}-width`, 'Width (all nets)', width, out()),
    field(`${prefix}-lr`, 'Learning rate', lr, out()),
    field(`${prefix}-optimizer`, 'Optimiser', optimizer),
    field(`${prefix}-steps`, 'Steps', steps),
    field(`${prefix}-seed`, 'Seed', seed),
    bn.wrap,
    zeroInit.wrap,
  );

  const predict = el('fieldset', { class: 'lab-predict' });
  predict.append(el('legend', {}, 'Predict first: which net will end with the lowest training loss?'));
  for (const m of models) {
    const label = el('label', { class: 'lab-predict__choice' });
    const input = el('input', { type: 'radio', name: `${prefix}-predict`, value: m.id });
    label.append(input, ` ${m.id} (${m.role})`);
    predict.append(label);
  }
  const verdict = el('p', { class: 'lab-verdict', hidden: '' });
  const note = el('div', { class: 'figure__note lab-note', hidden: '' });
  root.append(bar, progressRow, settings, predict, verdict, note);
  host.replaceChildren(root);
  return { root, train, step, reset, replay, badge, why, progress, progressText, settings, depth, width, optimizer, lr, steps, seed, bn: bn.input, zeroInit: zeroInit.input, backend, predict, verdict, note };
}

/** Shows a state in the controls (values and their visible readouts). */
export function showState(c: LabControls, s: LabState): void {
  c.depth.value = String(s.depth);
  c.width.value = String(s.width);
  c.lr.value = String(Math.log10(s.lr));
  c.optimizer.value = s.optimizer;
  c.steps.value = String(s.steps);
  c.seed.value = String(s.seed);
  c.bn.checked = s.bn;
  c.zeroInit.checked = s.zeroInit;
  c.backend.value = s.backend;
  const shown = (input: HTMLInputElement, text: string) => {
    const o = input.parentElement?.querySelector('output');
    if (o) o.textContent = text;
  };
  shown(c.depth, `${s.depth} layers`);
  shown(c.width, `${s.width} units`);
  shown(c.lr, String(s.lr));
}

/** Shows the backend badge and the reason it was chosen. */
export function showBackend(c: LabControls, badge: string, reason: string): void {
  c.badge.textContent = `Backend: ${badge}`;
  c.badge.title = `Why: ${reason}`;
  const text = c.why.querySelector('p');
  if (text) text.textContent = `${reason[0]?.toUpperCase() ?? ''}${reason.slice(1)}.`;
  c.why.hidden = false;
}

/** The reader's prediction, or null when they skipped it. */
export function prediction(c: LabControls): string | null {
  return c.predict.querySelector<HTMLInputElement>('input:checked')?.value ?? null;
}

/** Shows a note (several sentences) or hides it when empty; `actions` are buttons placed after it. */
export function showNote(c: LabControls, sentences: readonly string[], actions: HTMLButtonElement[] = []): void {
  c.note.replaceChildren();
  for (const s of sentences) c.note.append(el('p', {}, s));
  if (actions.length) {
    const row = el('p', { class: 'lab-note__actions' });
    row.append(...actions);
    c.note.append(row);
  }
  c.note.hidden = sentences.length === 0 && actions.length === 0;
}

/** A button for a note's actions. */
export function noteButton(text: string, onClick: () => void): HTMLButtonElement {
  const b = el('button', { type: 'button', class: 'lab-button' }, text);
  b.addEventListener('click', onClick);
  return b;
}

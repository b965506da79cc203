/**
 * The training lab's form, laid out by the shared figure panel (../controls/panel.ts): run buttons,
 * the predict-first question, backend badge and progress, the main settings with their values, the
 * rest under "More settings", and a note line. Building and reading the DOM only; what the buttons
 * do is the island's business.
 */
import { BACKEND_CHOICE_LABELS, BACKEND_CHOICES } from '~lib/training-lab/lab-backends';
import { LAB_LIMITS, LAB_OPTIMIZERS, OPTIMIZER_LABELS, type LabState } from '~lib/training-lab/lab-state';
import { addButtons, addFields, button, createPanel, el, labelled, segmented, select, slider, toggle } from '../controls/panel';

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

/** Learning rates are chosen on a log scale: the slider holds log10(lr). */
export const lrFromSlider = (value: number): number => Number((10 ** value).toPrecision(2));

/**
 * Builds the controls inside `host` for a figure with id `prefix`, models listed for the prediction.
 * Row 1: the prediction (asked before the run, so beside Train), Train, Step, Reset, Replay, then the
 * status read-outs; row 2: depth, width and learning rate, then "More settings" for the rest.
 */
export function buildControls(host: Element, prefix: string, models: readonly { id: string; role: string }[]): LabControls {
  const p = createPanel({ className: 'lab-controls', more: 'More settings' });
  const train = button('Train', { primary: true, attrs: { 'data-lab-start': '' } });
  const step = button('Step');
  const reset = button('Reset');
  const replay = button('Replay recorded run');
  const predictGroup = segmented(`${prefix}-predict`, 'Predict first: which net will end with the lowest training loss?', models.map((m) => ({ value: m.id, label: m.id })));
  // The role stays in each choice's name for screen readers; on screen the ids say it already.
  predictGroup.inputs.forEach((input, i) => input.after(el('span', { class: 'sr-only' }, ` (${models[i]?.role ?? 'net'})`)));
  const predict = predictGroup.wrap;
  predict.classList.add('lab-predict');
  addButtons(p, train, step, reset, replay);
  p.status.before(predict);

  const badge = el('span', { class: 'lab-badge' }, 'Backend: picked on Train');
  const progress = el('progress', { id: `${prefix}-progress`, max: '1', value: '0', 'aria-label': 'Progress' });
  // Not a live region: the count moves after every slice of training; the lab's status announces each tenth.
  const progressText = el('output', { for: `${prefix}-progress`, class: 'lab-progress__text', 'aria-live': 'off' }, 'Not started');
  p.status.classList.add('lab-progress');
  p.status.append(badge, progress, progressText);

  const depth = slider(`${prefix}-depth`, 'Depth of the deep nets', { min: LAB_LIMITS.depth.min, max: LAB_LIMITS.depth.max, step: 2 });
  const width = slider(`${prefix}-width`, 'Width (all nets)', { min: LAB_LIMITS.width.min, max: LAB_LIMITS.width.max, step: 1 });
  const lr = slider(`${prefix}-lr`, 'Learning rate', { min: Math.log10(LAB_LIMITS.lr.min), max: Math.log10(LAB_LIMITS.lr.max), step: 0.05 });
  addFields(p, [depth.wrap, width.wrap, lr.wrap]);

  const optimizer = labelled(`${prefix}-optimizer`, 'Optimiser', select(LAB_OPTIMIZERS.map((o) => ({ value: o, label: OPTIMIZER_LABELS[o] }))));
  const numeric = (limits: { min: number; max: number }, stepBy: number) =>
    el('input', { type: 'number', min: String(limits.min), max: String(limits.max), step: String(stepBy), inputmode: 'numeric' });
  const steps = labelled(`${prefix}-steps`, 'Steps', numeric(LAB_LIMITS.steps, 10));
  const seed = labelled(`${prefix}-seed`, 'Seed', numeric(LAB_LIMITS.seed, 1));
  const backend = labelled(`${prefix}-backend`, 'Backend', select(BACKEND_CHOICES.map((b) => ({ value: b, label: BACKEND_CHOICE_LABELS[b] }))));
  const bn = toggle(`${prefix}-bn`, 'Batch norm after every weight layer', 'On: P1’s setting. Off: the same nets without BN.');
  const zeroInit = toggle(`${prefix}-zeroinit`, 'Residual branches start at zero', 'Off: He-random, as in P1. On: each unit starts as its shortcut, a help P1 did not use.');
  const why = el('details', { class: 'lab-why fpanel__wide', hidden: '' });
  why.append(el('summary', {}, 'Why this backend?'), el('p'));
  const where = el('p', { class: 'lab-settings__note fpanel__wide' }, 'All settings are kept in the page address: a link reproduces the run.');
  addFields(p, [optimizer.wrap, steps.wrap, seed.wrap, backend.wrap, bn.wrap, zeroInit.wrap, why, where], true);
  // The handle the island and the tests know as the settings: the main fields and the disclosure.
  const settings = el('fieldset', { class: 'lab-settings' });
  settings.append(el('legend', { class: 'sr-only' }, 'Settings (kept in the page address: a link reproduces the run)'));
  p.fields.before(settings);
  settings.append(p.fields);

  const verdict = el('p', { class: 'lab-verdict', hidden: '' });
  const note = el('div', { class: 'figure__note lab-note', hidden: '' });
  p.root.append(verdict, note);
  host.replaceChildren(p.root);
  return {
    root: p.root, train, step, reset, replay, badge, why, progress, progressText, settings,
    depth: depth.input, width: width.input, optimizer: optimizer.input, lr: lr.input, steps: steps.input, seed: seed.input,
    bn: bn.input, zeroInit: zeroInit.input, backend: backend.input, predict, verdict, note,
  };
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
  const b = button(text);
  b.addEventListener('click', onClick);
  return b;
}

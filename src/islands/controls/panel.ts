/**
 * The figures' shared control panel (issue 20): one layout for every island's controls, so a
 * reader finds Train/Reset and the status line in the same place in every figure and the controls
 * stay at most two rows on a desktop column. DOM builders only; what a control does is the
 * island's business. Styled by src/styles/figure-panel.css (theme colours only).
 *
 *   .fpanel
 *     .fpanel__actions   one primary button, secondary buttons, then the status slot
 *     .fpanel__fields    compact labelled fields, then an optional closed "More settings"
 *
 * A figure with nothing to run (a picker, settings that redraw at once) leaves out the actions row
 * (`noActions`): its status slot then ends the fields row, so its read-outs take no row of their own.
 */

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  return e;
}

export interface Panel {
  root: HTMLElement;
  /** Buttons; the status slot sits at its end and wraps under them when the row is full. */
  actions: HTMLElement;
  /** Badge, progress and status text: read-outs, not controls, so they may wrap freely. */
  status: HTMLElement;
  /** The main settings, one row at desktop widths. */
  fields: HTMLElement;
  /** The secondary settings inside "More settings", or null when the panel has none. */
  more: HTMLDetailsElement | null;
  moreBody: HTMLElement | null;
}

/** An empty panel; `more` names the disclosure for secondary settings (closed until opened). */
export function createPanel(opts: { className?: string; more?: string; noActions?: boolean } = {}): Panel {
  const root = el('div', { class: `fpanel ${opts.className ?? ''}`.trim() });
  const actions = el('div', { class: 'fpanel__actions' });
  const status = el('div', { class: 'fpanel__status' });
  actions.append(status);
  const fields = el('div', { class: 'fpanel__fields' });
  let more: HTMLDetailsElement | null = null;
  let moreBody: HTMLElement | null = null;
  if (opts.more) {
    more = el('details', { class: 'fpanel__more' });
    moreBody = el('div', { class: 'fpanel__more-body' });
    more.append(el('summary', {}, opts.more), moreBody);
    fields.append(more);
  }
  if (opts.noActions) {
    fields.append(status);
    root.append(fields);
  } else root.append(actions, fields);
  return { root, actions, status, fields, more, moreBody };
}

/** Adds buttons before the status slot; the first primary one is the figure's main action. */
export function addButtons(p: Panel, ...buttons: HTMLButtonElement[]): void {
  p.status.before(...buttons);
}

export function button(text: string, opts: { primary?: boolean; attrs?: Record<string, string> } = {}): HTMLButtonElement {
  const cls = opts.primary ? 'fpanel__button fpanel__button--primary' : 'fpanel__button';
  return el('button', { type: 'button', class: cls, ...opts.attrs }, text);
}

/** Adds fields to the main row (before "More settings"), or into the disclosure with `inMore`. */
export function addFields(p: Panel, fields: HTMLElement[], inMore = false): void {
  if (inMore && p.moreBody) p.moreBody.append(...fields);
  else if (p.more) p.more.before(...fields);
  else if (p.status.parentElement === p.fields) p.status.before(...fields);
  else p.fields.append(...fields);
}

/** A slider with its label above and its value and unit in an <output> beside it. */
export function slider(id: string, label: string, range: { min: number; max: number; step: number }): { wrap: HTMLElement; input: HTMLInputElement; output: HTMLOutputElement } {
  const input = el('input', { type: 'range', id, min: String(range.min), max: String(range.max), step: String(range.step) });
  const output = el('output', { for: id, class: 'fpanel__value' });
  const wrap = el('div', { class: 'fpanel__field fpanel__field--slider' });
  wrap.append(el('label', { for: id }, label), input, output);
  return { wrap, input, output };
}

/** A select (or another one-line input) with its label above. */
export function labelled<T extends HTMLInputElement | HTMLSelectElement>(id: string, label: string, control: T): { wrap: HTMLElement; input: T } {
  control.id = id;
  const wrap = el('div', { class: 'fpanel__field' });
  wrap.append(el('label', { for: id }, label), control);
  return { wrap, input: control };
}

export function select(options: readonly { value: string; label: string }[]): HTMLSelectElement {
  const s = el('select');
  for (const o of options) s.append(el('option', { value: o.value }, o.label));
  return s;
}

/** A checkbox toggle with its label after it and, optionally, a hint saying what it changes. */
export function toggle(id: string, label: string, hint?: string): { wrap: HTMLElement; input: HTMLInputElement } {
  const input = el('input', { type: 'checkbox', id });
  const wrap = el('div', { class: 'fpanel__field fpanel__field--toggle' });
  wrap.append(input, el('label', { for: id }, label));
  if (hint) {
    input.setAttribute('aria-describedby', `${id}-hint`);
    wrap.append(el('small', { id: `${id}-hint`, class: 'fpanel__hint' }, hint));
  }
  return { wrap, input };
}

/**
 * A segmented radio group: a fieldset whose options read as words on joined buttons. Its legend
 * sits beside the buttons, or above them (`legendAbove`) like the other fields' labels, so the
 * group lines up with them in the fields row.
 */
export function segmented(
  name: string,
  legend: string,
  options: readonly { value: string; label: string }[],
  opts: { legendAbove?: boolean } = {},
): { wrap: HTMLFieldSetElement; inputs: HTMLInputElement[] } {
  const wrap = el('fieldset', { class: opts.legendAbove ? 'fpanel__segmented fpanel__segmented--above' : 'fpanel__segmented' });
  wrap.append(el('legend', {}, legend));
  const inputs = options.map((o) => {
    const input = el('input', { type: 'radio', name, value: o.value });
    const lab = el('label', { class: 'fpanel__segment' });
    lab.append(input, el('span', {}, o.label));
    wrap.append(lab);
    return input;
  });
  return { wrap, inputs };
}

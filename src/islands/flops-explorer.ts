/**
 * The FLOPs explorer island (chapter 5): a select in the shared figure panel picks the network
 * drawn beside VGG-19 (eight networks: as radios they took two rows of a desktop column and four
 * of a phone's); the chart, the data table, a readout and the URL (`fx-model=…`) follow. It draws with the same pure
 * builders as the build, from the columns the build computed (props), so the cost model and the
 * paper tables stay out of the browser bundle.
 */
import {
  DEFAULT_EXPLORER_STATE,
  EXPLORER_BASELINE,
  EXPLORER_MODELS,
  formatExplorerQuery,
  isExplorerModel,
  parseExplorerQuery,
  type ExplorerState,
} from '~lib/arch/explorer-state';
import type { FlopsColumn } from '~lib/arch/flops-columns';
import { tableMarkup } from '~viz/data-table';
import { columnSummary } from '~viz/flops-bars';
import { explorerScene, explorerTable, type ExplorerColumns } from '~viz/flops-explorer-view';
import { drawLayouts } from '~viz/layout-dom';
import { addFields, createPanel, el, labelled, select } from './controls/panel';

/** What FlopsExplorer.astro passes: the model shown when the URL names none, and every column. */
interface ExplorerProps {
  model?: unknown;
  columns?: Partial<Record<string, FlopsColumn>>;
}

function defaultState(props: ExplorerProps): ExplorerState {
  const { model } = props;
  return typeof model === 'string' && isExplorerModel(model) ? { model } : DEFAULT_EXPLORER_STATE;
}

/** The build's columns; a missing one means the page and the code disagree, and the static figure stays. */
function readColumns(props: ExplorerProps): ExplorerColumns {
  const columns = props.columns ?? {};
  for (const key of EXPLORER_MODELS) {
    if (!Array.isArray(columns[key]?.stages)) throw new Error(`props carry no column for ${key}`);
  }
  return columns as ExplorerColumns;
}


/** Takes over the server-rendered figure. */
export function mount(figure: HTMLElement, props: unknown): { destroy(): void } {
  const controls = figure.querySelector('.figure__controls');
  const art = figure.querySelector<HTMLElement>('.fx-chart');
  const table = figure.querySelector('.figure__table');
  const status = figure.querySelector('.figure__status');
  if (!controls || !art) throw new Error('figure markup is missing its controls or art');
  const given = (props ?? {}) as ExplorerProps;
  const columns = readColumns(given);
  const { state, notes } = parseExplorerQuery(window.location.search, defaultState(given));

  // No actions: the picker redraws at once, and its readout ends the fields row (the panel's status slot).
  const p = createPanel({ className: 'fx-panel', noActions: true });
  const picker = select(EXPLORER_MODELS.map((key) => ({ value: key, label: columns[key].label })));
  picker.name = `${figure.id}-model`;
  picker.value = state.model;
  const field = labelled(`${figure.id}-model`, `Network beside ${columns[EXPLORER_BASELINE].label}`, picker);
  field.wrap.classList.add('fx-picker');
  addFields(p, [field.wrap]);
  const readout = el('output', { class: 'fx-readout', 'aria-live': 'off' });
  p.status.append(readout);
  const note = el('p', { class: 'figure__note fx-note' });
  note.hidden = notes.length === 0;
  note.textContent = notes.join(' ');
  p.root.append(note);
  controls.replaceChildren(p.root);

  const render = () => {
    drawLayouts(art, (layout) => explorerScene(columns, state.model, figure.id, layout));
    if (table) table.innerHTML = tableMarkup(explorerTable(columns, state.model));
    readout.textContent = columnSummary(columns[state.model]);
    figure.dataset.model = state.model;
  };
  const writeUrl = () => {
    const url = new URL(window.location.href);
    for (const [k, v] of new URLSearchParams(formatExplorerQuery(state))) url.searchParams.set(k, v);
    window.history.replaceState(window.history.state, '', url);
  };
  render();
  // A corrected link is rewritten at once, so the address (and "copy link") says what the figure shows.
  if (notes.length) writeUrl();

  const onChange = () => {
    const value = picker.value;
    if (!isExplorerModel(value)) return;
    state.model = value;
    render();
    writeUrl();
    if (status) status.textContent = `Now showing ${columnSummary(columns[state.model])}.`;
  };
  picker.addEventListener('change', onChange);
  return { destroy: () => picker.removeEventListener('change', onChange) };
}

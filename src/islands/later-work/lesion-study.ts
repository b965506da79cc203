/**
 * The lesion study in the browser: a predict-first select, the study's size (draws, largest k,
 * seed) with URL state (prefix les-), and a live run in a worker on the reader's own nets when the
 * training lab saved a finished run in this tab, else on the recorded nets. A line under the panel
 * always says whose nets the charts show. Progress moves under the bar; the live region hears the
 * start, each quarter and the end. Stop terminates the worker at once and keeps what was shown.
 */
import { clampK, GUESS_WORDS, judgeGuess, LESION_GUESSES, type LesionGuess } from '~lib/later-work/lesion';
import { formatLesionQuery, lesionOptionsOf, lesionUrlTable, parseLesionQuery, type LesionState } from '~lib/later-work/lesion-state';
import { tableMarkup } from '~viz/data-table';
import { drawLayouts } from '~viz/layout-dom';
import { lesionKChart, lesionTable, lesionUnitChart } from '~viz/lesion-figure';
import { addButtons, addFields, button, createPanel, el, labelled, select } from '../controls/panel';
import type { FromWorker, ToWorker } from './lesion-worker';
import type { LaterWorkJob } from './later-work-worker';
import { READER_NETS_EVENT, readerNetsText } from './reader-nets';
import { replaceQuery } from '../replace-query';

/** What the charts show before any run, and what a run will use. */
const before = (saved: boolean) =>
  saved
    ? 'Shown: the recorded nets. Run uses your own nets, from the training-lab run saved in this tab.'
    : 'Shown: the recorded nets. You have not finished a training-lab run in this tab, so Run uses them too.';

/** Take over a server-rendered lesion-study figure. */
export function mount(figure: HTMLElement) {
  const host = figure.querySelector<HTMLElement>('.figure__controls');
  const status = figure.querySelector<HTMLElement>('.figure__status');
  const units = figure.querySelector<HTMLElement>('.les__units');
  const kChart = figure.querySelector<HTMLElement>('.les__k');
  const table = figure.querySelector<HTMLElement>('.figure__table');
  if (!host || !status || !units || !kChart) throw new Error('lesion-study markup is incomplete');
  const rows = lesionUrlTable().params;
  const parsed = parseLesionQuery(location.search);
  let state: LesionState = parsed.state;
  const key = figure.id;

  const p = createPanel({ className: 'les__panel' });
  const run = button('Run the lesion study', { primary: true, attrs: { class: 'fpanel__button fpanel__button--primary les__run' } });
  const stop = button('Stop', { attrs: { class: 'fpanel__button les__stop' } });
  stop.disabled = true;
  addButtons(p, run, stop);
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Lesion study progress' });
  progress.hidden = true;
  p.status.append(progress);

  const predict = select([{ value: '', label: 'No prediction' }, ...LESION_GUESSES.map((g) => ({ value: g, label: GUESS_WORDS[g] }))]);
  predict.value = state.guess ?? '';
  const predictField = labelled(`${key}-guess`, 'Predict first: in which net do more single deletions leave the test error within 2 points?', predict);
  predictField.wrap.classList.add('les__predict');
  const number = (row: { name: string; min: number; max: number }, value: number) =>
    el('input', { type: 'number', name: row.name, min: String(row.min), max: String(row.max), step: '1', value: String(value), inputmode: 'numeric' });
  const draws = number(rows.draws, state.draws);
  const maxK = number(rows.maxK, state.maxK);
  const seed = number(rows.seed, state.seed);
  addFields(p, [
    predictField.wrap,
    labelled(`${key}-draws`, 'Draws per k', draws).wrap,
    labelled(`${key}-k`, 'Largest k', maxK).wrap,
    labelled(`${key}-seed`, 'Seed', seed).wrap,
  ]);
  const note = el('p', { class: 'figure__note les__note' });
  const showNotes = (notes: string[]) => {
    note.textContent = notes.length ? `Adjusted: ${notes.join('; ')}.` : '';
    note.hidden = notes.length === 0;
  };
  showNotes(parsed.notes.map((n) => `${n} (from the link)`));
  const source = el('p', { class: 'les__source' }, before(readerNetsText() !== null));
  p.root.append(note, source);
  host.append(p.root);

  const save = () => replaceQuery(formatLesionQuery(state, location.search));
  // A corrected link is rewritten at once, so the address says what the figure will run.
  if (parsed.notes.length) save();
  predict.addEventListener('change', () => {
    state = { ...state, guess: (predict.value || null) as LesionGuess | null };
    save();
  });
  // Each number field goes through the URL table, so a typed value is clamped exactly as a link's.
  for (const [input, field] of [
    [draws, 'draws'],
    [maxK, 'maxK'],
    [seed, 'seed'],
  ] as const) {
    input.addEventListener('change', () => {
      const r = parseLesionQuery(new URLSearchParams([[rows[field].name, input.value]]).toString());
      state = { ...state, [field]: r.state[field] };
      input.value = String(state[field]);
      showNotes(r.notes);
      save();
    });
  }
  const onSaved = () => {
    if (!worker) source.textContent = 'A new run of yours from the training lab was just saved in this tab: Run uses its nets.';
  };
  window.addEventListener(READER_NETS_EVENT, onSaved);

  let worker: Worker | null = null;
  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    run.disabled = false;
    stop.disabled = true;
  };

  const start = () => {
    stopWorker();
    const options = lesionOptionsOf(state);
    figure.dataset.lesion = 'running';
    run.disabled = true;
    stop.disabled = false;
    progress.value = 0;
    progress.hidden = false;
    status.textContent = 'Loading the nets for the lesion study…';
    worker = new Worker(new URL('./later-work-worker.ts', import.meta.url), { type: 'module', name: 'lesion' satisfies LaterWorkJob });
    const broken = (why: string) => {
      stopWorker();
      status.textContent = `The lesion study could not run here: ${why}. The charts still show the recorded study.`;
      figure.dataset.lesion = 'error';
    };
    worker.onerror = (e) => {
      e.preventDefault();
      broken('the worker failed to load or crashed');
    };
    worker.onmessageerror = () => broken('the worker sent a message that could not be read');
    let quarter = 0;
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'backend' && m.name !== 'wasm') status.textContent = `WebAssembly is unavailable here; running on the ${m.name} backend (slower).`;
      else if (m.type === 'loaded') {
        source.textContent = m.note;
        figure.dataset.source = m.source;
        if (clampK(options.maxK, m.units) < options.maxK) {
          showNotes([`largest k ${options.maxK} → ${m.units} (these nets have ${m.units} units)`]);
        }
        status.textContent = `Deleting units of ${m.units}-unit nets…`;
      } else if (m.type === 'progress') {
        progress.value = m.done / m.total;
        const q = Math.floor((4 * m.done) / m.total);
        if (q > quarter && m.done < m.total) status.textContent = `${q * 25}% of ${m.total} evaluations done.`;
        quarter = q;
      } else if (m.type === 'done') {
        stopWorker();
        progress.value = 1;
        const r = m.result;
        drawLayouts(units, (layout) => lesionUnitChart(key, r, layout));
        drawLayouts(kChart, (layout) => lesionKChart(key, r, layout));
        if (table)
          table.innerHTML = tableMarkup(
            lesionTable(r, `Live run (seed ${r.options.seed}, ${r.options.draws} draws per k) of ${r.plain.id} and ${r.residual.id}`),
          );
        status.textContent = `Done in ${(m.ms / 1000).toFixed(1)} s. ${judgeGuess(r, state.guess)}`;
        figure.dataset.lesion = 'done';
      } else if (m.type === 'stopped' || m.type === 'error') {
        stopWorker();
        status.textContent = m.type === 'error' ? `The lesion study failed: ${m.message}. The charts still show what they showed before.` : 'Stopped.';
        figure.dataset.lesion = m.type;
      }
    };
    const message: ToWorker = { type: 'run', readerText: readerNetsText(), options };
    worker.postMessage(message);
  };
  run.addEventListener('click', start);
  stop.addEventListener('click', () => {
    stopWorker();
    progress.hidden = true;
    status.textContent = 'Stopped; the charts still show what they showed before the run.';
    figure.dataset.lesion = 'stopped';
  });
  if (state.autorun) start();

  return {
    destroy() {
      window.removeEventListener(READER_NETS_EVENT, onSaved);
      stopWorker();
    },
  };
}

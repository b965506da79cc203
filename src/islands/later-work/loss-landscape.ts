/**
 * The loss-landscape figure in the browser: a predict-first select, the grid's side and the
 * directions' seed (URL state, prefix land-), and a live slice in a worker on the reader's own
 * nets (saved in this tab by the training lab) or the recorded ones, always saying which. Before
 * the 2-D grid starts, the status says its size and the time it should take; progress moves
 * after every batch and the polite live region speaks at each tenth. Stop takes effect at once
 * (the page drops the run's later messages; the worker stops within one evaluation).
 */
import { progressLine } from '~lib/later-work/landscape-grid';
import { formatLandscapeQuery, landscapeUrlTable, parseLandscapeQuery, type LandscapeState } from '~lib/later-work/landscape-state';
import { LANDSCAPE_GUESSES, sliceFacts, verdictSentence, type LandscapeGuess, type LandscapeRecord } from '~lib/later-work/landscape-summary';
import { shouldAnnounce } from '~lib/run-progress';
import { tableMarkup } from '~viz/data-table';
import { landscapeContours, landscapeLine, landscapeLineTable } from '~viz/landscape-figure';
import { landscapeGridMarkup } from '~viz/landscape-grid-table';
import { drawLayouts } from '~viz/layout-dom';
import { addButtons, addFields, button, createPanel, el, labelled, select } from '../controls/panel';
import type { FromWorker, ToWorker } from './landscape-worker';
import type { LaterWorkJob } from './later-work-worker';
import { READER_NETS_EVENT, readerNetsText } from './reader-nets';
import { replaceQuery } from '../replace-query';

const GUESS_WORDS: Record<LandscapeGuess, string> = { plain: 'The plain net’s', residual: 'The residual net’s', same: 'About the same' };

/** Take over the server-rendered loss-landscape figure. */
export function mount(figure: HTMLElement) {
  const host = figure.querySelector<HTMLElement>('.figure__controls');
  const status = figure.querySelector<HTMLElement>('.figure__status');
  const contours = figure.querySelector<HTMLElement>('.land__contours');
  const line = figure.querySelector<HTMLElement>('.land__line');
  const source = figure.querySelector<HTMLElement>('.land__source');
  if (!host || !status || !contours || !line || !source) throw new Error('loss-landscape markup is incomplete');
  const key = figure.id;
  const url = parseLandscapeQuery(location.search);
  let state: LandscapeState = url.state;
  const rows = landscapeUrlTable.params;

  const p = createPanel({ className: 'land__panel' });
  const run = button('Draw the slices', { primary: true, attrs: { class: 'fpanel__button fpanel__button--primary land__run' } });
  const stop = button('Stop', { attrs: { class: 'fpanel__button land__stop' } });
  stop.disabled = true;
  addButtons(p, run, stop);
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Slice progress' });
  // Not a live region: it moves after every batch; the status says the same words at each tenth.
  const progressText = el('span', { class: 'land__progress', 'aria-live': 'off' });
  progress.hidden = true;
  progressText.hidden = true;
  p.status.append(progress, progressText);

  const predict = select([{ value: '', label: 'No prediction' }, ...LANDSCAPE_GUESSES.map((g) => ({ value: g, label: GUESS_WORDS[g] }))]);
  predict.value = state.guess ?? '';
  const predictField = labelled(`${key}-guess`, 'Predict first: which net’s surface is smoother around its trained weights?', predict);
  predictField.wrap.classList.add('land__predict');
  const number = (row: { name: string; min: number; max: number; step?: number }, value: number) =>
    el('input', {
      type: 'number',
      name: row.name,
      min: String(row.min),
      max: String(row.max),
      step: String(row.step ?? 1),
      value: String(value),
      inputmode: 'numeric',
    });
  const grid = number(rows.grid, state.grid);
  const seed = number(rows.seed, state.seed);
  addFields(p, [predictField.wrap, labelled(`${key}-grid`, 'Grid side (n × n)', grid).wrap, labelled(`${key}-seed`, 'Seed of the directions', seed).wrap]);
  const adjust = el('p', { class: 'figure__note land__adjust' });
  const cap = el('p', { class: 'figure__note land__cap' });
  const plan = el('p', { class: 'figure__note land__plan' });
  const fresh = el('p', { class: 'figure__note land__fresh' });
  for (const n of [cap, plan, fresh]) n.hidden = true;
  adjust.textContent = url.notes.length ? `Adjusted from the link: ${url.notes.join('; ')}.` : '';
  adjust.hidden = url.notes.length === 0;
  p.root.append(adjust, cap, plan, fresh);
  host.append(p.root);

  const save = () => replaceQuery(formatLandscapeQuery(state, location.search));
  // A corrected link is rewritten at once, so the address (and "copy link") says what the figure shows.
  if (url.notes.length) save();
  predict.addEventListener('change', () => {
    state = { ...state, guess: (LANDSCAPE_GUESSES as readonly string[]).includes(predict.value) ? (predict.value as LandscapeGuess) : null };
    save();
  });
  /** A typed number goes through the link's own parser, so the field and the link clamp alike (with the same note). */
  const reread = (input: HTMLInputElement, name: string, field: 'grid' | 'seed') =>
    input.addEventListener('change', () => {
      const r = parseLandscapeQuery(new URLSearchParams([[name, input.value]]).toString());
      state = { ...state, [field]: r.state[field] };
      input.value = String(state[field]);
      adjust.textContent = r.notes.length ? `Adjusted: ${r.notes.join('; ')}.` : '';
      adjust.hidden = r.notes.length === 0;
      save();
    });
  reread(grid, rows.grid.name, 'grid');
  reread(seed, rows.seed.name, 'seed');
  const onFresh = () => {
    fresh.textContent = 'Your new training-lab run is saved in this tab: draw the slices again to see its nets.';
    fresh.hidden = false;
  };
  window.addEventListener(READER_NETS_EVENT, onFresh);

  let worker: Worker | null = null;
  let runId = 0;
  let active: number | null = null;
  let visible = true;
  const send = (m: ToWorker) => worker?.postMessage(m);
  const observer = new IntersectionObserver(([entry]) => {
    visible = entry?.isIntersecting ?? true;
    if (active !== null) send({ type: visible ? 'resume' : 'pause' });
  });
  observer.observe(figure);

  const idle = (what: string) => {
    active = null;
    run.disabled = false;
    stop.disabled = true;
    figure.dataset.landscape = what;
  };
  const broken = (why: string) => {
    worker?.terminate();
    worker = null;
    status.textContent = `The slice could not run here: ${why}. The figure still shows the recorded slice.`;
    idle('error');
  };
  const finish = (rec: LandscapeRecord, note: string, ms: number) => {
    drawLayouts(contours, (layout) => landscapeContours(key, rec, layout));
    drawLayouts(line, (layout) => landscapeLine(key, rec, layout));
    source.textContent = `${note} Directions from seed ${rec.seed}.`;
    const lineTable = figure.querySelector<HTMLElement>('.figure__data:not(.land__grid) .figure__table');
    if (lineTable) lineTable.innerHTML = tableMarkup(landscapeLineTable(rec, `Live 1-D slices (β = 0), seed ${rec.seed}`));
    const gridTable = figure.querySelector<HTMLElement>('.land__grid-table');
    if (gridTable) gridTable.innerHTML = landscapeGridMarkup(rec, `Live 2-D slice, ${rec.n} × ${rec.n} points, seed ${rec.seed}`);
    const summary = figure.querySelector('.land__grid summary');
    if (summary) summary.textContent = `Data table: the 2-D grid (${rec.n} × ${rec.n} points per net)`;
    progress.value = 1;
    progressText.textContent = `Done: ${2 * (rec.linePoints + rec.n * rec.n)} evaluations in ${(ms / 1000).toFixed(1)} s.`;
    status.textContent = `Done. ${verdictSentence(rec, state.guess)} ${sliceFacts(rec).join(' ')}`;
    figure.dataset.n = String(rec.n);
    idle('done');
  };

  const onMessage = (e: MessageEvent<FromWorker>) => {
    const m = e.data;
    if (m.id !== active) return; // a superseded or stopped run
    if (m.type === 'start') {
      source.textContent = m.note;
      figure.dataset.source = m.note.startsWith('Your own') ? 'reader' : 'recorded';
      cap.textContent = m.capNote ?? '';
      cap.hidden = m.capNote === null;
      figure.dataset.n = String(m.n);
      status.textContent = `${m.note} Drawing the 1-D slices on ${m.backend}…`;
    } else if (m.type === 'plan') {
      plan.textContent = m.sentence;
      plan.hidden = false;
      status.textContent = m.sentence;
    } else if (m.type === 'progress' || m.type === 'paused') {
      const before = Number(progress.value) * m.total;
      progress.value = m.done / m.total;
      const words = progressLine(m);
      progressText.textContent = m.type === 'paused' ? `${words} Paused while the figure is out of sight.` : words;
      if (m.part === 'grid' && shouldAnnounce(before, m.done, m.total) && m.done < m.total) status.textContent = words;
    } else if (m.type === 'done') finish(m.record, m.note, m.ms);
    else if (m.type === 'stopped') idle('stopped');
    else if (m.type === 'error') {
      status.textContent = `The slice failed: ${m.message}. The figure still shows the recorded slice.`;
      idle('error');
    }
  };

  const start = () => {
    if (!worker) {
      worker = new Worker(new URL('./later-work-worker.ts', import.meta.url), { type: 'module', name: 'landscape' satisfies LaterWorkJob });
      worker.onmessage = onMessage;
      worker.onerror = (e) => {
        e.preventDefault();
        broken('the worker failed to load or crashed');
      };
      worker.onmessageerror = () => broken('the worker sent a message that could not be read');
    }
    runId += 1;
    active = runId;
    run.disabled = true;
    stop.disabled = false;
    progress.hidden = false;
    progressText.hidden = false;
    progress.value = 0;
    progressText.textContent = 'Starting…';
    plan.hidden = true;
    fresh.hidden = true;
    figure.dataset.landscape = 'running';
    status.textContent = 'Loading the nets…';
    send({ type: 'run', id: runId, readerText: readerNetsText(), seed: state.seed, grid: state.grid });
    if (!visible) send({ type: 'pause' });
  };
  run.addEventListener('click', start);
  stop.addEventListener('click', () => {
    if (active === null) return;
    send({ type: 'stop' });
    status.textContent = 'Stopped. The figure still shows the slice it showed before.';
    progressText.textContent = `Stopped at ${Math.round(Number(progress.value) * 100)} %.`;
    idle('stopped');
  });
  if (state.autorun) start();

  return {
    destroy() {
      observer.disconnect();
      window.removeEventListener(READER_NETS_EVENT, onFresh);
      worker?.terminate();
      worker = null;
    },
  };
}

/**
 * fig-gradient-shattering in the browser: the prediction, which gradient the lower panels show
 * and the first seed, kept in the URL (prefix sh-); Measure re-runs the measurement in a worker
 * (src/islands/later-work/shattering-worker.ts, where tfjs loads) on fresh nets and on the
 * reader's own trained pair when the training lab saved one in this tab, else the recorded pair,
 * and says which. Stop ends the worker at once; the recorded measurement stays drawn until a live
 * one replaces it.
 */
import { SHATTER_GUESSES, type ShatteringRecord } from '~lib/later-work/shattering';
import { formatShatterQuery, MAX_SHATTER_SEED, parseShatterQuery, SHATTER_SHOWS, type ShatterShow, type ShatterState } from '~lib/later-work/shattering-state';
import { shatteringFinding, shatterVerdict } from '~lib/later-work/shattering-words';
import { recordedShattering } from '~lib/recorded/shattering';
import { tableMarkup } from '~viz/data-table';
import { drawLayouts } from '~viz/layout-dom';
import { correlationScene, shatteringTable, shownSignals, signalScene } from '~viz/shattering-figure';
import { addButtons, addFields, button, createPanel, el, labelled, select } from '../controls/panel';
import { READER_NETS_EVENT, readerNetsText } from './reader-nets';
import type { FromWorker, ToWorker } from './shattering-worker';
import type { LaterWorkJob } from './later-work-worker';
import { replaceQuery } from '../replace-query';

const SHOW_LABELS: Record<ShatterShow, string> = Object.fromEntries(
  SHATTER_SHOWS.map((s) => [s, s === 'trained' ? 'trained nets' : `${s} layers, at initialisation`]),
) as Record<ShatterShow, string>;

/** Take over a server-rendered #fig-gradient-shattering. */
export function mount(figure: HTMLElement) {
  const controls = figure.querySelector<HTMLElement>('.figure__controls');
  const status = figure.querySelector<HTMLElement>('.figure__status');
  const table = figure.querySelector<HTMLElement>('.figure__table');
  const correlation = figure.querySelector<HTMLElement>('.shatter__correlation');
  const [plainHost, residualHost] = [...figure.querySelectorAll<HTMLElement>('.shatter__signal')];
  if (!controls || !status || !correlation || !plainHost || !residualHost) throw new Error('gradient-shattering markup is incomplete');

  const parsed = parseShatterQuery(location.search);
  let state: ShatterState = parsed.state;
  const recorded = recordedShattering();
  let live: ShatteringRecord | null = null;
  const key = figure.id;

  const p = createPanel({ className: 'shatter__panel' });
  const measure = button('Measure', { primary: true });
  const stop = button('Stop');
  stop.disabled = true;
  addButtons(p, measure, stop);
  const predict = select([{ value: '', label: 'No prediction' }, ...SHATTER_GUESSES.map((g) => ({ value: g, label: `${g} nets` }))]);
  predict.value = state.guess ?? '';
  const show = select(SHATTER_SHOWS.map((s) => ({ value: s, label: SHOW_LABELS[s] })));
  show.value = state.show;
  const seed = el('input', { type: 'number', min: '1', max: String(MAX_SHATTER_SEED), step: '1', inputmode: 'numeric' });
  seed.value = String(state.seed);
  addFields(p, [
    labelled(`${key}-guess`, 'Predict: smoother at 56 layers?', predict).wrap,
    labelled(`${key}-show`, 'Gradient below', show).wrap,
    labelled(`${key}-seed`, 'First seed', seed).wrap,
  ]);
  const found = el('span', { class: 'shatter__found' });
  found.textContent = 'Recorded measurement shown.';
  p.status.append(found);
  const note = el('p', { class: 'figure__note shatter__note' });
  note.textContent = parsed.notes.length ? `Adjusted from the link: ${parsed.notes.join('; ')}.` : '';
  controls.replaceChildren(p.root, note);

  const save = () => replaceQuery(formatShatterQuery(state, location.search));
  if (parsed.notes.length) save();
  const say = (text: string) => {
    status.textContent = text;
  };
  const setPhase = (phase: 'idle' | 'running' | 'done' | 'stopped' | 'error') => {
    figure.dataset.measured = phase;
    measure.disabled = phase === 'running';
    stop.disabled = phase !== 'running';
  };

  const draw = () => {
    const current = live ?? recorded;
    let what = state.show;
    if (shownSignals(current, what) === null) what = '56';
    drawLayouts(correlation, (layout) => correlationScene(current, layout));
    drawLayouts(plainHost, (layout) => signalScene(current, what, 'plain', layout));
    drawLayouts(residualHost, (layout) => signalScene(current, what, 'residual', layout));
    if (table) table.innerHTML = tableMarkup(shatteringTable(current));
  };

  let worker: Worker | null = null;
  let nextId = 0;
  const end = () => {
    worker?.terminate();
    worker = null;
  };
  const start = () => {
    const id = ++nextId;
    if (!worker) {
      worker = new Worker(new URL('./later-work-worker.ts', import.meta.url), { type: 'module', name: 'shattering' satisfies LaterWorkJob });
      worker.addEventListener('error', () => {
        end();
        setPhase('error');
        say('The measurement could not run here (its worker failed to start). The recorded measurement is shown.');
      });
      worker.addEventListener('message', (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.id !== nextId) return;
        if (m.type === 'progress') {
          found.textContent = `Measuring: ${m.done} of ${m.total} nets.`;
          if (m.done === 1 || m.done === m.total || m.done % 20 === 0) say(`Measuring: ${m.done} of ${m.total} nets.`);
        } else if (m.type === 'done') {
          live = m.record;
          draw();
          setPhase('done');
          found.textContent = `Measured ${m.backend}.`;
          say(`Measured ${m.backend}. ${m.source} ${shatteringFinding(m.record)} ${shatterVerdict(m.record, state.guess)}`.trim());
        } else {
          setPhase('error');
          say(`The measurement failed: ${m.message} The recorded measurement is shown.`);
        }
      });
    }
    setPhase('running');
    found.textContent = 'Measuring…';
    say('Measuring: loading TensorFlow.js.');
    worker.postMessage({ type: 'measure', id, seed: state.seed, readerText: readerNetsText() } satisfies ToWorker);
  };

  measure.addEventListener('click', start);
  stop.addEventListener('click', () => {
    nextId++;
    end();
    setPhase('stopped');
    found.textContent = 'Stopped.';
    say(`Stopped. ${live ? 'The last finished measurement' : 'The recorded measurement'} stays drawn.`);
  });
  predict.addEventListener('change', () => {
    state = { ...state, guess: predict.value === 'plain' || predict.value === 'residual' ? predict.value : null };
    save();
  });
  show.addEventListener('change', () => {
    state = { ...state, show: show.value as ShatterShow };
    save();
    draw();
  });
  seed.addEventListener('change', () => {
    const checked = parseShatterQuery(`sh-seed=${encodeURIComponent(seed.value)}`);
    state = { ...state, seed: checked.state.seed };
    seed.value = String(state.seed);
    note.textContent = checked.notes.length ? `Adjusted: ${checked.notes.join('; ')}.` : '';
    save();
  });
  const onNewRun = () => say('Your training-lab run has finished: press Measure to measure its nets.');
  window.addEventListener(READER_NETS_EVENT, onNewRun);

  setPhase('idle');
  if (state.show !== '56') draw();
  if (state.autorun) start();
  return {
    destroy() {
      end();
      window.removeEventListener(READER_NETS_EVENT, onNewRun);
    },
  };
}

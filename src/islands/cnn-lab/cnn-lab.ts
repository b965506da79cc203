/**
 * The CNN lab in the browser: a predict-first prompt, the run (quick or full) and the backend,
 * with URL state (prefix cnn-), and a live run in a worker that pauses while the figure is off
 * screen. Before it trains, the lab says which backend it found and how long the run should take
 * there; on a CPU (WASM, plain JavaScript, a software GPU) it runs the quick comparison unless the
 * reader asks for the full one. The live curves are drawn above the recorded chart as measurements
 * arrive, and the live table replaces the recorded one at the first of them.
 */
import { announceCnn, cnnProgressLine, cnnShareDone, partialRecord, type CnnMeasurement } from '~lib/cnn-lab/progress';
import { CNN_RUNS, cnnRunOf, formatCnnQuery, guessPair, liveCnnSetup, parseCnnQuery, type CnnRun } from '~lib/cnn-lab/state';
import { summariseCnnLab } from '~lib/cnn-lab/summary';
import { doneSentence, estimateSentence, guessVerdict, recordedTitle, runLabel } from '~lib/cnn-lab/live-words';
import { DIGITS_ASSET } from '~lib/data/digits';
import { BACKEND_CHOICE_LABELS, BACKEND_CHOICES } from '~lib/training-lab/lab-backends';
import { CNN_RECORDINGS, type CnnRecordingName } from '~lib/cnn-lab/setup';
import { cnnLabChart, cnnLabTable } from '~viz/cnn-lab-figure';
import { tableMarkup } from '~viz/data-table';
import { drawLayouts } from '~viz/layout-dom';
import { addButtons, addFields, button, createPanel, el, labelled, select } from '../controls/panel';
import { hardwareGpuHere } from './cnn-gpu-here';
import type { FromWorker, ToWorker, Where } from './cnn-lab-worker';
import { QUIET_MS, watchdog } from './watchdog';
import { replaceQuery } from '../replace-query';

/** Take over the server-rendered CNN lab figure. */
export function mount(figure: HTMLElement, props: unknown) {
  const host = figure.querySelector<HTMLElement>('.figure__controls');
  const status = figure.querySelector<HTMLElement>('.figure__status');
  const recorded = figure.querySelector<HTMLElement>('.cnn__chart');
  const table = figure.querySelector<HTMLElement>('.figure__table');
  if (!host || !status || !recorded) throw new Error('CNN lab markup is incomplete');
  const key = figure.id;
  const name = (props as { recording?: string } | null)?.recording;
  const recording = name !== undefined && Object.hasOwn(CNN_RECORDINGS, name) ? CNN_RECORDINGS[name as CnnRecordingName] : null;
  const url = parseCnnQuery(location.search);
  let state = url.state;
  /** Whether training here would use a hardware GPU; until the probe answers, assume not. */
  let gpu = false;
  const liveNow = () => liveCnnSetup(state, gpu);
  const runNow = (): CnnRun => cnnRunOf(state, gpu);

  // The shared panel. Row 1: Train, Stop, then the progress; row 2: the prediction, the run, the backend.
  const p = createPanel({ className: 'cnn__panel' });
  const train = button('Train', { primary: true });
  const stop = button('Stop');
  stop.disabled = true;
  addButtons(p, train, stop);
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Training progress' });
  progress.hidden = true;
  // Not a live region: it moves after every slice; the status says the same words at each tenth.
  const progressText = el('span', { class: 'cnn__progress', 'aria-live': 'off' });
  progressText.hidden = true;
  p.status.append(progress, progressText);
  const predict = select([{ value: '', label: 'No prediction' }]);
  // Short words, so that the prediction, the run and the backend share one row on a desktop column.
  const predictField = labelled(`${key}-guess`, 'Predict: higher final training error?', predict);
  predictField.wrap.classList.add('cnn__predict');
  const runSelect = select(CNN_RUNS.map((r) => ({ value: r, label: r })));
  const backendSelect = select(BACKEND_CHOICES.map((b) => ({ value: b, label: BACKEND_CHOICE_LABELS[b] })));
  backendSelect.value = state.backend;
  addFields(p, [predictField.wrap, labelled(`${key}-run`, 'Run', runSelect).wrap, labelled(`${key}-backend`, 'Backend', backendSelect).wrap]);
  // What the page found, before any training, in the status slot (replaced by the progress once
  // training starts, where the worker's own findings and the estimate are said). Until the probe
  // answers it says so, in words as long as the answer's, so the row does not wrap later and move the fields.
  const found = el('span', { class: 'cnn__found' });
  found.textContent = 'Looking for a GPU here: quick run by default.';
  p.status.append(found);
  const note = el('p', { class: 'figure__note cnn__note' });
  note.textContent = url.notes.length ? `Adjusted from the link: ${url.notes.join('; ')}.` : '';
  note.hidden = url.notes.length === 0;
  p.root.append(note);
  host.append(p.root);

  /** The prediction's choices and the run's labels follow the run (plain-56 vs plain-20, or plain-20 vs plain-8). */
  const relabel = () => {
    const pair = guessPair(liveNow());

    predict.replaceChildren(
      el('option', { value: '' }, 'No prediction'),
      ...(pair ? [el('option', { value: 'deeper' }, `${pair.deeper} (deeper)`), el('option', { value: 'shallower' }, pair.shallower)] : []),
    );
    predict.value = state.guess ?? '';
    for (const o of runSelect.options) o.textContent = runLabel(o.value as CnnRun, liveCnnSetup({ ...state, run: o.value as CnnRun }, gpu));
    runSelect.value = runNow();
  };
  relabel();
  // A corrected link is rewritten at once, so the address (and "copy link") says what the figure shows.
  const save = () => replaceQuery(formatCnnQuery(state, location.search));
  if (url.notes.length) save();
  predict.addEventListener('change', () => {
    state = { ...state, guess: predict.value === 'deeper' || predict.value === 'shallower' ? predict.value : null };
    save();
  });
  runSelect.addEventListener('change', () => {
    state = { ...state, run: runSelect.value as CnnRun };
    save();
    relabel();
  });
  backendSelect.addEventListener('change', () => {
    state = { ...state, backend: backendSelect.value as typeof state.backend };
    save();
    void probe();
  });
  const probe = async () => {
    const here = await hardwareGpuHere(state.backend);
    gpu = here.gpu;
    found.textContent = here.words;
    relabel();
  };

  let worker: Worker | null = null;
  /** Re-captions the live table of a run that ended early ("stopped"), when it has one. */
  let freezeLive: ((what: string) => void) | null = null;
  let visible = true;
  const send = (m: ToWorker) => worker?.postMessage(m);
  const dog = watchdog(() => broken('the training worker stopped answering'));
  const observer = new IntersectionObserver(([entry]) => {
    visible = entry?.isIntersecting ?? true;
    if (!worker) return;
    send({ type: visible ? 'resume' : 'pause' });
    figure.dataset.paused = visible ? 'false' : 'true';
    if (visible) {
      delete figure.dataset.pausedAt;
      dog.arm();
    } else dog.hold();
  });
  observer.observe(figure);

  /** The live chart, drawn above the recorded one once the first measurement arrives. */
  let liveBox: HTMLElement | null = null;
  const liveChart = () => {
    if (!liveBox) {
      liveBox = el('div', { class: 'cnn__live' });
      const chart = el('div', { class: 'cnn__chart cnn__chart--live' });
      liveBox.append(el('p', { class: 'cnn__chart-title' }, 'This browser’s run'), chart);
      const art = recorded.closest('.figure__art') ?? recorded;
      art.before(liveBox);
      art.before(el('p', { class: 'cnn__chart-title' }, recordedTitle(recording)));
    }
    return liveBox.querySelector<HTMLElement>('.cnn__chart--live')!;
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    dog.hold();
    delete figure.dataset.pausedAt;
    train.disabled = false;
    stop.disabled = true;
  };
  // A worker that cannot load, goes silent or sends something unreadable must not leave the lab
  // spinning: say so, keep what is drawn (the recording, and any live curves so far), re-arm.
  const broken = (why: string) => {
    freezeLive?.('ended early');
    stopWorker();
    status.textContent = `Training could not run here: ${why}. ${liveBox ? 'The live curves so far stay; the' : 'The'} recorded run is shown.`;
    figure.dataset.trained = 'error';
  };

  const start = () => {
    stopWorker();
    const live = liveNow();
    const run = runNow();
    const measured: CnnMeasurement[] = [];
    let backend = { name: '', badge: '', reason: '', notes: [] as string[] };
    let said: Where | null = null;
    figure.dataset.trained = 'running';
    delete figure.dataset.msPerStep;
    train.disabled = true;
    stop.disabled = false;
    progress.value = 0;
    progress.hidden = false;
    found.hidden = true;
    progressText.textContent = 'Loading the digits and starting a backend…';
    progressText.hidden = false;
    status.textContent = `Starting the ${run} comparison: ${live.nets.length} nets, ${live.steps} steps each.`;
    worker = new Worker(new URL('./cnn-lab-worker.ts', import.meta.url), { type: 'module' });
    worker.onerror = (e) => {
      e.preventDefault();
      broken('the training worker failed to load or crashed');
    };
    worker.onmessageerror = () => broken('the training worker sent a message that could not be read');
    const redraw = (caption: string) => {
      const summary = summariseCnnLab(live, partialRecord(live, measured, backend.name));
      drawLayouts(liveChart(), (layout) => cnnLabChart(`${key}-live`, summary, layout));
      if (table) table.innerHTML = tableMarkup(cnnLabTable(summary, caption));
      return summary;
    };
    const liveCaption = (what: string) => `Live run in this browser (${what}): one seed, ${live.steps} steps (${backend.name})`;
    freezeLive = (what) => {
      if (measured.length) redraw(liveCaption(what));
    };
    const show = (where: Where, pausedNow: boolean) => {
      progress.value = cnnShareDone(live, where);
      const line = cnnProgressLine(live, where);
      progressText.textContent = pausedNow ? `${line} Paused while the figure is out of sight.` : line;
      if (pausedNow) figure.dataset.pausedAt = String(where.step);
      else delete figure.dataset.pausedAt;
      if (announceCnn(live, said, where)) status.textContent = line;
      said = where;
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (visible) dog.arm(m.type === 'estimate' ? 30 * m.msPerStep : undefined);
      if (m.type === 'backend') {
        backend = { name: m.backend, badge: m.badge, reason: m.reason, notes: m.notes };
        figure.dataset.backend = m.backend;
        if (!figure.dataset.msPerStep) progressText.textContent = `Timing a few steps on ${m.badge}…`;
        // Plain JavaScript may take minutes for the timed steps alone.
        if (m.backend === 'cpu') dog.arm(10 * QUIET_MS);
      } else if (m.type === 'estimate') {
        figure.dataset.msPerStep = m.msPerStep.toFixed(1);
        const other = run === 'quick' ? liveCnnSetup({ ...state, run: 'full' }, gpu) : liveCnnSetup({ ...state, run: 'quick' }, gpu);
        const depth = (s: typeof live) => Math.max(...s.nets.map((n) => 6 * n.n + 2));
        const estimate = estimateSentence({ badge: backend.badge, reason: backend.reason, msPerStep: m.msPerStep, deepest: m.netId, images: m.images, live, run, other, otherScale: depth(other) / depth(live) });
        status.textContent = [estimate, ...backend.notes].join(' ');
      } else if (m.type === 'step' || m.type === 'paused') show(m, m.type === 'paused' && !visible);
      else if (m.type === 'progress') {
        measured.push(m);
        show(m, false);
        redraw(liveCaption('in progress'));
      } else if (m.type === 'fallback') {
        for (let i = measured.length - 1; i >= 0; i--) if (measured[i]!.netId === m.netId) measured.splice(i, 1);
        status.textContent = `${m.failed} failed mid-run (${m.message}); switching backend. The nets already trained keep their curves; training goes on with ${m.netId} from its first step.`;
      } else if (m.type === 'done') {
        freezeLive = null;
        stopWorker();
        progress.value = 1;
        progressText.textContent = `Trained ${live.nets.length} nets, ${live.steps} steps each.`;
        const summary = summariseCnnLab(live, m.record);
        drawLayouts(liveChart(), (layout) => cnnLabChart(`${key}-live`, summary, layout));
        if (table) table.innerHTML = tableMarkup(cnnLabTable(summary, liveCaption('finished')));
        status.textContent = doneSentence(summary, m.ms, backend.badge) + guessVerdict(state.guess, live, summary);
        figure.dataset.trained = 'done';
      } else if (m.type === 'stopped' || m.type === 'error') {
        freezeLive?.(m.type === 'error' ? 'ended early' : 'stopped');
        stopWorker();
        const kept = measured.length ? ' The live curves so far stay; the lower chart is the recorded run.' : ' The recorded run is shown.';
        status.textContent = m.type === 'error' ? `Training could not run: ${m.message}.${kept}` : `Stopped.${kept}`;
        figure.dataset.trained = m.type;
      }
    };
    send({ type: 'run', setup: live, backend: state.backend, dataUrl: `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}${DIGITS_ASSET}`, failMidrun: state.failMidrun });
    dog.arm();
    if (!visible) {
      send({ type: 'pause' });
      dog.hold();
    }
  };
  train.addEventListener('click', start);
  stop.addEventListener('click', () => {
    freezeLive?.('stopped');
    // Say it at once; the worker is ended, so its own 'stopped' never comes.
    const hadLive = liveBox !== null;
    stopWorker();
    status.textContent = `Stopped.${hadLive ? ' The live curves so far stay; the lower chart is the recorded run.' : ' The recorded run is shown.'}`;
    figure.dataset.trained = 'stopped';
  });
  void probe().then(() => {
    if (state.autorun) start();
  });

  return {
    destroy() {
      observer.disconnect();
      stopWorker();
    },
  };
}

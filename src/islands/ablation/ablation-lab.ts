/**
 * The ablation lab in the browser: a predict-first prompt, seeds/steps controls with URL state
 * (prefix abl-), and a live re-run of every variant in a worker, which pauses while the figure is
 * off screen. Under the progress bar, the variant, its step and the time left move after every
 * slice of training; the figure's live region says them at each tenth of the run. When the run
 * finishes, the chart and the side-by-side table are redrawn from it.
 */
import { ablationProgressLine, announceAblation, type AblationWhere } from '~lib/ablation/progress';
import type { AblationRecord } from '~lib/ablation/record';
import { ablationSetups, type AblationKind } from '~lib/ablation/setup';
import { ablationUrlTable, formatAblationQuery, liveSetup, parseAblationQuery, type AblationState } from '~lib/ablation/state';
import { summarise } from '~lib/ablation/summary';
import { ablationChart, ablationTable } from '~viz/ablation-figure';
import { tableMarkup } from '~viz/data-table';
import { drawLayouts } from '~viz/layout-dom';
import type { FromWorker, ToWorker } from './ablation-worker';
import { addButtons, addFields, button, createPanel, el, labelled, select } from '../controls/panel';
import { replaceQuery } from '../replace-query';

interface Props {
  kind: AblationKind;
}

/** The prediction's choices in words; the chart and table keep the short labels that fit a legend. */
const CHOICE_WORDS: Record<string, string> = {
  'scale-f1': 'shortcut scaled by 0.5',
  'scale-f05': 'shortcut and branch scaled by 0.5',
  'excl-gate-0': 'exclusive gate, bias 0',
  'excl-gate-6': 'exclusive gate, bias −6',
  'sc-gate-0': 'shortcut-only gate, bias 0',
  'sc-gate-6': 'shortcut-only gate, bias −6',
  projection: '1×1 convolution shortcut',
  dropout: 'dropout on the shortcut (0.5)',
};

/** Take over a server-rendered ablation figure. */
export function mount(figure: HTMLElement, props: unknown) {
  const kind = (props as Props).kind;
  const setup = ablationSetups[kind];
  const host = figure.querySelector<HTMLElement>('.figure__controls');
  const status = figure.querySelector<HTMLElement>('.figure__status');
  const chart = figure.querySelector<HTMLElement>('.abl__chart');
  const table = figure.querySelector<HTMLElement>('.figure__table');
  if (!host || !status || !chart) throw new Error('ablation markup is incomplete');
  const limits = ablationUrlTable(setup).params;
  const parsed = parseAblationQuery(location.search, setup);
  let state: AblationState = parsed.state;
  const key = figure.id;

  // The shared panel (../controls/panel.ts). Row 1: Train all variants, Stop, then the progress;
  // row 2: the prediction (one select: nine radios took three rows) and the run's size.
  const p = createPanel({ className: 'abl__panel' });
  const run = button('Train all variants', { primary: true, attrs: { class: 'fpanel__button fpanel__button--primary abl__run' } });
  const stop = button('Stop', { attrs: { class: 'fpanel__button abl__stop' } });
  stop.disabled = true;
  addButtons(p, run, stop);
  const progress = el('progress', { max: '1', value: '0', 'aria-label': 'Training progress' });
  // Not a live region: it moves after every slice; the status says the same words at each tenth.
  const progressText = el('span', { class: 'abl__progress', 'aria-live': 'off' });
  progressText.hidden = true;
  p.status.append(progress, progressText);

  const predict = select([{ value: '', label: 'No prediction' }, ...setup.variants.map((v) => ({ value: v.id, label: CHOICE_WORDS[v.id] ?? v.label }))]);
  predict.name = `${key}-guess`;
  predict.value = state.guess ?? '';
  const predictField = labelled(`${key}-guess`, 'Predict first: which variant will end with the lowest training loss?', predict);
  predictField.wrap.classList.add('abl__predict');
  const seeds = select(Array.from({ length: limits.seeds.max - limits.seeds.min + 1 }, (_, i) => String(limits.seeds.min + i)).map((n) => ({ value: n, label: n })));
  seeds.name = limits.seeds.name;
  seeds.value = String(state.seeds);
  const steps = el('input', {
    type: 'number',
    name: limits.steps.name,
    min: String(limits.steps.min),
    max: String(limits.steps.max),
    step: String(limits.steps.step),
    value: String(state.steps),
    inputmode: 'numeric',
  });
  addFields(p, [predictField.wrap, labelled(`${key}-seeds`, 'Seeds', seeds).wrap, labelled(`${key}-steps`, 'Steps per run', steps).wrap]);
  const note = el('p', { class: 'figure__note abl__note' });
  note.textContent = parsed.notes.length ? `Adjusted from the link: ${parsed.notes.join('; ')}.` : '';
  note.hidden = parsed.notes.length === 0;
  p.root.append(note);
  host.append(p.root);

  const save = () => replaceQuery(formatAblationQuery(state, setup, location.search));
  // A corrected link is rewritten at once, so the address (and "copy link") says what the figure shows.
  if (parsed.notes.length) save();
  predict.addEventListener('change', () => {
    state = { ...state, guess: predict.value || null };
    save();
  });
  seeds.addEventListener('change', () => {
    state = { ...state, seeds: Number(seeds.value) };
    save();
  });
  steps.addEventListener('change', () => {
    const r = parseAblationQuery(new URLSearchParams([[limits.steps.name, steps.value]]).toString(), setup);
    state = { ...state, steps: r.state.steps };
    steps.value = String(state.steps);
    save();
  });

  let worker: Worker | null = null;
  let visible = true;
  const send = (m: ToWorker) => worker?.postMessage(m);
  const observer = new IntersectionObserver(([entry]) => {
    visible = entry?.isIntersecting ?? true;
    if (!worker) return;
    send({ type: visible ? 'resume' : 'pause' });
    figure.dataset.paused = visible ? 'false' : 'true';
    if (visible) delete figure.dataset.pausedAt;
  });
  observer.observe(figure);

  const finish = (live: typeof setup, record: AblationRecord, ms: number) => {
    const rows = summarise(live, record);
    drawLayouts(chart, (layout) => ablationChart(key, rows, record.steps, kind === 'shortcuts' ? 'shortcut' : 'placement', layout));
    if (table) table.innerHTML = tableMarkup(ablationTable(rows, `Live run: ${live.seeds.length} seed(s), ${live.steps} steps (${record.backend})`));
    const best = rows.find((r) => r.labRank === 1);
    const guess = rows.find((r) => r.id === state.guess);
    const diverged = rows.filter((r) => r.diverged.length).map((r) => `${r.label} (seeds ${r.diverged.join(', ')})`);
    status.textContent =
      `Done in ${(ms / 1000).toFixed(1)} s. Lowest median loss: ${best?.label ?? '–'}.` +
      (guess ? ` Your prediction, ${guess.label}, finished rank ${guess.labRank} of ${rows.length}.` : '') +
      (diverged.length ? ` Diverged (NaN loss): ${diverged.join('; ')}.` : '');
    figure.dataset.trained = 'done';
  };

  const stopWorker = () => {
    worker?.terminate();
    worker = null;
    delete figure.dataset.pausedAt;
    run.disabled = false;
    stop.disabled = true;
  };

  const start = () => {
    stopWorker();
    const live = liveSetup(setup, state);
    figure.dataset.trained = 'running';
    run.disabled = true;
    stop.disabled = false;
    progress.value = 0;
    progressText.textContent = 'Starting…';
    progressText.hidden = false;
    status.textContent = `Training ${live.variants.length} variants × ${live.seeds.length} seed(s)…`;
    worker = new Worker(new URL('./ablation-worker.ts', import.meta.url), { type: 'module' });
    // A worker that cannot load (blocked, offline, a stale asset after a redeploy) or that sends
    // something unreadable must not leave the lab spinning: say so, keep the recorded run, re-arm.
    const broken = (why: string) => {
      stopWorker();
      status.textContent = `Training could not run here: ${why}. The chart and table still show the recorded run.`;
      figure.dataset.trained = 'error';
    };
    worker.onerror = (e) => {
      e.preventDefault();
      broken('the training worker failed to load or crashed');
    };
    worker.onmessageerror = () => broken('the training worker sent a message that could not be read');
    let said: Pick<AblationWhere, 'done'> = { done: 0 };
    /** Show where the run is; the live region hears it only when the run crosses another tenth. */
    const show = (where: AblationWhere, pausedNow: boolean) => {
      progress.value = where.done;
      const line = ablationProgressLine(live, where);
      progressText.textContent = pausedNow ? `${line} Paused while the figure is out of sight.` : line;
      if (pausedNow) figure.dataset.pausedAt = String(where.step);
      else delete figure.dataset.pausedAt;
      if (announceAblation(live, said, where)) status.textContent = line;
      said = where;
    };
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const m = e.data;
      if (m.type === 'backend' && m.name !== 'wasm') status.textContent = `WebAssembly is unavailable here; training on the ${m.name} backend (slower).`;
      else if (m.type === 'step' || m.type === 'progress' || m.type === 'paused') show(m, m.type === 'paused' && !visible);
      else if (m.type === 'done') {
        stopWorker();
        progress.value = 1;
        progressText.textContent = `Trained ${live.variants.length} variants × ${live.seeds.length} seed(s), ${live.steps} steps each.`;
        finish(live, m.record, m.ms);
      } else if (m.type === 'stopped' || m.type === 'error') {
        stopWorker();
        status.textContent = m.type === 'error' ? `Training failed: ${m.message}. The recorded result is shown.` : 'Stopped.';
        figure.dataset.trained = m.type;
      }
    };
    send({ type: 'run', setup: live });
    if (!visible) send({ type: 'pause' });
  };
  run.addEventListener('click', start);
  stop.addEventListener('click', () => {
    stopWorker();
    status.textContent = 'Stopped; the chart and table still show the recorded run.';
    figure.dataset.trained = 'stopped';
  });
  if (state.autorun) start();

  return {
    destroy() {
      observer.disconnect();
      stopWorker();
    },
  };
}

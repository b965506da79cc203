/**
 * The training lab island (chapters 1, 2, 9): settings in the URL (`lab-…`), workers that train
 * the three nets side by side, live charts drawn with the build's own renderers, pause when out of sight, and
 * a replay of the recorded run. TensorFlow.js (≈ 370 KB gzipped) is fetched only when the reader
 * presses Train or Step, or a link says `lab-autorun=1`: most readers scroll past the lab, and the
 * static recorded run already shows what it found.
 */
import { labConfigOf, LAB_ROLES } from '~lib/training-lab/lab-config';
import { testHooksEnabled } from '../test-hooks';
import { DEFAULT_LAB_STATE, formatLabQuery, LAB_PARAMS, parseLabQuery, type LabState } from '~lib/training-lab/lab-state';
import { describeLab, type LabConfig } from '~lib/nets/lab';
import { isLabFocus } from '~viz/training-lab/lab-view';
import { buildControls, lrFromSlider, showNote, showState } from './lab-controls';
import { createRenderer } from './lab-render';
import { createRunner } from './lab-runner';

/** Takes over the server-rendered lab. */
export function mount(figure: HTMLElement, props: unknown): { destroy(): void } {
  const given = (props ?? {}) as { focus?: unknown; replay?: unknown };
  const focus = isLabFocus(given.focus) ? given.focus : 'degradation';
  const recorded = typeof given.replay === 'string' ? parseLabQuery(given.replay).state : null;
  const host = figure.querySelector('.figure__controls');
  const status = figure.querySelector('.figure__status');
  if (!host) throw new Error('the lab figure has no controls slot');

  const parsed = parseLabQuery(window.location.search);
  // A public link cannot make a backend fail on purpose: that hook is for the tests and the bench.
  let state: LabState = testHooksEnabled() ? parsed.state : { ...parsed.state, failBackend: null };
  let config: LabConfig = labConfigOf(state);
  const c = buildControls(host, figure.id, config.models.map((m, i) => ({ id: m.id, role: LAB_ROLES[i] ?? 'net' })));
  const renderer = createRenderer(figure, focus);
  const announce = (text: string) => {
    if (status) status.textContent = text;
  };
  const updateSetup = () => {
    const setup = figure.querySelector('.lab-setup');
    setup?.replaceChildren(...describeLab(config).map((line) => Object.assign(document.createElement('li'), { textContent: line })));
  };

  const writeUrl = () => {
    const url = new URL(window.location.href);
    for (const name of Object.values(LAB_PARAMS)) url.searchParams.delete(name);
    for (const [k, v] of new URLSearchParams(formatLabQuery(state))) url.searchParams.set(k, v);
    window.history.replaceState(window.history.state, '', url);
  };

  /** New settings: clamp them as a URL would be, reset any run, and write the URL. */
  const changeState = (next: LabState) => {
    const checked = parseLabQuery(formatLabQuery(next));
    const hadRun = runner.phase() !== 'idle';
    state = checked.state;
    config = labConfigOf(state);
    runner.reset();
    showState(c, state);
    writeUrl();
    showNote(c, checked.notes);
    announce(hadRun ? 'Settings changed; the run was reset. Press Train to run them.' : 'Settings changed. Press Train to run them.');
  };

  const runner = createRunner({
    figure,
    controls: c,
    renderer,
    current: () => ({ state, config }),
    announce,
    afterReset: updateSetup,
    resetToDefaults: () => changeState({ ...DEFAULT_LAB_STATE, backend: state.backend }),
    recorded,
  });

  showState(c, state);
  updateSetup();
  showNote(c, parsed.notes);
  // A corrected link is rewritten at once, so the address (and "copy link") says what the figure shows.
  if (parsed.notes.length || state.failBackend !== parsed.state.failBackend) writeUrl();

  const onChange = (event: Event) => {
    const t = event.target;
    const next: LabState = { ...state };
    if (t === c.depth) next.depth = Number(c.depth.value);
    else if (t === c.width) next.width = Number(c.width.value);
    else if (t === c.lr) next.lr = lrFromSlider(Number(c.lr.value));
    else if (t === c.optimizer) next.optimizer = c.optimizer.value as LabState['optimizer'];
    else if (t === c.steps) next.steps = Number(c.steps.value);
    else if (t === c.seed) next.seed = Number(c.seed.value);
    else if (t === c.bn) next.bn = c.bn.checked;
    else if (t === c.zeroInit) next.zeroInit = c.zeroInit.checked;
    else if (t === c.backend) next.backend = c.backend.value as LabState['backend'];
    else return;
    changeState(next);
  };
  const onInput = (event: Event) => {
    // Live readouts while a slider moves; the state itself changes on `change`.
    const t = event.target as HTMLInputElement;
    const shown = t.parentElement?.querySelector('output');
    if (!shown || t.type !== 'range') return;
    shown.textContent = t === c.lr ? String(lrFromSlider(Number(t.value))) : `${t.value} ${t === c.depth ? 'layers' : 'units'}`;
  };
  const onTrain = () => runner.train();
  const onStep = () => runner.step();
  const onReset = () => runner.reset();
  const onReplay = () => runner.replay();
  c.train.addEventListener('click', onTrain);
  c.step.addEventListener('click', onStep);
  c.reset.addEventListener('click', onReset);
  c.replay.addEventListener('click', onReplay);
  c.root.addEventListener('change', onChange);
  c.root.addEventListener('input', onInput);

  // Distill's habit: work only while the reader can see it.
  let onScreen = true;
  const sync = () => runner.setVisible(onScreen && !document.hidden);
  const observer = new IntersectionObserver(([entry]) => {
    onScreen = entry?.isIntersecting ?? true;
    sync();
  });
  observer.observe(figure);
  document.addEventListener('visibilitychange', sync);

  if (state.autorun) runner.train();

  return {
    destroy() {
      observer.disconnect();
      document.removeEventListener('visibilitychange', sync);
      runner.destroy();
      renderer.destroy();
    },
  };
}

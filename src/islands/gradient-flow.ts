/**
 * The gradient-flow figure in the browser: controls and URL state (prefix gf-), the analytic curve
 * at once, and the measured curve from real backprop once tfjs has loaded (a separate chunk,
 * imported only here, only when the figure is near the viewport).
 */
import { formatPower } from '~lib/gradient-flow/readout';
import {
  gradientFlowPresets,
  parseGradientFlowQuery,
  sameMeasurement,
  withGradientFlowQuery,
  type GradientFlowPreset,
  type GradientFlowState,
} from '~lib/gradient-flow/state';
import { tableMarkup } from '~viz/data-table';
import { chainScene, chartScene, comparisonMarkup, gradientFlowFigure, gradientFlowTable, readoutMarkup, type MeasuredStatus } from '~viz/gradient-flow-figure';
import { renderInto } from '~viz/scene-dom';
import { buildControls } from './gradient-flow-controls';

/** Props the component passes: which preset the static version shows, and its recorded norms. */
interface Props {
  preset: GradientFlowPreset;
  norms: number[];
}

const MEASURE_DELAY_MS = 150;

/** Take over a server-rendered #fig-gradient-flow. */
export async function mount(figure: HTMLElement, props: unknown) {
  const { preset, norms: recorded } = props as Props;
  const defaults = gradientFlowPresets[preset] ?? gradientFlowPresets.scaled;
  const q = <T extends Element>(sel: string) => figure.querySelector(sel) as T | null;
  const controlsHost = q<HTMLElement>('.figure__controls');
  const status = q<HTMLElement>('.figure__status');
  const table = q<HTMLElement>('.figure__table');
  const parts = {
    chain: q<HTMLElement>('.gf__chain'),
    chart: q<HTMLElement>('.gf__chart'),
    readout: q<HTMLElement>('.gf__readout'),
    compare: q<HTMLElement>('.gf__compare'),
  };
  if (!controlsHost || !parts.chain || !parts.chart || !parts.readout || !parts.compare) throw new Error('gradient-flow markup is incomplete');

  const note = document.createElement('p');
  note.className = 'figure__note gf__note';
  const parsed = parseGradientFlowQuery(location.search, defaults);
  let state: GradientFlowState = parsed.state;
  let norms: number[] | null = sameMeasurement(state, defaults) ? recorded : null;
  let measuredFor: GradientFlowState | null = norms ? state : null;
  let measuring: MeasuredStatus = norms ? 'measured' : 'pending';
  let token = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const controls = buildControls(controlsHost);
  controlsHost.append(note);
  controls.write(state);
  const showNotes = (notes: string[]) => {
    note.textContent = notes.length ? `Adjusted from the link: ${notes.join('; ')}.` : '';
    note.hidden = notes.length === 0;
  };
  showNotes(parsed.notes);

  const render = () => {
    const usable = measuredFor && sameMeasurement(measuredFor, state) ? norms : null;
    const fig = gradientFlowFigure(state, usable, usable ? 'measured' : measuring);
    renderInto(parts.chain as HTMLElement, chainScene(fig, figure.id));
    renderInto(parts.chart as HTMLElement, chartScene(fig, figure.id));
    (parts.readout as HTMLElement).innerHTML = readoutMarkup(fig, import.meta.env.BASE_URL);
    (parts.compare as HTMLElement).innerHTML = comparisonMarkup(fig);
    if (table) table.innerHTML = tableMarkup(gradientFlowTable(fig));
  };

  const measure = async () => {
    const mine = ++token;
    const target = state;
    measuring = 'pending';
    render();
    try {
      const started = performance.now();
      const { measureGradientFlow } = await import('~ml/gradient-flow');
      const result = await measureGradientFlow(target);
      if (mine !== token) return;
      norms = result.norms;
      measuredFor = target;
      measuring = 'measured';
      const ms = Math.round(performance.now() - started);
      if (status) status.textContent = `Measured ${target.L + 1} gradient norms by backprop (${result.backend} backend, ${ms} ms); at the first unit, ${formatPower((result.norms[0] ?? 0) / (result.norms[target.L] || Number.NaN))} of the gradient at the last.`;
      figure.dataset.measured = 'ready';
    } catch (error) {
      if (mine !== token) return;
      measuring = 'failed';
      if (status) status.textContent = 'The measured curve could not be computed in this browser; the analytic curve is shown.';
      console.warn('gradient-flow measurement failed:', error);
    }
    render();
  };

  const onChange = () => {
    const next = controls.read();
    const clean = parseGradientFlowQuery(withGradientFlowQuery('', next), defaults);
    const remeasure = !sameMeasurement(next, state);
    state = clean.state;
    showNotes([]);
    history.replaceState(history.state, '', withGradientFlowQuery(location.search, state) + location.hash);
    if (remeasure) {
      figure.dataset.measured = 'pending';
      measuring = 'pending';
      clearTimeout(timer);
      timer = setTimeout(() => void measure(), MEASURE_DELAY_MS);
    }
    controls.write(state);
    render();
  };
  controls.form.addEventListener('input', onChange);
  controls.form.addEventListener('change', onChange);

  render();
  if (parsed.notes.length && status) status.textContent = `Some link settings were adjusted: ${parsed.notes.join('; ')}.`;
  void measure();
  return {
    destroy() {
      token += 1;
      clearTimeout(timer);
      controls.form.removeEventListener('input', onChange);
      controls.form.removeEventListener('change', onChange);
    },
  };
}

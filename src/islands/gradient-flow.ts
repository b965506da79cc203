/**
 * The gradient-flow figure in the browser: controls and URL state (prefix gf-), the analytic curve
 * at once, and the measured curve from real backprop (after the chosen training steps) from a
 * worker that loads tfjs only when this island mounts, that is when the figure nears the viewport.
 */
import { statusSentence } from '~lib/gradient-flow/readout';
import {
  gradientFlowPresets,
  parseGradientFlowQuery,
  sameMeasurement,
  withGradientFlowQuery,
  type GradientFlowPreset,
  type GradientFlowState,
} from '~lib/gradient-flow/state';
import type { GradientFlowMeasurement } from '~lib/gradient-flow/training';
import { tableMarkup } from '~viz/data-table';
import { chainScene, chartScene, comparisonMarkup, gradientFlowFigure, gradientFlowTable, readoutMarkup, type MeasuredStatus } from '~viz/gradient-flow-figure';
import { drawLayouts } from '~viz/layout-dom';
import { buildControls } from './gradient-flow-controls';
import { createMeasurer } from './gradient-flow-measurer';

/** Props the component passes: which preset the static version shows, and its recorded measurement. */
interface Props {
  preset: GradientFlowPreset;
  recorded: GradientFlowMeasurement;
}

/** Let a dragged slider settle before starting a measurement. */
const MEASURE_DELAY_MS = 150;

/** Take over a server-rendered #fig-gradient-flow. */
export async function mount(figure: HTMLElement, props: unknown) {
  const { preset, recorded } = props as Props;
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
  let measurement: GradientFlowMeasurement | null = sameMeasurement(state, defaults) ? recorded : null;
  let measuredFor: GradientFlowState | null = measurement ? state : null;
  let measuring: MeasuredStatus = 'pending';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const measurer = createMeasurer();

  const controls = buildControls(controlsHost);
  // Beside the training-steps label; hidden keeps its place (diagrams.css), so nothing moves.
  const progress = controls.progress;
  progress.hidden = true;
  controlsHost.append(note);
  controls.write(state);
  const showNotes = (notes: string[]) => {
    note.textContent = notes.length ? `Adjusted from the link: ${notes.join('; ')}.` : '';
    note.hidden = notes.length === 0;
  };
  showNotes(parsed.notes);
  const writeUrl = () => history.replaceState(history.state, '', withGradientFlowQuery(location.search, state) + location.hash);
  // A corrected link is rewritten at once, so the address (and "copy link") says what the figure shows.
  if (parsed.notes.length) writeUrl();

  const render = () => {
    const usable = measuredFor && sameMeasurement(measuredFor, state) ? measurement : null;
    const fig = gradientFlowFigure(state, usable, usable ? undefined : measuring);
    drawLayouts(parts.chain as HTMLElement, (layout) => chainScene(fig, figure.id, layout));
    drawLayouts(parts.chart as HTMLElement, (layout) => chartScene(fig, figure.id, layout));
    (parts.readout as HTMLElement).innerHTML = readoutMarkup(fig, import.meta.env.BASE_URL);
    (parts.compare as HTMLElement).innerHTML = comparisonMarkup(fig);
    if (table) table.innerHTML = tableMarkup(gradientFlowTable(fig));
  };

  // Link notes go into the first status line too, as the status region is what is announced.
  let linkNote = parsed.notes.length ? `Some link settings were adjusted: ${parsed.notes.join('; ')}. ` : '';
  const measure = async () => {
    const target = state;
    measuring = 'pending';
    figure.dataset.measured = 'pending';
    progress.max = Math.max(1, target.steps);
    progress.value = 0;
    progress.hidden = target.steps === 0;
    if (status) status.textContent = linkNote + (target.steps > 0 ? `Training the net for ${target.steps} steps, then measuring…` : 'Measuring at initialisation…');
    linkNote = '';
    render();
    try {
      const outcome = await measurer.measure(target, (steps) => (progress.value = steps));
      if (!outcome) return;
      measurement = outcome.measurement;
      measuredFor = target;
      measuring = measurement.norms ? 'measured' : 'diverged';
      if (status) status.textContent = statusSentence(target, measurement, outcome.place);
      figure.dataset.measured = 'ready';
    } catch (error) {
      if (!sameMeasurement(target, state)) return;
      measuring = 'failed';
      figure.dataset.measured = 'failed';
      if (status) status.textContent = 'The measured curve could not be computed in this browser; the analytic curve is shown.';
      console.warn('gradient-flow measurement failed:', error);
    }
    progress.hidden = true;
    render();
  };

  const onChange = () => {
    const next = controls.read();
    const clean = parseGradientFlowQuery(withGradientFlowQuery('', next), defaults);
    const remeasure = !sameMeasurement(next, state);
    state = clean.state;
    showNotes([]);
    writeUrl();
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
  void measure();
  return {
    destroy() {
      measurer.destroy();
      clearTimeout(timer);
      controls.form.removeEventListener('input', onChange);
      controls.form.removeEventListener('change', onChange);
    },
  };
}

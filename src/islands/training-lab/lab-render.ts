/**
 * Draws a run snapshot into the lab's server-rendered art: the same panels, results table and
 * curve table the build made from the recorded run, now from live (or replayed) data. The main
 * thread must stay responsive while a run streams in, so a redraw is a queue of small jobs (one
 * chart panel, the results, one decision boundary, the curve table), one job per animation
 * frame, always drawn from the latest snapshot. Boundaries are queued only when new grids came,
 * and the curve table (inside a closed <details>) only when it is open or the run has ended.
 */
import { makeSpirals, type SpiralData } from '~lib/data/spirals';
import type { LabSnapshot } from '~lib/training-lab/lab-record';
import { labData, type LabConfig } from '~lib/nets/lab';
import { tableMarkup } from '~viz/data-table';
import { curvesTable, labPanels, resultsTable, type LabFocus, type LabPanel } from '~viz/training-lab/lab-view';
import { toDom } from '~viz/scene-dom';

/** Caption of the results table while live. */
export const LIVE_RESULTS_CAPTION = 'Results of this run, one row per net (latest values while training)';

/** A renderer bound to one figure. */
export interface LabRenderer {
  /**
   * Queue a redraw of `snapshot` (the latest call wins). `caption` titles the results table;
   * `source` says where the numbers come from (default: the build's line about the recording).
   */
  draw(snapshot: LabSnapshot, options?: { caption?: string; source?: string }): void;
  /** Call `done` once everything queued so far is on screen. */
  whenPainted(done: () => void): void;
  /** Put the build's static art and tables back. */
  restore(): void;
  /** Cancel pending frames and listeners. */
  destroy(): void;
}

type Job = LabPanel['key'] | 'results' | 'curve-table' | `boundary-${number}`;

/** Binds a renderer to a figure; remembers the static markup so `restore` can bring it back. */
export function createRenderer(figure: HTMLElement, focus: LabFocus): LabRenderer {
  const art = figure.querySelector<HTMLElement>('.figure__art');
  const table = figure.querySelector<HTMLElement>('.figure__table');
  const details = figure.querySelector<HTMLDetailsElement>('.figure__data');
  if (!art) throw new Error('the lab figure has no art');
  const staticArt = art.innerHTML;
  const staticTable = table?.innerHTML ?? '';
  const staticSource = art.querySelector('.lab-source')?.textContent ?? '';
  const panelKeys = [...art.querySelectorAll<HTMLElement>('[data-panel]')].map((p) => p.dataset.panel as LabPanel['key']);
  let latest: { snapshot: LabSnapshot; caption: string; source: string } | null = null;
  const queue = new Set<Job>(); // insertion order = drawing order; re-queuing keeps a job's place
  let frame = 0;
  let waiting: (() => void)[] = [];
  let paintedGrids: readonly (number[] | null)[] = [];
  let spirals: { config: LabConfig; data: SpiralData } | null = null;

  const dataFor = (config: LabConfig): SpiralData => {
    if (spirals?.config !== config) spirals = { config, data: makeSpirals(labData(config)) };
    return spirals.data;
  };

  const run = (job: Job) => {
    if (!latest) return;
    const { snapshot, caption, source } = latest;
    if (job === 'results') {
      const results = art.querySelector('.lab-results');
      if (results) results.innerHTML = tableMarkup(resultsTable(snapshot, caption));
      const line = art.querySelector('.lab-source');
      if (line) line.textContent = source;
    } else if (job === 'curve-table') {
      if (table) table.innerHTML = tableMarkup(curvesTable(snapshot));
    } else {
      const boundary = job.startsWith('boundary-') ? Number(job.slice('boundary-'.length)) : null;
      const key: LabPanel['key'] = boundary === null ? (job as LabPanel['key']) : 'boundaries';
      const [panel] = labPanels(snapshot, focus, figure.id, dataFor(snapshot.config), [key]);
      const host = art.querySelector(`[data-panel="${key}"]`);
      const body = host?.querySelector('.lab-panel__body');
      if (!panel || !host || !body) return;
      const title = host.querySelector('.lab-panel__title');
      if (title) title.textContent = panel.title;
      if (boundary === null) {
        // A panel's extra markup (readings, a folded table) keeps its <details> open state.
        const open = [...body.querySelectorAll('details')].map((d) => d.open);
        body.replaceChildren(...panel.scenes.map((s) => toDom(s)));
        if (panel.extra) body.insertAdjacentHTML('beforeend', panel.extra);
        body.querySelectorAll('details').forEach((d, i) => (d.open = open[i] ?? false));
      }
      else if (panel.scenes[boundary]) {
        const svg = toDom(panel.scenes[boundary]);
        const old = body.children[boundary];
        if (old) old.replaceWith(svg);
        else body.append(svg);
      }
    }
  };

  const tick = () => {
    frame = 0;
    const [job] = queue;
    if (job !== undefined) {
      queue.delete(job);
      run(job);
    }
    if (queue.size) frame = requestAnimationFrame(tick);
    else {
      const done = waiting;
      waiting = [];
      for (const cb of done) cb();
    }
  };

  const onToggle = () => {
    if (details?.open && latest && !frame) {
      queue.add('curve-table');
      frame = requestAnimationFrame(tick);
    }
  };
  details?.addEventListener('toggle', onToggle);

  return {
    draw(snapshot, { caption = LIVE_RESULTS_CAPTION, source = staticSource } = {}) {
      latest = { snapshot, caption, source };
      for (const key of panelKeys) if (key !== 'boundaries') queue.add(key);
      queue.add('results');
      const grids = snapshot.models.map((m) => m.grid);
      if (grids.some((g, i) => g !== paintedGrids[i])) {
        paintedGrids = grids;
        grids.forEach((_, i) => queue.add(`boundary-${i}`));
      }
      if (details?.open || snapshot.models.every((m) => m.final !== null)) queue.add('curve-table');
      if (!frame) frame = requestAnimationFrame(tick);
    },
    whenPainted(done) {
      if (queue.size === 0 && !frame) done();
      else waiting.push(done);
    },
    restore() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      queue.clear();
      waiting = [];
      latest = null;
      paintedGrids = [];
      art.innerHTML = staticArt;
      if (table) table.innerHTML = staticTable;
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      queue.clear();
      waiting = [];
      details?.removeEventListener('toggle', onToggle);
    },
  };
}

/**
 * Draws a run snapshot into the lab's server-rendered art: the same panels, results table and
 * curve table the build made from the recorded run, now from live (or replayed) data. The main
 * thread must stay responsive while a run streams in, so a redraw is a queue of small jobs (one
 * panel, the results, the curve table), one job per animation frame, always drawn from the latest
 * snapshot. A panel draws only the layout its width asks for (drawLayouts). What sits in a closed
 * <details> (the panels in the lab's "more" disclosure, the curve table) is drawn only when it is
 * opened or the run has ended; the boundaries only when new grids came. The results table is
 * always kept current: it is cheap, and scripts read its numbers while a run goes.
 */
import { makeSpirals, type SpiralData } from '~lib/data/spirals';
import type { LabSnapshot } from '~lib/training-lab/lab-record';
import { labData, type LabConfig } from '~lib/nets/lab';
import { tableMarkup } from '~viz/data-table';
import { curvesTable, labPanels, resultsTable, type LabFocus, type LabPanel } from '~viz/training-lab/lab-view';
import { drawLayouts } from '~viz/layout-dom';

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

type Job = LabPanel['key'] | 'results' | 'curve-table';

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

  /** The lab's own disclosure (the other panels, results, set-up); a new element after restore(). */
  const more = () => art.querySelector<HTMLDetailsElement>('details.lab-more');
  /** True when a panel sits in the closed disclosure, where drawing it would be wasted. */
  const hidden = (key: LabPanel['key']) => {
    const box = more();
    return !!box && !box.open && box.querySelector(`[data-panel="${key}"]`) !== null;
  };
  const ended = (snapshot: LabSnapshot) => snapshot.models.every((m) => m.final !== null);

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
      const [panel] = labPanels(snapshot, focus, figure.id, dataFor(snapshot.config), [job]);
      const host = art.querySelector(`[data-panel="${job}"]`);
      const body = host?.querySelector('.lab-panel__body');
      const drawing = body?.querySelector<HTMLElement>('.lab-panel__art');
      if (!panel || !host || !body || !drawing) return;
      if (job === 'boundaries') paintedGrids = snapshot.models.map((m) => m.grid);
      const title = host.querySelector('.lab-panel__title');
      if (title) title.textContent = panel.title;
      drawLayouts(drawing, panel.draw);
      // A panel's extra markup (readings, a folded table) keeps its <details> open state.
      const open = [...body.querySelectorAll('details')].map((d) => d.open);
      for (const child of [...body.children]) if (child !== drawing) child.remove();
      if (panel.extra) body.insertAdjacentHTML('beforeend', panel.extra);
      body.querySelectorAll('details').forEach((d, i) => (d.open = open[i] ?? false));
    }
  };

  /** Queues the panels of `snapshot` worth drawing now. */
  const queuePanels = (snapshot: LabSnapshot) => {
    const grids = snapshot.models.map((m) => m.grid);
    const newGrids = grids.some((g, i) => g !== paintedGrids[i]);
    for (const key of panelKeys) {
      if (key === 'boundaries' && !newGrids) continue;
      if (hidden(key) && !ended(snapshot)) continue;
      queue.add(key);
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
  // The lab's disclosure opened: draw what it holds from the latest snapshot. `toggle` does not
  // bubble, so this listens in the capture phase (and still hears a restored disclosure).
  const onMore = (event: Event) => {
    const box = more();
    if (event.target !== box || !box?.open || !latest) return;
    paintedGrids = [];
    queuePanels(latest.snapshot);
    if (!frame && queue.size) frame = requestAnimationFrame(tick);
  };
  art.addEventListener('toggle', onMore, true);

  return {
    draw(snapshot, { caption = LIVE_RESULTS_CAPTION, source = staticSource } = {}) {
      latest = { snapshot, caption, source };
      queuePanels(snapshot);
      queue.add('results');
      if (details?.open || ended(snapshot)) queue.add('curve-table');
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
      const open = more()?.open ?? false;
      art.innerHTML = staticArt;
      const box = more();
      if (box) box.open = open;
      if (table) table.innerHTML = staticTable;
    },
    destroy() {
      if (frame) cancelAnimationFrame(frame);
      frame = 0;
      queue.clear();
      waiting = [];
      details?.removeEventListener('toggle', onToggle);
      art.removeEventListener('toggle', onMore, true);
    },
  };
}

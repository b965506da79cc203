/**
 * The training lab as a reader meets it: the chapter page, the lab's own Train button, the
 * backend the lab picks (or one chosen in its backend <select>), the nets trained in parallel
 * workers. Each run is paired with one in a single worker (`lab-workers=1`), interleaved, for the
 * pool's speed-up. Reads what the lab exposes (see LAB_HOOKS) and watches long tasks from
 * outside; reports what is missing instead of guessing.
 */
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../stats.ts';

/** The chapter that carries the degradation lab. */
export const LAB_PATH = '/chapters/degradation-problem/';

/** What the bench reads from the lab, in the order it prefers them. */
export const LAB_HOOKS = {
  figure: 'figure[data-island*="lab"], figure[data-island]:has([data-lab-start])',
  start: '[data-lab-start]',
  /** `data-lab-state` on the figure: idle | running | done | error. */
  state: 'data-lab-state',
  /** `data-backend` on the figure: the tfjs backend in use. */
  backend: 'data-backend',
  /** `data-lab-workers` on the figure: how many workers the run trains in. */
  workers: 'data-lab-workers',
  /** The URL parameter that trains every net in one worker, the pool's baseline. */
  oneWorker: 'lab-workers=1',
  /** The button of the note a lab shows when its estimate says the run will be slow (it pauses to offer the recording). */
  keepTraining: 'Keep training',
  /** performance.measure entries: 'lab:run' per complete run, 'lab:train:<model id>' per chunk with detail.steps. */
  runMeasure: 'lab:run',
  trainMeasurePrefix: 'lab:train:',
} as const;

/** One backend's lab runs. */
export interface LabPageBackend {
  /** The backend asked for ('default' = whatever the lab chose). */
  requested: string;
  /** The backend the lab reported, if it did. */
  active: string | null;
  /** Wall time of the full default lab, its nets in parallel workers (the lab as readers get it). */
  fullLabMs: Summary;
  /** Workers the pool used; null when the lab does not say. */
  workers: number | null;
  /** The same lab in one worker (`lab-workers=1`), runs interleaved with the pool's; null if none finished. */
  oneWorkerMs: Summary | null;
  /** One worker's wall time ÷ the pool's, per pair of runs. */
  speedup: Summary | null;
  longestTaskMs: number;
  /** Per model, from 'lab:train:*' measures; null when the lab exposes none. */
  msPerStep: Record<string, Summary> | null;
}

/** The lab island's timings, or why there are none. */
export type LabPageResult =
  | { status: 'lab not present'; path: string; missing: string[] }
  | { status: 'measured' | 'incomplete'; path: string; missing: string[]; backends: LabPageBackend[]; notes: string[] };

interface OneRun {
  ms: number;
  longestTaskMs: number;
  active: string | null;
  workers: number | null;
  /** The lab paused to offer its recording (a slow-run estimate) and the bench pressed Keep training. */
  keptTraining: boolean;
  perModel: Record<string, { ms: number; steps: number }>;
}

const LONG_TASKS = `
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
`;

async function runOnce(page: Page, origin: string, backend: string, query: string, timeoutMs: number): Promise<OneRun | string> {
  await page.goto(`${origin}${LAB_PATH}${query ? `?${query}` : ''}`);
  const figure = page.locator(LAB_HOOKS.figure).first();
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(
    (sel) => document.querySelector(sel)?.getAttribute('data-hydrated') === 'ready',
    LAB_HOOKS.figure,
    { timeout: 60_000 },
  );
  if (backend !== 'default') {
    const select = figure.locator(`select:has(option[value="${backend}"])`);
    if ((await select.count()) === 0) return `no backend <select> with an option "${backend}"`;
    await select.first().selectOption(backend);
  }
  const start = figure.locator(LAB_HOOKS.start).first();
  if ((await start.count()) === 0) return `no ${LAB_HOOKS.start} button`;
  const t0 = await page.evaluate(() => performance.now());
  await start.click();
  const deadline = Date.now() + timeoutMs;
  let keptTraining = false;
  for (;;) {
    const outcome = await page
      .waitForFunction(
        ([sel, attr, measure, keep, kept]) => {
          const f = document.querySelector(sel);
          if (f?.getAttribute(attr) === 'done' || performance.getEntriesByName(measure).length > 0) return 'done';
          return !kept && [...(f?.querySelectorAll('button') ?? [])].some((b) => b.textContent === keep) ? 'slow' : false;
        },
        [LAB_HOOKS.figure, LAB_HOOKS.state, LAB_HOOKS.runMeasure, LAB_HOOKS.keepTraining, keptTraining] as const,
        { timeout: Math.max(1, deadline - Date.now()), polling: 250 },
      )
      .then(
        (handle) => handle.jsonValue(),
        () => null,
      );
    if (outcome === 'done') break;
    if (outcome === 'slow') {
      // A reader would choose between the recording and training on; the bench trains on.
      keptTraining = true;
      await figure.getByRole('button', { name: LAB_HOOKS.keepTraining, exact: true }).click();
      continue;
    }
    const state = await figure.getAttribute(LAB_HOOKS.state).catch(() => null);
    return `no completion signal (${LAB_HOOKS.state}="done" or a '${LAB_HOOKS.runMeasure}' measure) within ${timeoutMs / 1000} s; the lab was "${state}"`;
  }
  const measured = await page.evaluate(
    ([t0, sel, hooks]) => {
      const t1 = performance.now();
      const run = performance.getEntriesByName(hooks.runMeasure).at(-1);
      const perModel: Record<string, { ms: number; steps: number }> = {};
      for (const m of performance.getEntriesByType('measure') as PerformanceMeasure[]) {
        if (!m.name.startsWith(hooks.trainMeasurePrefix)) continue;
        const id = m.name.slice(hooks.trainMeasurePrefix.length);
        const steps = Number((m.detail as { steps?: number } | null)?.steps ?? 0);
        const entry = (perModel[id] ??= { ms: 0, steps: 0 });
        entry.ms += m.duration;
        entry.steps += steps;
      }
      const tasks = (window as unknown as { __benchLongTasks: [number, number][] }).__benchLongTasks;
      const longest = Math.max(0, ...tasks.filter(([start, d]) => start + d > t0).map(([, d]) => d));
      const workers = document.querySelector(sel)?.getAttribute(hooks.workers);
      return {
        ms: run ? run.duration : t1 - t0,
        longestTaskMs: longest,
        active: document.querySelector(sel)?.getAttribute(hooks.backend) ?? null,
        workers: workers ? Number(workers) : null,
        perModel,
      };
    },
    [t0, LAB_HOOKS.figure, LAB_HOOKS] as const,
  );
  return { ...measured, keptTraining };
}

/** Runs the lab `runs` times per requested backend; 'lab not present' when the chapter has none. */
export async function measureLabPage(
  browser: Browser,
  origin: string,
  backends: readonly string[],
  runs: number,
  progress: (message: string) => void,
  timeoutMs = 15 * 60_000,
): Promise<LabPageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  const missing: string[] = [];
  const notes: string[] = [];
  try {
    await page.goto(origin + LAB_PATH);
    if ((await page.locator(LAB_HOOKS.figure).count()) === 0) {
      return {
        status: 'lab not present',
        path: LAB_PATH,
        missing: [`a lab figure (${LAB_HOOKS.figure}) on ${LAB_PATH}`],
      };
    }
    const results: LabPageBackend[] = [];
    for (const backend of backends) {
      const done: OneRun[] = [];
      const single: OneRun[] = [];
      const ratios: number[] = [];
      for (let r = 0; r < runs; r++) {
        // Pool and one worker alternate which goes first, so neither always runs warm or cold.
        const order = r % 2 ? (['one', 'pool'] as const) : (['pool', 'one'] as const);
        const pair: Partial<Record<'pool' | 'one', OneRun>> = {};
        for (const kind of order) {
          progress(`lab page: ${backend} backend, ${kind === 'pool' ? 'parallel workers' : 'one worker'}, run ${r + 1}/${runs}`);
          const run = await runOnce(page, origin, backend, kind === 'pool' ? '' : LAB_HOOKS.oneWorker, timeoutMs);
          if (typeof run === 'string') notes.push(`${backend} (${kind === 'pool' ? 'parallel workers' : 'one worker'}): ${run}`);
          else pair[kind] = run;
        }
        if (pair.pool) done.push(pair.pool);
        if (pair.one) single.push(pair.one);
        if (pair.pool && pair.one) ratios.push(pair.one.ms / pair.pool.ms);
        if (!pair.pool) break;
      }
      const kept = [...done, ...single].filter((d) => d.keptTraining).length;
      if (kept) notes.push(`${backend}: in ${kept} run(s) the lab paused to offer its recording (its slow-run estimate); the bench pressed ${LAB_HOOKS.keepTraining}, so those wall times include that pause`);
      if (done.length === 0) continue;
      const ids = Object.keys(done[0]!.perModel).filter((id) => done.every((d) => (d.perModel[id]?.steps ?? 0) > 0));
      results.push({
        requested: backend,
        active: done[0]!.active,
        fullLabMs: summarize(done.map((d) => d.ms)),
        workers: done[0]!.workers,
        oneWorkerMs: single.length ? summarize(single.map((d) => d.ms)) : null,
        speedup: ratios.length ? summarize(ratios) : null,
        longestTaskMs: Math.max(...[...done, ...single].map((d) => d.longestTaskMs)),
        msPerStep: ids.length
          ? Object.fromEntries(
              ids.map((id) => [id, summarize(done.map((d) => d.perModel[id]!.ms / d.perModel[id]!.steps))]),
            )
          : null,
      });
      if (done[0]!.active === null) missing.push(`${LAB_HOOKS.backend} on the figure`);
      if (done[0]!.workers === null) missing.push(`${LAB_HOOKS.workers} on the figure`);
      if (!ids.length) missing.push(`'${LAB_HOOKS.trainMeasurePrefix}<model id>' measures with detail.steps`);
    }
    return {
      status: notes.length || missing.length ? 'incomplete' : 'measured',
      path: LAB_PATH,
      missing: [...new Set(missing)],
      backends: results,
      notes,
    };
  } finally {
    await context.close();
  }
}

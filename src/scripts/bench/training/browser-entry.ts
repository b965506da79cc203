/**
 * The training bench's page script (bundled by browser.ts, served only by the bench server):
 * exposes `window.benchTraining(backend, plan)`, which runs measure.ts in this page and
 * watches main-thread long tasks while the full lab trains.
 */
import type { BackendName } from '~ml/backend';
import { measureBackend, type BackendTiming, type TaskWatch, type TrainingPlan } from './measure.ts';
// The CNN lab's timings share the page (window.benchCnn).
import './cnn-browser-entry.ts';

declare global {
  interface Window {
    benchTraining(backend: BackendName, plan: TrainingPlan): Promise<BackendTiming>;
  }
}

/**
 * The longest task (> 50 ms, the browser's threshold) that overlaps start()…stop(). A task is
 * reported only after it ends, and a run that never yields to the event loop is one task that
 * began before start(): so stop() first yields, then counts every task that overlaps.
 */
function watchLongTasks(): TaskWatch {
  const tasks: { start: number; end: number }[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
  });
  observer.observe({ type: 'longtask', buffered: true });
  let from = 0;
  return {
    async start() {
      // Start in a task of its own, so earlier bench work is not counted with the lab's.
      await new Promise((resolve) => setTimeout(resolve, 50));
      from = performance.now();
    },
    async stop() {
      const to = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
      for (const e of observer.takeRecords()) tasks.push({ start: e.startTime, end: e.startTime + e.duration });
      const overlapping = tasks.filter((t) => t.end > from && t.start < to);
      return Math.max(0, ...overlapping.map((t) => t.end - t.start));
    },
  };
}

window.benchTraining = (backend, plan) =>
  measureBackend(
    backend,
    plan,
    (message) => console.info(`[bench] ${message}`),
    { wasmPaths: '/__bench/wasm/' },
    watchLongTasks(),
  );

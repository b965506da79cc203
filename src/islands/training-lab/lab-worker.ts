/**
 * The training lab's worker: picks a backend, trains the nets chunk by chunk and posts plain
 * progress messages, so the page's main thread only draws. A chunk is trained in slices of about
 * SLICE_MS (one step when a step takes longer); after each slice the worker posts its progress
 * and yields to its message queue, which is how pause and reset take effect within a slice, not
 * after a chunk that can take half a minute. Step trains on to the end of the current chunk.
 */
import { SLICE_MS } from '~lib/run-progress';
import { backendBadge } from '~lib/training-lab/lab-backends';
import { LAB_GRID } from '~lib/training-lab/lab-record';
import { loseWebglContext, webglContextLost } from '~ml/training-lab/lab-backend';
import { createLabSession, liveTensors, type LabSession } from '~ml/training-lab/lab-session';
import { selectBackend, setWasmMap, type Selection } from './lab-backend-select';
import type { BackendReport, FromWorker, ToWorker } from './lab-protocol';
import { WASM_BINARIES } from '../wasm-binaries';

// Served from the site itself as hashed assets, so they work under any BASE_PATH.
setWasmMap(WASM_BINARIES);

type Start = Extract<ToWorker, { type: 'start' }>;

const post = (message: FromWorker) => (self as unknown as Worker).postMessage(message);
const macrotask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

let run: { start: Start; session: LabSession; selection: Selection; failedMidrun: boolean } | null = null;
let playing = false;
/** Chunks asked for by Step while paused, still to train. */
let owed = 0;
let looping = false;
let busy: Promise<unknown> = Promise.resolve();

/** Run `task` after every task queued before it; chunks, starts and resets never overlap. */
function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const next = busy.then(task);
  busy = next.catch(() => undefined);
  return next;
}

const report = (selection: Selection): BackendReport => ({
  backend: selection.backend,
  badge: backendBadge(selection.backend, selection.software),
  reason: selection.reason,
  notes: selection.notes,
  tensors: liveTensors(),
});

async function begin(start: Start, selection: Selection, failure: string | null): Promise<void> {
  if (failure === null) post({ type: 'backend', runId: start.runId, ...report(selection) });
  else post({ type: 'restart', runId: start.runId, failure, ...report(selection) });
  const session = createLabSession(start.config);
  run = { start, session, selection, failedMidrun: run?.failedMidrun ?? false };
  const points = await session.start();
  post({ type: 'points', runId: start.runId, step: 0, points, msPerStep: null, timings: [], tensors: liveTensors() });
  await postGrids(session, start.runId);
  await postGradients(session, start.runId);
}

async function postGradients(session: LabSession, runId: number): Promise<void> {
  post({ type: 'gradients', runId, step: session.step, gradients: await session.gradients() });
}

async function postGrids(session: LabSession, runId: number): Promise<void> {
  const grids = await session.grids(LAB_GRID);
  post({ type: 'grids', runId, step: session.step, grids: grids.map((g) => ({ modelId: g.modelId, probs: Array.from(g.probs) })) });
}

/**
 * Train one slice of the current chunk; post the progress, or the chunk's points (and grids,
 * gradients, the end) when it ends. Resolves to true when the chunk ended (or nothing is left).
 */
async function slice(): Promise<boolean> {
  if (!run || run.session.finished || (!playing && owed === 0)) return true;
  const { session, start } = run;
  const before = session.step;
  try {
    const hook = start.failBackend;
    if (hook?.when === 'midrun' && hook.backend === run.selection.backend && before > 0 && !run.failedMidrun) {
      run.failedMidrun = true;
      loseWebglContext();
      throw new Error(`${hook.backend} was lost on purpose after step ${before} (lab-failbackend)`);
    }
    const points = await session.work(SLICE_MS);
    if (webglContextLost()) throw new Error('the WebGL context was lost');
    if (points === null) {
      post({ type: 'progress', runId: start.runId, step: session.progress });
      return false;
    }
    post({
      type: 'points',
      runId: start.runId,
      step: session.step,
      points,
      msPerStep: session.msPerStep,
      timings: session.lastChunk,
      tensors: liveTensors(),
    });
    const total = start.config.steps;
    const tenth = Math.floor((10 * session.step) / total) > Math.floor((10 * before) / total);
    if (session.finished || tenth) await postGrids(session, start.runId);
    // Gradient health every twentieth of the run: a backward pass per net, cheap beside a chunk.
    if (session.finished || Math.floor((20 * session.step) / total) > Math.floor((20 * before) / total)) await postGradients(session, start.runId);
    if (session.finished) {
      playing = false;
      post({
        type: 'done',
        runId: start.runId,
        step: session.step,
        finals: await session.finals(),
        diverged: [...session.diverged],
        msPerStep: session.msPerStep,
        tensors: liveTensors(),
        weights: await session.weights(),
      });
    }
  } catch (error) {
    await fallBack(error instanceof Error ? error.message : String(error));
  }
  return true;
}

/** A backend failed mid-run: free what is left, move to the next backend and start the run again. */
async function fallBack(failure: string): Promise<void> {
  if (!run) return;
  const { start, selection } = run;
  run.session.dispose();
  try {
    const next = await selectBackend(start.backend, start.config, start.failBackend, selection.backend);
    await begin(start, next, `${backendBadge(selection.backend, selection.software)} failed at step ${run.session.step}: ${failure}`);
  } catch (error) {
    playing = false;
    run = null;
    post({ type: 'failed', runId: start.runId, message: error instanceof Error ? error.message : String(error) });
  }
}

async function loop(): Promise<void> {
  if (looping) return;
  looping = true;
  try {
    while (run && !run.session.finished && (playing || owed > 0)) {
      const ended = await exclusive(slice);
      if (ended && !playing && owed > 0) owed -= 1;
      await macrotask(); // let pause / reset messages in
    }
    if (run && !playing && !run.session.finished) post({ type: 'paused', runId: run.start.runId, step: run.session.progress });
  } finally {
    looping = false;
  }
}

function reset(): void {
  run?.session.dispose();
  run = null;
  post({ type: 'reset', tensors: liveTensors() });
}

/** The run the main thread asked for last; play/pause/step for any other run are stale. */
let latestRunId = -1;

self.addEventListener('message', (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'start':
      latestRunId = message.runId;
      playing = message.play;
      owed = 0;
      void exclusive(async () => {
        reset();
        if (message.runId !== latestRunId) return;
        try {
          const selection = await selectBackend(message.backend, message.config, message.failBackend);
          await begin(message, selection, null);
        } catch (error) {
          run?.session.dispose();
          run = null;
          playing = false;
          post({ type: 'failed', runId: message.runId, message: error instanceof Error ? error.message : String(error) });
        }
      }).then(() => (playing ? loop() : run && post({ type: 'paused', runId: message.runId, step: run.session.progress })));
      break;
    case 'play':
      if (message.runId !== latestRunId) return;
      playing = true;
      if (run) void loop();
      break;
    case 'pause':
      if (message.runId !== latestRunId) return;
      playing = false;
      owed = 0;
      break;
    case 'step':
      if (message.runId !== latestRunId) return;
      // After the tasks queued before it (the run's start), one more chunk is owed; the loop trains it slice by slice.
      void exclusive(async () => {
        if (run && !run.session.finished && !playing && run.start.runId === message.runId) owed += 1;
      }).then(loop);
      break;
    case 'reset':
      playing = false;
      owed = 0;
      latestRunId = -1;
      void exclusive(async () => reset());
      break;
  }
});

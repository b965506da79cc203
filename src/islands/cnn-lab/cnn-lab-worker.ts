/**
 * The CNN lab's worker: loads the shipped digits, starts a backend (cnn-backend.ts), times a few
 * steps of the deepest net for the estimate, then trains every net of the set-up in slices of
 * about SLICE_MS, posting its step after each slice and each error measurement as it comes. After
 * every slice and measurement it looks at its messages, so the page can pause it (figure off
 * screen), resume it or stop it within a slice.
 *
 * A backend that breaks mid-run (a lost WebGL context, out of memory) is replaced by the next one
 * in the chain (WASM after a GPU): the nets already trained keep their curves, and the net that was
 * training when it broke starts again from its first step on the new backend.
 */
import { partialRecord, type CnnMeasurement } from '~lib/cnn-lab/progress';
import type { CnnLabRecord } from '~lib/cnn-lab/record';
import type { CnnLabSetup } from '~lib/cnn-lab/setup';
import { decodeDigits, splitDigits } from '~lib/data/digits';
import { SLICE_MS } from '~lib/run-progress';
import type { BackendChoice, LabBackend } from '~lib/training-lab/lab-backends';
import { runCnnLab, type CnnLabData, type CnnLabTick } from '~ml/run-cnn-lab';
import { loseWebglContext, webglContextLost } from '~ml/training-lab/lab-backend';
import { nextBackend, selectCnnBackend, type CnnBackend } from './cnn-backend';
import { deepestNet, timeDeepestStep } from './cnn-timing';
import { createRunControl, type ControlMessage } from '../run-control';

/** Messages the page sends. `failMidrun` is the test hook `cnn-failbackend=midrun`. */
export type ToWorker =
  | { type: 'run'; setup: CnnLabSetup; backend: BackendChoice; dataUrl: string; failMidrun?: boolean }
  | ControlMessage;

/** Where the run is; `ms` is its training time so far (pauses and the timed trial excluded). */
export interface Where {
  netId: string;
  seed: number;
  step: number;
  ms: number;
}

/** Messages the worker sends. */
export type FromWorker =
  | ({ type: 'backend' } & CnnBackend)
  /** One step of `netId` (the deepest) took `msPerStep` here; `images` are measured at every point. */
  | { type: 'estimate'; netId: string; msPerStep: number; images: number }
  /** After a slice of steps between two measurements. */
  | ({ type: 'step' } & Where)
  /** After each measurement. */
  | ({ type: 'progress' } & Where & CnnMeasurement)
  /** The worker has stopped training, here, until it is resumed. */
  | ({ type: 'paused' } & Where)
  /** The backend broke: `netId` starts again on the new one, whose report follows as a `backend` message. */
  | { type: 'fallback'; failed: string; message: string; netId: string }
  | { type: 'done'; record: CnnLabRecord; ms: number }
  | { type: 'stopped' }
  | { type: 'error'; message: string };

const post = (m: FromWorker) => postMessage(m);
const control = createRunControl();

/** The digits from the site, split as every reader gets them; a failure says what went wrong. */
async function loadDigits(url: string, setup: CnnLabSetup): Promise<CnnLabData> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new Error(`the digits data (${url}) could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!response.ok) throw new Error(`the digits data (${url}) could not be loaded: HTTP ${response.status}`);
  try {
    return splitDigits(decodeDigits(await response.arrayBuffer()), setup.split);
  } catch (error) {
    throw new Error(`the digits data (${url}) could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** A backend that broke: a thrown error, or a WebGL context lost without one. */
class BackendBroke extends Error {}

async function run(m: Extract<ToWorker, { type: 'run' }>, signal: AbortSignal): Promise<void> {
  const { setup } = m;
  const data = await loadDigits(m.dataUrl, setup);
  let backend = await selectCnnBackend(m.backend);
  post({ type: 'backend', ...backend });
  const msPerStep = await timeDeepestStep(setup, data, signal);
  post({ type: 'estimate', netId: deepestNet(setup).id, msPerStep, images: data.train.count + data.test.count });

  const started = performance.now();
  let pausedMs = 0;
  const ms = () => performance.now() - started - pausedMs;
  const measured: CnnMeasurement[] = [];
  let failOnce = m.failMidrun === true;
  /** Let pause / resume / stop messages in; while paused, say where and wait. */
  const between = async (t: Pick<CnnLabTick, 'netId' | 'seed' | 'step'>) => {
    if (webglContextLost()) throw new BackendBroke('the WebGL context was lost');
    pausedMs += await control.between(signal, () => post({ type: 'paused', netId: t.netId, seed: t.seed, step: t.step, ms: ms() }));
  };

  /** The last place the run reported, and whether it was its net's last point. */
  let last = null as { netId: string; complete: boolean } | null;
  let from = 0;
  while (from < setup.nets.length) {
    const rest: CnnLabSetup = { ...setup, nets: setup.nets.slice(from) };
    try {
      await runCnnLab(rest, data, {
        signal,
        sliceMs: SLICE_MS,
        onSlice: async (t) => {
          last = { netId: t.netId, complete: false };
          post({ type: 'step', netId: t.netId, seed: t.seed, step: t.step, ms: ms() });
          await between(t);
        },
        onProgress: async ({ done: _done, ...p }) => {
          last = { netId: p.netId, complete: p.step === setup.steps && p.seed === setup.seeds.at(-1) };
          measured.push(p);
          post({ type: 'progress', ...p, ms: ms() });
          // The test hook: a GPU backend breaks once, after its first measurement past the start.
          if (failOnce && p.step > 0 && isGpu(backend.backend)) {
            failOnce = false;
            loseWebglContext();
            throw new BackendBroke(`${backend.badge} was lost on purpose (cnn-failbackend)`);
          }
          await between(p);
        },
      });
      from = setup.nets.length;
    } catch (error) {
      // Only a GPU backend falls back (to WASM); WASM failing is an error the page reports.
      if (signal.aborted || !isGpu(backend.backend)) throw error;
      // The net that was training, or the next one when the last report finished a net.
      if (last) from = setup.nets.findIndex((n) => n.id === last!.netId) + (last.complete ? 1 : 0);
      const netId = setup.nets[from]?.id;
      const failed = backend.badge;
      backend = await nextBackend(backend.backend);
      if (netId === undefined) break;
      // The broken net's points are dropped; it runs again from its first step.
      for (let i = measured.length - 1; i >= 0; i--) if (measured[i]!.netId === netId) measured.splice(i, 1);
      post({ type: 'fallback', failed, message: error instanceof Error ? error.message : String(error), netId });
      post({ type: 'backend', ...backend });
    }
  }
  post({ type: 'done', record: partialRecord(setup, measured, backend.backend), ms: ms() });
}

const isGpu = (b: LabBackend) => b === 'webgl' || b === 'webgpu';

self.onmessage = async (e: MessageEvent<ToWorker>) => {
  const m = e.data;
  if (control.handle(m) || m.type !== 'run') return;
  const signal = control.start();
  try {
    await run(m, signal);
  } catch (error) {
    if (signal.aborted) post({ type: 'stopped' });
    else post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};

/**
 * The CNN lab's timings on one tfjs backend (issue 16), the same code in Node and in a Chromium
 * page (cnn-browser.ts):
 * - ms per SGD step of P1's 6n+2 nets at the lab's scale, through the lab's own step
 *   (`cnnTrainStep`: minibatch of the digits, flat momentum optimiser with weight decay), with our
 *   convolution and, where the backend can train it, tf.conv2d, the two interleaved per round;
 * - the live lab's quick comparison end to end (`runCnnLab`), with the tensor count before and after.
 * After an untimed step, a row's first round is one step of each convolution; it sizes the other
 * rounds to the row's time budget, so the slow backends (plain JavaScript, software GPUs) keep the
 * section within minutes (the row says how many it got), and when it alone is over the budget, the
 * deeper nets on that backend are not timed.
 */
import * as tf from '@tensorflow/tfjs';
import { useBackend, type BackendName, type StartOptions } from '~ml/backend';
import { buildCnn, type ConvImpl } from '~ml/cnn';
import { makeOptimizer } from '~ml/optimizer';
import { cnnTrainStep, runCnnLab, tensorsOf, type CnnLabData } from '~ml/run-cnn-lab';
import { cnnLab, cnnNetwork } from '~lib/cnn-lab/setup';
import { liveCnnSetup } from '~lib/cnn-lab/state';
import { createRng } from '~lib/random';
import { ratio, summarize, type Summary } from '../stats.ts';
import { CNN_TIMED_NETS, cnnLabEstimates, type CnnLabEstimates } from './cnn-estimate.ts';

/** How much to measure on one backend. */
export interface CnnPlan {
  /** Rounds per row at most (each round times every convolution once). */
  rounds: number;
  /** Steps per timed sample at most. */
  steps: number;
  /** Time a row may take (rounds and steps are cut to fit, never below one step). */
  rowBudgetMs: number;
  /** Convolutions to time. */
  convs: readonly ConvImpl[];
  /** Run the quick comparison end to end. */
  quickLab: boolean;
  /**
   * Time the first step as a sample rather than as an untimed warm-up. Only for plain JavaScript
   * (cpu), which compiles no kernels and whose deep nets take many seconds a step: it saves minutes.
   */
  firstStepTimed?: boolean;
}

/** One net with one convolution on one backend. */
export interface CnnTiming {
  /** The lab's id (`resnet-20`) and the label the tables print (`ResNet-20`). */
  id: string;
  net: string;
  widths: string;
  backend: string;
  conv: ConvImpl;
  /** ms per step (median, min, max over rounds), or absent with the reason. */
  msPerStep?: Summary;
  /** Rounds this row got within its budget: the first of one step, the others of `steps`; `firstStepTimed`: no untimed step before them. */
  sampled?: { rounds: number; steps: number; firstStepTimed?: boolean };
  /** Tensors alive before and after the timed steps (equal when a step frees what it makes). */
  tensors?: { before: number; after: number };
  /** On the `ours` row where tf.conv2d was timed beside it: ours ÷ tf.conv2d per round (< 1: ours faster). */
  oursOverTfjs?: Summary;
  error?: string;
  /** Why this row was not timed (a shallower net was already too slow on this backend). */
  skipped?: string;
}

/** The quick comparison trained end to end with `runCnnLab`. */
export interface CnnLabWall {
  nets: string[];
  steps: number;
  ms: number;
  /** Tensors alive before and after the whole run. */
  tensors: { before: number; after: number };
}

/** Everything measured on one backend in one place. */
export interface CnnBackendResult {
  where: 'Node' | 'Chromium';
  requested: BackendName;
  /** The backend that ran, or why it did not start. */
  status: 'measured' | 'did not start';
  active: string;
  /** Why it did not start, when tfjs did not simply fall back to another backend. */
  reason?: string;
  /** What the backend ran on when the page can tell (the WebGL renderer, the WebGPU adapter). */
  device?: string;
  rows: CnnTiming[];
  quickLab: CnnLabWall | null;
  estimates: CnnLabEstimates | null;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** Rounds and steps per round that fit `budgetMs` at `stepMs` a step (at least one step, at most the plan's). */
export function fitSamples(plan: Pick<CnnPlan, 'rounds' | 'steps'>, stepMs: number, budgetMs: number): { rounds: number; steps: number } {
  const steps = Math.max(1, Math.min(plan.steps, Math.floor(budgetMs / Math.max(stepMs, 1e-3))));
  const rounds = Math.max(1, Math.min(plan.rounds, Math.floor(budgetMs / Math.max(stepMs * steps, 1e-3))));
  return { rounds, steps };
}

/** Times every timed net on the active backend with each of `plan.convs`, interleaved per round. */
async function timeNets(backend: string, plan: CnnPlan, data: CnnLabData, progress: (m: string) => void): Promise<CnnTiming[]> {
  const images = tensorsOf(data.train);
  const count = data.train.count;
  const out: CnnTiming[] = [];
  // Set when one step of a net took longer than a row may: the deeper nets would take longer still.
  let tooSlow: string | null = null;
  try {
    for (const net of CNN_TIMED_NETS.map((id) => cnnLab.nets.find((n) => n.id === id)!)) {
      const network = cnnNetwork(cnnLab, net);
      if (tooSlow) {
        const why = tooSlow;
        out.push(...plan.convs.map((conv): CnnTiming => ({ id: net.id, net: network.label, widths: cnnLab.widths.join('/'), backend, conv, skipped: why })));
        continue;
      }
      progress(`${backend}: ${network.label} ms/step (${plan.convs.join(' vs ')})`);
      const rows = plan.convs.map((conv): CnnTiming => ({ id: net.id, net: network.label, widths: cnnLab.widths.join('/'), backend, conv }));
      const subjects = plan.convs.map((conv) => {
        const model = buildCnn(network, createRng(1), conv);
        const optimizer = makeOptimizer(cnnLab.optimizer);
        let next = 0;
        const batch = () => Int32Array.from({ length: cnnLab.batch }, () => next++ % count);
        // GPU backends queue work until something is read: a read of a weight waits for the last update.
        const run = async (steps: number) => {
          const started = performance.now();
          for (let s = 0; s < steps; s++) cnnTrainStep(model, optimizer, images, batch());
          await model.trainable[0]!.data();
          return performance.now() - started;
        };
        return { model, optimizer, run };
      });
      try {
        const first = plan.firstStepTimed ?? false;
        const fail = (i: number, error: unknown) => (rows[i]!.error ??= message(error));
        // One untimed step each, unless the plan times the first: first kernels, shader compilation.
        if (!first) for (const [i, s] of subjects.entries()) await s.run(1).catch((e: unknown) => fail(i, e));
        // Counted from here, unless the first step is timed: it makes the optimiser's momentum buffer.
        let before = first ? null : tf.memory().numTensors;
        // The first round is one step each; it sizes the others.
        const samples = new Map<number, number[]>(subjects.map((_, i) => [i, []]));
        for (const [i, s] of subjects.entries()) {
          if (!rows[i]!.error) await s.run(1).then((ms) => samples.get(i)!.push(ms), (e: unknown) => fail(i, e));
        }
        before ??= tf.memory().numTensors;
        const live = subjects.map((_, i) => i).filter((i) => !rows[i]!.error);
        const slowest = Math.max(...live.map((i) => samples.get(i)![0]!));
        if (slowest > plan.rowBudgetMs) tooSlow = `one step of ${network.label} took ${(slowest / 1000).toFixed(1)} s, over the row's ${(plan.rowBudgetMs / 1000).toFixed(0)} s`;
        // The row's budget, shared by the convolutions, less what the first round took.
        const budget = plan.rowBudgetMs / Math.max(1, live.length) - slowest;
        const fitted = fitSamples({ rounds: plan.rounds - 1, steps: plan.steps }, slowest, budget);
        const rounds = plan.rounds > 1 && budget >= slowest ? fitted.rounds : 0;
        const steps = fitted.steps;
        for (let r = 0; r < rounds; r++) {
          for (const i of r % 2 ? [...live].reverse() : live) {
            if (!rows[i]!.error) await subjects[i]!.run(steps).then((ms) => samples.get(i)!.push(ms / steps), (e: unknown) => fail(i, e));
          }
        }
        const after = tf.memory().numTensors;
        for (const i of live) {
          if (rows[i]!.error) continue;
          rows[i]!.msPerStep = summarize(samples.get(i)!);
          rows[i]!.sampled = { rounds: rounds + 1, steps: rounds ? steps : 1, ...(first ? { firstStepTimed: true } : {}) };
          // With the first step timed and nothing after it, no step ran between the two counts.
          if (!first || rounds) rows[i]!.tensors = { before, after };
        }
        const ours = plan.convs.indexOf('ours');
        const theirs = plan.convs.indexOf('tfjs');
        if (ours >= 0 && theirs >= 0 && rows[ours]!.msPerStep && rows[theirs]!.msPerStep)
          rows[ours]!.oursOverTfjs = ratio(samples.get(ours)!, samples.get(theirs)!);
      } finally {
        for (const s of subjects) {
          s.optimizer.dispose();
          s.model.dispose();
        }
      }
      out.push(...rows);
    }
  } finally {
    tf.dispose([images.x, images.y]);
  }
  return out;
}

/** Measures `plan` on `backend`; `progress` hears a line per stage. */
export async function measureCnnBackend(
  where: CnnBackendResult['where'],
  backend: BackendName,
  plan: CnnPlan,
  data: CnnLabData,
  progress: (message: string) => void,
  options: StartOptions = {},
): Promise<CnnBackendResult> {
  const active = await useBackend(backend, options);
  const result: CnnBackendResult = { where, requested: backend, status: 'did not start', active, rows: [], quickLab: null, estimates: null };
  if (active !== backend) return result;
  result.status = 'measured';
  result.rows = await timeNets(backend, plan, data, progress);
  let quickLab: CnnLabWall | null = null;
  if (plan.quickLab) {
    const setup = liveCnnSetup({ run: 'quick', steps: null });
    progress(`${backend}: the quick comparison end to end (${setup.nets.map((n) => n.id).join(', ')}; ${setup.steps} steps)`);
    const before = tf.memory().numTensors;
    const started = performance.now();
    await runCnnLab(setup, data);
    quickLab = { nets: setup.nets.map((n) => n.id), steps: setup.steps, ms: performance.now() - started, tensors: { before, after: tf.memory().numTensors } };
  }
  result.quickLab = quickLab;
  result.estimates = cnnLabEstimates(result.rows, quickLab);
  return result;
}

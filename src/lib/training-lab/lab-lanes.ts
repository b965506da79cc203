/**
 * How the training lab spreads a run's nets over parallel workers ("lanes") and merges what the
 * lanes report back into one run: nets dealt to lanes by their work, progress as the slowest
 * lane, the decision grids and gradient norms of one step gathered from every lane, one time per
 * step, one set of finals. Pure; the workers themselves are src/islands/training-lab/lab-pool.ts.
 */
import type { LabConfig } from '../nets/lab';
import { parameterCount } from '../nets/spec';

/** The total of a list of numbers (tensor counts of the lanes, their times). */
export const sum = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0);

/** Most workers the lab starts, whatever a URL or a device says. */
export const MAX_LAB_WORKERS = 16;

/** Workers a device may run: `lab-workers` from the URL when given, else the cores it reports (at least 1). */
export function workerCap(override: number | null, cores: number | undefined): number {
  const n = override ?? (cores !== undefined && Number.isFinite(cores) ? Math.floor(cores) : 1);
  return Math.min(MAX_LAB_WORKERS, Math.max(1, n));
}

/** Lanes for a run of `nets` nets: one per net, but no more than `cap`, and at least one. */
export function laneCount(nets: number, cap: number): number {
  return Math.max(1, Math.min(nets, Math.floor(cap)));
}

/**
 * One LabConfig per lane, `{ ...config, models }`: nets dealt heaviest first (learned parameters,
 * which for these MLPs is the work of a step) to the lane with the least work so far, each lane
 * keeping the config's net order. The first lane holds the heaviest net, whose steps auto mode
 * times to pick a backend. A net trains the same in any lane: `wireNet` (src/ml/lab-net.ts) gives
 * every net the same init stream and a batch stream of its own.
 */
export function splitLab(config: LabConfig, lanes: number): LabConfig[] {
  const n = laneCount(config.models.length, lanes);
  if (n <= 1) return [config];
  const load = new Array<number>(n).fill(0);
  const laneOf = new Array<number>(config.models.length).fill(0);
  const order = config.models.map((m, i) => ({ i, cost: parameterCount(m.spec) })).sort((a, b) => b.cost - a.cost || a.i - b.i);
  for (const { i, cost } of order) {
    const lane = load.indexOf(Math.min(...load));
    laneOf[i] = lane;
    load[lane]! += cost;
  }
  return load.map((_, lane) => ({ ...config, models: config.models.filter((_, i) => laneOf[i] === lane) }));
}

/** A lane as far as progress goes: the steps it has trained, and whether it has finished. */
export interface LaneProgress {
  step: number;
  done: boolean;
}

/** The run's step as the page shows it: the slowest lane still training; once all have finished, the last to stop. */
export function runStep(lanes: readonly LaneProgress[]): number {
  const training = lanes.filter((l) => !l.done);
  return training.length ? Math.min(...training.map((l) => l.step)) : Math.max(0, ...lanes.map((l) => l.step));
}

/** Training time so far per net id: milliseconds and steps summed over its chunks. */
export type NetTimes = Record<string, { ms: number; steps: number }>;

/** Adds one chunk's per-net timings to `times` (in place). */
export function addTimes(times: NetTimes, chunk: readonly { modelId: string; ms: number; steps: number }[]): NetTimes {
  for (const t of chunk) {
    const total = (times[t.modelId] ??= { ms: 0, steps: 0 });
    total.ms += t.ms;
    total.steps += t.steps;
  }
  return times;
}

/**
 * Time per step of a pooled run. `msPerStep`: the mean over every step of every net (what one
 * worker reported, Σms / Σsteps). `msPerRunStep`: the wall time of one step of the whole run, the
 * lane whose nets take longest, each net at its own mean. Null until every lane has timed a chunk.
 */
export function poolTiming(times: NetTimes, lanes: readonly (readonly string[])[]): { msPerStep: number; msPerRunStep: number } | null {
  const perStep = (id: string) => {
    const t = times[id];
    return t && t.steps > 0 ? t.ms / t.steps : null;
  };
  const laneMs: number[] = [];
  for (const ids of lanes) {
    const timed = ids.map(perStep).filter((ms): ms is number => ms !== null);
    if (timed.length === 0) return null;
    laneMs.push(sum(timed));
  }
  const all = Object.values(times);
  const steps = all.reduce((s, t) => s + t.steps, 0);
  if (laneMs.length === 0 || steps === 0) return null;
  return { msPerStep: all.reduce((s, t) => s + t.ms, 0) / steps, msPerRunStep: Math.max(...laneMs) };
}

/** Where a net stopped because its loss exploded. */
export interface LaneDivergence {
  modelId: string;
  step: number;
  loss: number;
}

/** One lane's end of a run. */
export interface LaneFinish<F> {
  step: number;
  finals: readonly { modelId: string; final: F }[];
  diverged: readonly LaneDivergence[];
}

/**
 * The run's end from its lanes' ends: finals in the run's net order (`order`), divergences in the
 * order they happened (by step, then net order), and the step the last lane stopped at.
 */
export function mergeFinish<F>(
  order: readonly string[],
  lanes: readonly LaneFinish<F>[],
): { step: number; finals: { modelId: string; final: F }[]; diverged: LaneDivergence[] } {
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i < 0 ? order.length : i;
  };
  return {
    step: Math.max(0, ...lanes.map((l) => l.step)),
    finals: lanes.flatMap((l) => l.finals).sort((a, b) => rank(a.modelId) - rank(b.modelId)),
    diverged: lanes.flatMap((l) => l.diverged).sort((a, b) => a.step - b.step || rank(a.modelId) - rank(b.modelId)),
  };
}

/** Reports of several lanes for one step, merged. */
export interface StepReport<T> {
  step: number;
  items: T[];
}

/** Gathers per-step reports (grids, gradient norms) from every lane into one report per step. */
export interface StepMerge<T> {
  /** Lane `lane` reported `items` measured at `step`. Returns the reports now complete, oldest first. */
  add(lane: number, step: number, items: readonly T[]): StepReport<T>[];
  /** Lane `lane` has trained to `step`: it sends nothing more for earlier steps. */
  reached(lane: number, step: number): StepReport<T>[];
  /** Lane `lane` has finished: it sends nothing more at all. */
  finished(lane: number): StepReport<T>[];
}

/**
 * A {@link StepMerge} for `lanes` lanes. Every lane reports at the same steps (tenths, twentieths
 * of the run), except that a lane whose nets all stopped early reports once more where it
 * stopped. A step is complete when every lane has reported it, moved past it, or finished. If a
 * lane still training skipped it, the step's items are carried into the next complete step (a
 * stopped net's last measurement still holds there), as one worker would have reported them.
 */
export function createStepMerge<T>(lanes: number): StepMerge<T> {
  const at = new Array<number>(lanes).fill(-1);
  const done = new Array<boolean>(lanes).fill(false);
  const pending = new Map<number, (readonly T[] | null)[]>();
  let carry: T[] = [];
  let lastStep = 0;

  const settle = (): StepReport<T>[] => {
    const out: StepReport<T>[] = [];
    for (const step of [...pending.keys()].sort((a, b) => a - b)) {
      const parts = pending.get(step)!;
      const state = parts.map((p, lane) => (p ? 'in' : done[lane] || at[lane]! > step ? 'out' : 'waiting'));
      if (state.includes('waiting')) break;
      pending.delete(step);
      const items = [...carry, ...parts.flatMap((p) => p ?? [])];
      if (state.some((s, lane) => s === 'out' && !done[lane])) carry = items;
      else {
        carry = [];
        out.push({ step, items });
      }
    }
    if (carry.length && pending.size === 0 && done.every(Boolean)) {
      out.push({ step: lastStep, items: carry });
      carry = [];
    }
    return out;
  };

  return {
    add(lane, step, items) {
      const parts = pending.get(step) ?? new Array<readonly T[] | null>(lanes).fill(null);
      parts[lane] = [...(parts[lane] ?? []), ...items];
      pending.set(step, parts);
      lastStep = Math.max(lastStep, step);
      return settle();
    },
    reached(lane, step) {
      at[lane] = Math.max(at[lane]!, step);
      return settle();
    },
    finished(lane) {
      done[lane] = true;
      return settle();
    },
  };
}

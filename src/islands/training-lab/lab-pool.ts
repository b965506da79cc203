/**
 * The lab's nets trained side by side: one worker per lane (a lane is one net, or several nets in
 * turn when the device has fewer cores than nets), presented to the runner as one client whose
 * messages describe one run, so a run takes as long as its slowest lane, not the sum of its nets.
 * The first lane picks the backend (auto mode times the candidates); the others start on that one
 * by name, so every net trains on the same backend. A backend lost in any lane moves every lane to
 * the backend it fell back to, from step 0. Points go to the runner once per step of the run (when
 * its slowest lane moves on), as one worker sent them, so more workers do not mean more redraws
 * on the main thread. Between points, the run's progress (its slowest lane's steps inside a chunk)
 * goes to the runner whenever it moves. Ending workers (reset reports the tensors they freed) is lab-retire.ts; the
 * merging rules are src/lib/training-lab/lab-lanes.ts.
 */
import type { BackendChoice, LabBackend } from '~lib/training-lab/lab-backends';
import { addTimes, createStepMerge, laneCount, mergeFinish, poolTiming, runStep, splitLab, sum, type NetTimes, type StepMerge } from '~lib/training-lab/lab-lanes';
import type { LabConfig } from '~lib/nets/lab';
import { createClient, type LabClient } from './lab-client';
import { createRetirer, type RetiringLane } from './lab-retire';
import type { FromPool, FromWorker, ToWorker } from './lab-protocol';

type Start = Extract<ToWorker, { type: 'start' }>;
type Points = Extract<FromWorker, { type: 'points' }>;
type Announcement = Extract<FromWorker, { type: 'backend' | 'restart' }>;
type Done = Extract<FromWorker, { type: 'done' }>;
type Grid = Extract<FromWorker, { type: 'grids' }>['grids'][number];
type Gradients = Extract<FromWorker, { type: 'gradients' }>['gradients'][number];

interface Lane extends RetiringLane {
  client: LabClient;
  config: LabConfig;
  /** Id of the lane's current start (-1: not started); its messages under any other id are stale. */
  id: number;
  /** `reset` replies still to come (a worker sends one per start and per reset). */
  owed: number;
  /** Tensors alive in the worker after its last reset. */
  freed: number;
  report: Announcement | null;
  /** The lane has sent its step-0 points. */
  measured: boolean;
  step: number;
  /** Steps the lane has taken inside its current chunk too (its last `progress`, `points` or `paused`). */
  progress: number;
  tensors: number;
  paused: boolean;
  done: Done | null;
}

interface Run {
  start: Start;
  lanes: Lane[];
  playing: boolean;
  /** Steps asked for while paused, repeated to the lanes that start after the first. */
  steps: number;
  /** The backend every lane trains on; null until the first lane has chosen. */
  backend: LabBackend | null;
  /** The backend (or restart) message, sent to the runner once every lane has started on `backend`. */
  announce: Announcement | null;
  /** Messages held until that announcement (null once it is out). */
  held: FromPool[] | null;
  times: NetTimes;
  grids: StepMerge<Grid>;
  gradients: StepMerge<Gradients>;
  /** Points and timings of lanes ahead of the run's step, sent when it moves on. */
  pending: { points: Points['points']; timings: Points['timings'][number][] };
  /** The run's step in the last points sent (-1: none yet). */
  sentStep: number;
  /** The run's progress last sent, in points or progress (-1: none yet). */
  sentProgress: number;
  /** The run failed; the rest of what its lanes say is ignored. */
  over: boolean;
}

/** What a run has measured, empty: at its start and whenever a new generation starts from step 0. */
const measuredNothing = (lanes: number) => ({
  times: {},
  held: [] as FromPool[],
  pending: { points: [], timings: [] },
  sentStep: -1,
  sentProgress: -1,
  grids: createStepMerge<Grid>(lanes),
  gradients: createStepMerge<Gradients>(lanes),
});

/** The announcement of a later generation the runner has not yet heard the earlier one of: one message, notes of both. */
function joined(pending: Announcement, next: Announcement): Announcement {
  const notes = [...pending.notes, ...next.notes];
  if (next.type === 'restart' || pending.type === 'backend') return { ...next, notes };
  return { ...pending, backend: next.backend, badge: next.badge, reason: next.reason, tensors: next.tensors, notes };
}

/**
 * Starts no worker until the first `start`; `cap` is the most workers a run may use (read at each
 * start). Throws when this browser has no workers at all.
 */
export function createPool(onMessage: (message: FromPool) => void, onFailure: (reason: string) => void, cap: () => number): LabClient {
  if (typeof Worker === 'undefined') throw new Error('Web Workers are not available');
  let run: Run | null = null;
  let nextId = 1;
  const retirer = createRetirer((tensors) => onMessage({ type: 'reset', tensors }));

  const spawn = (config: LabConfig): Lane => {
    const lane: Lane = { client: { send() {}, terminate() {} }, config, id: -1, owed: 0, freed: 0, report: null, measured: false, step: 0, progress: 0, tensors: 0, paused: false, done: null };
    lane.client = createClient(
      (m) => receive(lane, m),
      (reason) => broken(lane, reason),
    );
    return lane;
  };

  const restartLane = (lane: Lane) => {
    Object.assign(lane, { report: null, measured: false, step: 0, progress: 0, tensors: 0, paused: false, done: null });
  };

  const launch = (r: Run, lane: Lane, backend: BackendChoice, steps: number) => {
    lane.id = nextId++;
    lane.owed += 1;
    restartLane(lane);
    lane.client.send({ type: 'start', runId: lane.id, config: lane.config, backend, failBackend: r.start.failBackend, play: r.playing });
    for (let i = 0; i < steps; i++) lane.client.send({ type: 'step', runId: lane.id });
  };

  const emit = (r: Run, m: FromPool) => {
    if (r.held) r.held.push(m);
    else onMessage(m);
  };
  /** The run's step (its slowest lane's last points), or with `progress` its slowest lane's steps inside a chunk too. */
  const stepOf = (r: Run, of: 'step' | 'progress' = 'step') => runStep(r.lanes.map((l) => ({ step: l[of], done: l.done !== null })));
  const tensorsOf = (r: Run) => sum(r.lanes.map((l) => l.tensors));
  const timingOf = (r: Run) => poolTiming(r.times, r.lanes.map((l) => l.config.models.map((m) => m.id)));
  /** Send the points gathered so far once every lane has measured and the run's step has moved on (or `always`). */
  const pointsOut = (r: Run, always = false) => {
    if (!r.lanes.every((l) => l.measured || l.done)) return;
    const step = stepOf(r);
    if (step <= r.sentStep && !always) return;
    const timing = timingOf(r);
    const { points, timings } = r.pending;
    r.pending = { points: [], timings: [] };
    r.sentStep = step;
    r.sentProgress = Math.max(r.sentProgress, step);
    emit(r, { type: 'points', runId: r.start.runId, step, points, msPerStep: timing?.msPerStep ?? null, msPerRunStep: timing?.msPerRunStep ?? null, timings, tensors: tensorsOf(r) });
  };
  /** Send the run's progress when every lane has measured step 0 and its slowest lane has moved on. */
  const progressOut = (r: Run) => {
    const step = stepOf(r, 'progress');
    if (!r.lanes.every((l) => l.measured || l.done) || step <= r.sentProgress) return;
    r.sentProgress = step;
    emit(r, { type: 'progress', runId: r.start.runId, step });
  };
  const gridsOut = (r: Run, merged: { step: number; items: Grid[] }[]) => {
    for (const g of merged) emit(r, { type: 'grids', runId: r.start.runId, step: g.step, grids: g.items });
  };
  const gradientsOut = (r: Run, merged: { step: number; items: Gradients[] }[]) => {
    for (const g of merged) emit(r, { type: 'gradients', runId: r.start.runId, step: g.step, gradients: g.items });
  };

  const announced = (r: Run, lane: Lane, m: Announcement) => {
    lane.report = m;
    if (r.backend === null) {
      // The first lane has chosen: the others start on its backend by name.
      r.backend = m.backend;
      r.announce = m;
      for (const other of r.lanes) if (other !== lane) launch(r, other, m.backend, r.steps);
    } else if (m.type === 'restart' || m.backend !== r.backend) {
      // This lane lost the backend mid-run (or could not start it): every lane moves to the one it
      // fell back to and starts again, as one worker would.
      r.backend = m.backend;
      r.announce = r.held && r.announce ? joined(r.announce, m) : m;
      Object.assign(r, measuredNothing(r.lanes.length));
      restartLane(lane);
      lane.report = m;
      for (const other of r.lanes) if (other !== lane) launch(r, other, m.backend, 0);
    }
    if (r.held && r.announce && r.lanes.every((l) => l.report !== null)) {
      const held = r.held;
      r.held = null;
      onMessage({ ...r.announce, runId: r.start.runId, tensors: sum(r.lanes.map((l) => l.report!.tensors)) });
      r.announce = null;
      for (const m of held) onMessage(m);
    }
  };

  const receive = (lane: Lane, m: FromWorker) => {
    if (m.type === 'reset') {
      lane.owed = Math.max(0, lane.owed - 1);
      lane.freed = m.tensors;
      retirer.settle();
      return;
    }
    const r = run;
    if (!r || r.over || m.runId !== lane.id || !r.lanes.includes(lane)) return;
    const i = r.lanes.indexOf(lane);
    switch (m.type) {
      case 'backend':
      case 'restart':
        announced(r, lane, m);
        break;
      case 'progress':
        lane.progress = m.step;
        progressOut(r);
        break;
      case 'points': {
        lane.measured = true;
        lane.step = lane.progress = m.step;
        lane.tensors = m.tensors;
        addTimes(r.times, m.timings);
        r.pending.points.push(...m.points);
        r.pending.timings.push(...m.timings);
        pointsOut(r);
        gridsOut(r, r.grids.reached(i, m.step));
        gradientsOut(r, r.gradients.reached(i, m.step));
        break;
      }
      case 'grids':
        gridsOut(r, r.grids.add(i, m.step, m.grids));
        break;
      case 'gradients':
        gradientsOut(r, r.gradients.add(i, m.step, m.gradients));
        break;
      case 'paused':
        if (r.playing) break; // sent before the lane heard Play: stale
        Object.assign(lane, { paused: true, progress: m.step });
        if (r.lanes.every((l) => l.paused || l.done) && r.lanes.some((l) => !l.done)) emit(r, { type: 'paused', runId: r.start.runId, step: stepOf(r, 'progress') });
        break;
      case 'done': {
        lane.done = m;
        lane.step = lane.progress = m.step;
        lane.tensors = m.tensors;
        pointsOut(r, r.lanes.every((l) => l.done) && r.pending.points.length > 0);
        gridsOut(r, r.grids.finished(i));
        gradientsOut(r, r.gradients.finished(i));
        if (!r.lanes.every((l) => l.done)) break;
        const end = mergeFinish(r.start.config.models.map((x) => x.id), r.lanes.map((l) => l.done!));
        const weights = r.lanes.flatMap((l) => l.done!.weights);
        emit(r, { type: 'done', runId: r.start.runId, ...end, msPerStep: timingOf(r)?.msPerStep ?? m.msPerStep, tensors: tensorsOf(r), weights });
        break;
      }
      case 'failed':
        r.over = true;
        onMessage({ type: 'failed', runId: r.start.runId, message: m.message });
        break;
    }
  };

  const broken = (lane: Lane, reason: string) => {
    if (retirer.broke(lane)) return;
    if (run && !run.over && run.lanes.includes(lane)) {
      run.over = true;
      onFailure(reason);
    }
  };

  const begin = (start: Start) => {
    if (run) retirer.retire(run.lanes, false);
    run = null;
    const lanes: Lane[] = [];
    try {
      for (const config of splitLab(start.config, laneCount(start.config.models.length, cap()))) lanes.push(spawn(config));
    } catch (error) {
      retirer.retire(lanes, false);
      onFailure(error instanceof Error ? error.message : String(error));
      return;
    }
    const r: Run = { start, lanes, playing: start.play, steps: 0, backend: null, announce: null, over: false, ...measuredNothing(lanes.length) };
    run = r;
    launch(r, lanes[0]!, start.backend, 0);
  };

  return {
    send(message) {
      const r = run;
      switch (message.type) {
        case 'start':
          begin(message);
          break;
        case 'play':
        case 'pause':
        case 'step':
          if (!r || message.runId !== r.start.runId) return;
          if (message.type === 'step') r.steps += r.playing ? 0 : 1;
          else r.playing = message.type === 'play';
          for (const lane of r.lanes) {
            if (lane.id === -1) continue;
            if (message.type === 'play') lane.paused = false;
            lane.client.send({ type: message.type, runId: lane.id });
          }
          break;
        case 'reset':
          if (r) retirer.retire(r.lanes, true);
          run = null;
          break;
      }
    },
    terminate() {
      retirer.endAll();
      if (run) retirer.retire(run.lanes, false);
      run = null;
    },
  };
}

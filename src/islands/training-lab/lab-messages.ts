/**
 * What the lab does with each message from its workers (lab-pool.ts): show the backend, count
 * the steps inside a chunk, add the points and redraw, announce every tenth of the run, offer
 * the recorded run when it is too slow, and settle a finished or diverged run once its last
 * numbers are on screen. The runner
 * (lab-runner.ts) owns the run's state and passes it in.
 */
import { shouldAnnounce } from '~lib/run-progress';
import { addPoints, emptySnapshot, finish, setGradients, setGrids, type LabSnapshot } from '~lib/training-lab/lab-record';
import { showBackend, showNote } from './lab-controls';
import type { LabHooks } from './lab-hooks';
import { noteDivergence } from './lab-notes';
import { lossSummary as losses, type Phase } from './lab-phase';
import type { FromPool } from './lab-protocol';
import type { RunnerDeps } from './lab-runner';
import { saveReaderNets } from '../later-work/reader-nets';
import { runQuery } from '~lib/training-lab/lab-state';

/** One run's state, owned by the runner and updated here. */
export interface RunState {
  /** The run's id; messages of an older run are ignored. */
  id: number;
  /** What the run has produced so far, or null before a run. */
  snapshot: LabSnapshot | null;
  /** The run's step as last reported (the slowest net), for the tenth-of-the-run announcements. */
  reported: number;
  /** The reader's prediction, or null when they made none. */
  predicted: string | null;
  /** The backend badge, e.g. "WebGL (GPU)". */
  badge: string;
  /** Whether the slow-run offer was already considered. */
  offeredSlow: boolean;
}

/** What the handler needs from the page and the runner. */
export interface MessageContext {
  d: Pick<RunnerDeps, 'controls' | 'renderer' | 'current' | 'announce' | 'resetToDefaults'>;
  hooks: LabHooks;
  run: RunState;
  phase: () => Phase;
  setPhase: (next: Phase) => void;
  progress: (step: number | null) => void;
  fail: (message: string) => void;
  checkSlow: (msPerStep: number, msPerRunStep: number, step: number) => void;
  showVerdict: (finals: { id: string; trainLoss: number }[]) => void;
  liveSource: () => string;
}

/** The handler for one figure's runner. */
export function createMessageHandler(x: MessageContext): (m: FromPool) => void {
  const { d, hooks, run, setPhase, progress, fail, checkSlow, showVerdict, liveSource } = x;
  const c = d.controls;
  return (m: FromPool) => {
    if (m.type === 'reset') {
      hooks.settled(m.tensors);
      return;
    }
    if (m.runId !== run.id || !run.snapshot) return;
    switch (m.type) {
      case 'backend':
      case 'restart': {
        run.badge = m.badge;
        showBackend(c, m.badge, m.reason);
        hooks.backend(m.backend, m.tensors);
        const notes = [...m.notes];
        if (m.type === 'restart') {
          run.snapshot = emptySnapshot(d.current().config);
          run.reported = 0;
          notes.unshift(`${m.failure}. The run restarted from step 0 on ${m.badge}.`);
        }
        showNote(c, notes.length ? [...notes, `Training on ${m.badge} (${m.reason}).`] : []);
        if (x.phase() === 'loading') setPhase('running');
        d.announce(`Training on ${m.badge}: ${m.reason}.`);
        break;
      }
      case 'points': {
        const before = run.reported;
        run.reported = m.step;
        addPoints(run.snapshot, m.points);
        // Nets train side by side, some ahead: the run is as far as its slowest net.
        run.snapshot.step = m.step;
        hooks.points(m);
        progress(m.step);
        d.renderer.draw(run.snapshot, { source: liveSource() });
        const total = d.current().config.steps;
        if (shouldAnnounce(before, m.step, total) && m.step < total)
          d.announce(`Step ${m.step} of ${total}. Training loss: ${losses(run.snapshot)}.`);
        if (m.msPerStep !== null && m.msPerRunStep !== null && !run.offeredSlow) checkSlow(m.msPerStep, m.msPerRunStep, m.step);
        break;
      }
      case 'progress':
        // Inside a chunk: only the step count moves; the charts wait for the chunk's points.
        hooks.held(null);
        progress(m.step);
        break;
      case 'gradients':
        setGradients(run.snapshot, m.gradients);
        d.renderer.draw(run.snapshot, { source: liveSource() });
        break;
      case 'grids':
        setGrids(run.snapshot, m.grids, m.step);
        d.renderer.draw(run.snapshot, { source: liveSource() });
        break;
      case 'paused':
        // The workers have stopped, at the step they had reached (inside a chunk when paused there).
        hooks.held(m.step);
        progress(m.step);
        if (x.phase() === 'running' || x.phase() === 'loading') setPhase('paused');
        break;
      case 'done': {
        finish(run.snapshot, m.finals, m.diverged);
        // A run that ended without a diverged net hands its deep pair to the later-work figures.
        if (!m.diverged.length) saveReaderNets(d.current().config, runQuery(d.current().state), m.step, m.weights);
        run.snapshot.step = m.step;
        hooks.settled(m.tensors, m.msPerStep);
        d.renderer.draw(run.snapshot, {
          source: liveSource(),
          caption: 'Results of this run, one row per net',
        });
        progress(m.step);
        const ended = run.snapshot;
        const id = run.id;
        // The lab says it has finished only once the final numbers are on screen.
        d.renderer.whenPainted(() => {
          if (id !== run.id) return;
          showVerdict(
            m.finals.map((f) => ({
              id: f.modelId,
              trainLoss: f.final.trainLoss,
            })),
          );
          const verdict = run.predicted === null ? '' : ` ${c.verdict.textContent}`;
          if (m.diverged.length) {
            setPhase('diverged');
            const allStopped = m.diverged.length === m.finals.length;
            const what = noteDivergence(c, m.diverged, d.current().state, d.resetToDefaults, allStopped);
            d.announce(`${allStopped ? 'The run stopped' : 'A net stopped'}: ${what}.`);
          } else {
            hooks.runFinished();
            setPhase('done');
            d.announce(`Finished ${m.step} steps on ${run.badge}. Final training loss: ${losses(ended)}.${verdict}`);
          }
        });
        break;
      }
      case 'failed':
        fail(`Training could not run: ${m.message}`);
        break;
    }
  };
}

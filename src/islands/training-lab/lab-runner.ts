/**
 * One lab run's life on the main thread: start the workers on demand (one per net, lab-pool.ts),
 * turn their messages into a snapshot and redraws (lab-messages.ts), pause/resume/step/reset, announce progress
 * every tenth of the run, stop and explain a divergence, offer the recorded run when training is
 * impossible or too slow.
 */
import { secondsLeft, slowRunSentence } from '~lib/run-progress';
import { SLOW_RUN_SECONDS } from '~lib/training-lab/lab-config';
import { emptySnapshot } from '~lib/training-lab/lab-record';
import { laneCount, workerCap } from '~lib/training-lab/lab-lanes';
import { sameRun, type LabState } from '~lib/training-lab/lab-state';
import type { LabConfig } from '~lib/nets/lab';
import type { LabClient } from './lab-client';
import { prediction, showNote, type LabControls } from './lab-controls';
import { createHooks } from './lab-hooks';
import { createMessageHandler, type RunState } from './lab-messages';
import { noteFailure, noteSlowRun } from './lab-notes';
import { lossSummary as losses, showPhase, showProgress, showVerdict as verdictOf, type Phase } from './lab-phase';
import { createPool } from './lab-pool';
import type { LabRenderer } from './lab-render';
import { replayRecorded, type Replay } from './lab-replay';

/** What the runner needs from the page. */
export interface RunnerDeps {
  figure: HTMLElement;
  controls: LabControls;
  renderer: LabRenderer;
  /** The settings now in force. */
  current: () => { state: LabState; config: LabConfig };
  announce: (text: string) => void;
  /** After a reset: put the page's own parts (set-up text) back. */
  afterReset: () => void;
  /** The divergence note's "reset to defaults" action. */
  resetToDefaults: () => void;
  /** The settings of the recorded run, or null when there is none to replay. */
  recorded: LabState | null;
}

/** Controls a run; every method is safe to call in any phase. */
export interface Runner {
  phase(): Phase;
  train(): void;
  step(): void;
  reset(): void;
  replay(): void;
  /** Pause when the lab leaves sight, resume when it comes back (if it was paused that way). */
  setVisible(visible: boolean): void;
  destroy(): void;
}

/** Creates the runner for one figure. */
export function createRunner(d: RunnerDeps): Runner {
  const c = d.controls;
  let phase: Phase = 'idle';
  let client: LabClient | null = null;
  const run: RunState = { id: 0, snapshot: null, reported: 0, predicted: null, badge: '', offeredSlow: false };
  let visible = true;
  let autoPaused = false;
  let replay: Replay | null = null;
  const hooks = createHooks(d.figure);

  const setPhase = (next: Phase) => {
    phase = next;
    showPhase(d.figure, c, next, canReplay());
  };
  const progress = (step: number | null) => showProgress(c, step, d.current().config.steps);
  const fresh = () => emptySnapshot(d.current().config);
  const liveSource = () => `This run: trained in this browser on ${run.badge || 'the chosen backend'}, with the settings above.`;
  /** At most one worker per core, or what the URL's lab-workers says. */
  const workerLimit = () => workerCap(d.current().state.workers, navigator.hardwareConcurrency);
  const canReplay = () => d.recorded !== null && sameRun(d.current().state, d.recorded);

  const fail = (message: string) => {
    client?.terminate();
    client = null;
    setPhase('failed');
    noteFailure(c, message, canReplay() ? startReplay : null);
    d.announce('Training could not run here.');
  };

  const showVerdict = (finals: { id: string; trainLoss: number }[]) => verdictOf(c, run.predicted, finals);

  const pause = () => {
    if (phase !== 'running' || !client) return;
    client.send({ type: 'pause', runId: run.id });
    setPhase('paused');
  };
  const resume = () => {
    if (phase !== 'paused' || !client) return;
    if (!visible) {
      autoPaused = true;
      d.announce('Training resumes when the lab is back in sight.');
      return;
    }
    client.send({ type: 'play', runId: run.id });
    setPhase('running');
  };

  const checkSlow = (msPerStep: number, msPerRunStep: number, step: number) => {
    run.offeredSlow = true;
    const { config } = d.current();
    const seconds = secondsLeft(msPerRunStep, config.steps - step);
    if (seconds <= SLOW_RUN_SECONDS) return;
    const estimate = slowRunSentence(seconds, msPerStep, config.models.length, run.badge);
    if (canReplay()) pause();
    noteSlowRun(c, estimate, canReplay() ? startReplay : null, resume);
  };

  const onMessage = createMessageHandler({ d, hooks, run, setPhase, phase: () => phase, progress, fail, checkSlow, showVerdict, liveSource });

  const start = (play: boolean) => {
    stopReplay();
    run.id += 1;
    const { state, config } = d.current();
    hooks.runStarted(laneCount(config.models.length, workerLimit()));
    run.predicted = prediction(c);
    run.snapshot = fresh();
    run.reported = 0;
    run.offeredSlow = false;
    setPhase('loading');
    d.announce('Loading the training code (TensorFlow.js)…');
    try {
      client ??= createPool(onMessage, (reason) => fail(`The training code stopped: ${reason}.`), workerLimit);
    } catch (error) {
      fail(`This browser cannot run the training code in the background (${error instanceof Error ? error.message : String(error)}).`);
      return false;
    }
    autoPaused = play && !visible;
    client.send({ type: 'start', runId: run.id, config, backend: state.backend, failBackend: state.failBackend, play: play && visible });
    return true;
  };

  const stopReplay = () => {
    replay?.cancel();
    replay = null;
  };

  function startReplay(): void {
    if (client) client.send({ type: 'pause', runId: run.id });
    run.id += 1;
    run.predicted ??= prediction(c);
    setPhase('replaying');
    d.announce('Replaying the recorded run…');
    replayRecorded({
      draw: (s) => {
        d.renderer.draw(s, { caption: 'Results of the recorded run, one row per net' });
        progress(s.step);
      },
      done: (s, recordedWith) => {
        replay = null;
        const id = run.id;
        d.renderer.whenPainted(() => {
          if (id !== run.id) return;
          setPhase('replayed');
          showVerdict(s.models.map((m) => ({ id: m.id, trainLoss: m.final?.trainLoss ?? Number.NaN })));
          d.announce(`Replayed the run recorded in Node (${recordedWith}). Final training loss: ${losses(s)}.`);
        });
      },
    }).then(
      (r) => (replay = r),
      (error: unknown) => {
        setPhase('failed');
        showNote(c, [`The recorded run could not be loaded (${error instanceof Error ? error.message : String(error)}).`]);
      },
    );
  }

  const reset = () => {
    stopReplay();
    client?.send({ type: 'reset' });
    run.id += 1;
    run.snapshot = null;
    autoPaused = false;
    d.renderer.restore();
    d.afterReset();
    progress(null);
    c.verdict.hidden = true;
    setPhase('idle');
  };

  setPhase('idle');
  return {
    phase: () => phase,
    train() {
      if (phase === 'running') pause();
      else if (phase === 'paused') resume();
      else {
        if (phase !== 'idle') reset();
        start(true);
      }
    },
    step() {
      if (phase === 'paused' && client) client.send({ type: 'step', runId: run.id });
      else if (phase === 'idle' || phase === 'failed' || phase === 'replayed') {
        if (phase !== 'idle') reset();
        if (start(false)) client?.send({ type: 'step', runId: run.id });
      }
    },
    reset,
    replay: startReplay,
    setVisible(next) {
      visible = next;
      if (!visible && phase === 'running') {
        pause();
        autoPaused = true;
        d.announce('Paused while the lab is out of sight; it resumes when you come back.');
      } else if (visible && autoPaused) {
        autoPaused = false;
        if (phase === 'paused') resume();
        else if (phase === 'loading' && client) client.send({ type: 'play', runId: run.id });
      }
    },
    destroy() {
      stopReplay();
      client?.terminate();
      client = null;
    },
  };
}

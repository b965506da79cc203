/**
 * One lab run's life on the main thread: start the workers on demand (one per net, lab-pool.ts),
 * turn their messages into a snapshot and redraws, pause/resume/step/reset, announce progress
 * every tenth of the run, stop and explain a divergence, offer the recorded run when training is
 * impossible or too slow.
 */
import { formatLoss, predictionVerdict, secondsLeft, shouldAnnounce, slowRunSentence, SLOW_RUN_SECONDS } from '~lib/training-lab/lab-config';
import { addPoints, emptySnapshot, finish, setGradients, setGrids, type LabSnapshot } from '~lib/training-lab/lab-record';
import { laneCount, workerCap } from '~lib/training-lab/lab-lanes';
import { sameRun, type LabState } from '~lib/training-lab/lab-state';
import type { LabConfig } from '~lib/nets/lab';
import type { LabClient } from './lab-client';
import { prediction, showBackend, showNote, type LabControls } from './lab-controls';
import { createHooks } from './lab-hooks';
import { noteDivergence, noteFailure, noteSlowRun } from './lab-notes';
import { createPool } from './lab-pool';
import type { FromPool } from './lab-protocol';
import type { LabRenderer } from './lab-render';
import { replayRecorded, type Replay } from './lab-replay';

/** Where a lab is in its life; mirrored on the figure as `data-lab-state` for tests and styles. */
export type Phase = 'idle' | 'loading' | 'running' | 'paused' | 'done' | 'diverged' | 'failed' | 'replaying' | 'replayed';

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
  let runId = 0;
  let snapshot: LabSnapshot | null = null;
  /** The run's step as last reported (the slowest net), for the tenth-of-the-run announcements. */
  let reported = 0;
  let predicted: string | null = null;
  let badge = '';
  let offeredSlow = false;
  let visible = true;
  let autoPaused = false;
  let replay: Replay | null = null;
  const hooks = createHooks(d.figure);

  const setPhase = (next: Phase) => {
    phase = next;
    d.figure.dataset.labState = next;
    const live = next === 'running' || next === 'loading';
    c.train.textContent = next === 'running' ? 'Pause' : next === 'paused' ? 'Resume' : 'Train';
    c.train.disabled = next === 'loading' || next === 'replaying';
    c.step.disabled = live || next === 'replaying' || next === 'done' || next === 'diverged';
    c.replay.disabled = live || next === 'replaying' || !canReplay();
    c.predict.disabled = next !== 'idle';
  };
  const progress = (step: number | null) => {
    const { steps } = d.current().config;
    c.progress.value = step === null || !steps ? 0 : step / steps;
    c.progressText.textContent = step === null ? 'Not started' : `Step ${step} of ${steps}`;
  };
  const losses = (s: LabSnapshot) => s.models.map((m) => `${m.id} ${formatLoss(m.curves.trainLoss.at(-1) ?? Number.NaN)}`).join(', ');
  const fresh = () => {
    const { config } = d.current();
    return emptySnapshot(config);
  };
  const liveSource = () => `This run: trained in this browser on ${badge || 'the chosen backend'}, with the settings above.`;
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

  const showVerdict = (finals: { id: string; trainLoss: number }[]) => {
    c.verdict.hidden = predicted === null;
    c.verdict.textContent = predicted === null ? '' : predictionVerdict(predicted, finals);
  };

  const pause = () => {
    if (phase !== 'running' || !client) return;
    client.send({ type: 'pause', runId });
    setPhase('paused');
  };
  const resume = () => {
    if (phase !== 'paused' || !client) return;
    if (!visible) {
      autoPaused = true;
      d.announce('Training resumes when the lab is back in sight.');
      return;
    }
    client.send({ type: 'play', runId });
    setPhase('running');
  };

  const checkSlow = (msPerStep: number, msPerRunStep: number, step: number) => {
    offeredSlow = true;
    const { config } = d.current();
    const seconds = secondsLeft(msPerRunStep, config.steps - step);
    if (seconds <= SLOW_RUN_SECONDS) return;
    const estimate = slowRunSentence(seconds, msPerStep, config.models.length, badge);
    if (canReplay()) pause();
    noteSlowRun(c, estimate, canReplay() ? startReplay : null, resume);
  };

  const onMessage = (m: FromPool) => {
    if (m.type === 'reset') {
      hooks.settled(m.tensors);
      return;
    }
    if (m.runId !== runId || !snapshot) return;
    switch (m.type) {
      case 'backend':
      case 'restart': {
        badge = m.badge;
        showBackend(c, m.badge, m.reason);
        hooks.backend(m.backend, m.tensors);
        const notes = [...m.notes];
        if (m.type === 'restart') {
          snapshot = fresh();
          reported = 0;
          notes.unshift(`${m.failure}. The run restarted from step 0 on ${m.badge}.`);
        }
        showNote(c, notes.length ? [...notes, `Training on ${m.badge} (${m.reason}).`] : []);
        if (phase === 'loading') setPhase('running');
        d.announce(`Training on ${m.badge}: ${m.reason}.`);
        break;
      }
      case 'points': {
        const before = reported;
        reported = m.step;
        addPoints(snapshot, m.points);
        // Nets train side by side, some ahead: the run is as far as its slowest net.
        snapshot.step = m.step;
        hooks.points(m);
        progress(m.step);
        d.renderer.draw(snapshot, { source: liveSource() });
        const total = d.current().config.steps;
        if (shouldAnnounce(before, m.step, total) && m.step < total) d.announce(`Step ${m.step} of ${total}. Training loss: ${losses(snapshot)}.`);
        if (m.msPerStep !== null && m.msPerRunStep !== null && !offeredSlow) checkSlow(m.msPerStep, m.msPerRunStep, m.step);
        break;
      }
      case 'gradients':
        setGradients(snapshot, m.gradients);
        d.renderer.draw(snapshot, { source: liveSource() });
        break;
      case 'grids':
        setGrids(snapshot, m.grids, m.step);
        d.renderer.draw(snapshot, { source: liveSource() });
        break;
      case 'paused':
        if (phase === 'running' || phase === 'loading') setPhase('paused');
        break;
      case 'done': {
        finish(snapshot, m.finals, m.diverged);
        snapshot.step = m.step;
        hooks.settled(m.tensors, m.msPerStep);
        d.renderer.draw(snapshot, { source: liveSource(), caption: 'Results of this run, one row per net' });
        progress(m.step);
        const ended = snapshot;
        const id = runId;
        // The lab says it has finished only once the final numbers are on screen.
        d.renderer.whenPainted(() => {
          if (id !== runId) return;
          showVerdict(m.finals.map((f) => ({ id: f.modelId, trainLoss: f.final.trainLoss })));
          const verdict = predicted === null ? '' : ` ${c.verdict.textContent}`;
          if (m.diverged.length) {
            setPhase('diverged');
            const allStopped = m.diverged.length === m.finals.length;
            const what = noteDivergence(c, m.diverged, d.current().state, d.resetToDefaults, allStopped);
            d.announce(`${allStopped ? 'The run stopped' : 'A net stopped'}: ${what}.`);
          } else {
            hooks.runFinished();
            setPhase('done');
            d.announce(`Finished ${m.step} steps on ${badge}. Final training loss: ${losses(ended)}.${verdict}`);
          }
        });
        break;
      }
      case 'failed':
        fail(`Training could not run: ${m.message}`);
        break;
    }
  };

  const start = (play: boolean) => {
    stopReplay();
    runId += 1;
    const { state, config } = d.current();
    hooks.runStarted(laneCount(config.models.length, workerLimit()));
    predicted = prediction(c);
    snapshot = fresh();
    reported = 0;
    offeredSlow = false;
    setPhase('loading');
    d.announce('Loading the training code (TensorFlow.js)…');
    try {
      client ??= createPool(onMessage, (reason) => fail(`The training code stopped: ${reason}.`), workerLimit);
    } catch (error) {
      fail(`This browser cannot run the training code in the background (${error instanceof Error ? error.message : String(error)}).`);
      return false;
    }
    autoPaused = play && !visible;
    client.send({ type: 'start', runId, config, backend: state.backend, failBackend: state.failBackend, play: play && visible });
    return true;
  };

  const stopReplay = () => {
    replay?.cancel();
    replay = null;
  };

  function startReplay(): void {
    if (client) client.send({ type: 'pause', runId });
    runId += 1;
    predicted ??= prediction(c);
    setPhase('replaying');
    d.announce('Replaying the recorded run…');
    replayRecorded({
      draw: (s) => {
        d.renderer.draw(s, { caption: 'Results of the recorded run, one row per net' });
        progress(s.step);
      },
      done: (s, recordedWith) => {
        replay = null;
        const id = runId;
        d.renderer.whenPainted(() => {
          if (id !== runId) return;
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
    runId += 1;
    snapshot = null;
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
      if (phase === 'paused' && client) client.send({ type: 'step', runId });
      else if (phase === 'idle' || phase === 'failed' || phase === 'replayed') {
        if (phase !== 'idle') reset();
        if (start(false)) client?.send({ type: 'step', runId });
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
        else if (phase === 'loading' && client) client.send({ type: 'play', runId });
      }
    },
    destroy() {
      stopReplay();
      client?.terminate();
      client = null;
    },
  };
}

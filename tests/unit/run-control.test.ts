import { describe, expect, it } from 'vitest';
import { createRunControl } from '../../src/islands/run-control';

// The pause / resume / stop protocol the lab workers share (src/islands/run-control.ts).
describe('a lab worker’s run control', () => {
  it('takes only control messages', () => {
    const control = createRunControl();
    expect(['pause', 'resume', 'stop'].map((type) => control.handle({ type }))).toEqual([true, true, true]);
    expect(control.handle({ type: 'run' })).toBe(false);
  });

  it('lets a run go on at once while not paused', async () => {
    const control = createRunControl();
    const signal = control.start();
    let told = 0;
    expect(await control.between(signal, () => (told += 1))).toBe(0);
    expect(told).toBe(0);
  });

  it('while paused, says so once and waits until resumed', async () => {
    const control = createRunControl();
    const signal = control.start();
    control.handle({ type: 'pause' });
    let told = 0;
    let resolved = false;
    let noticed: () => void = () => undefined;
    const notice = new Promise<void>((r) => (noticed = r));
    const waiting = control.between(signal, () => ((told += 1), noticed())).then((ms) => ((resolved = true), ms));
    // The pause notice is the run's last act before it waits: after it, the run must still be waiting.
    await notice;
    await Promise.resolve();
    expect(told).toBe(1);
    expect(resolved).toBe(false);
    control.handle({ type: 'resume' });
    expect(await waiting).toBeGreaterThanOrEqual(0);
    expect(told).toBe(1);
  });

  it('stop aborts the run’s signal and releases a paused run; a new run aborts the last one', async () => {
    const control = createRunControl();
    const first = control.start();
    control.handle({ type: 'pause' });
    let noticed: () => void = () => undefined;
    const notice = new Promise<void>((r) => (noticed = r));
    const waiting = control.between(first, () => noticed());
    await notice;
    control.handle({ type: 'stop' });
    await waiting;
    expect(first.aborted).toBe(true);
    const second = control.start();
    const third = control.start();
    expect(second.aborted).toBe(true);
    expect(third.aborted).toBe(false);
  });
});

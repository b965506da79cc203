import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, watchdog } from '~islands/cnn-lab/watchdog';

describe('the CNN lab worker’s watchdog', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('fires after the allowed silence, and each message re-arms it', () => {
    const silent = vi.fn();
    const dog = watchdog(silent);
    dog.arm();
    vi.advanceTimersByTime(QUIET_MS - 1);
    dog.arm();
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(silent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(silent).toHaveBeenCalledTimes(1);
  });

  it('allows longer silences when told a step is slow, never shorter than QUIET_MS, and keeps the allowance', () => {
    const silent = vi.fn();
    const dog = watchdog(silent);
    dog.arm(10);
    vi.advanceTimersByTime(QUIET_MS - 1);
    expect(silent).not.toHaveBeenCalled();
    dog.arm(3 * QUIET_MS);
    dog.arm();
    vi.advanceTimersByTime(3 * QUIET_MS - 1);
    expect(silent).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(silent).toHaveBeenCalledTimes(1);
  });

  it('does not fire while held (a run paused off screen, or ended)', () => {
    const silent = vi.fn();
    const dog = watchdog(silent);
    dog.arm();
    dog.hold();
    vi.advanceTimersByTime(10 * QUIET_MS);
    expect(silent).not.toHaveBeenCalled();
  });
});

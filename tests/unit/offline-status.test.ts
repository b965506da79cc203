import { describe, expect, it } from 'vitest';
import {
  AVAILABLE,
  IDLE,
  INSTALL_FAILED,
  UPDATE_READY,
  failureReason,
  installFailure,
  nextOfflineState,
  type OfflineEvent,
  type OfflineState,
} from '~lib/site/offline-status';

const run = (...events: OfflineEvent[]): OfflineState => events.reduce(nextOfflineState, IDLE);
const quota = { type: 'failed', name: 'QuotaExceededError', message: 'Quota exceeded.' } as const;

describe('offline status', () => {
  it('shows "Available offline" once a worker holds the site, and announces it only when the copy was made on this page', () => {
    const saved = run({ type: 'ready', justSaved: true });
    expect(saved).toMatchObject({ kind: 'ready', text: AVAILABLE, reload: false, offline: true });
    expect(saved.announce).toMatch(/works without a network/);
    const steady = run({ type: 'ready', justSaved: false });
    expect(steady.text).toBe(AVAILABLE);
    expect(steady.announce).toBe('');
  });

  it('offers a reload when a new build waits, whatever came before, and keeps offering it', () => {
    for (const before of [[], [{ type: 'ready', justSaved: false }], [quota]] as OfflineEvent[][]) {
      const state = run(...before, { type: 'update' });
      expect(state).toMatchObject({ kind: 'update', text: UPDATE_READY, reload: true, announce: UPDATE_READY });
    }
    const update = run({ type: 'update' });
    // A late "ready" (the old worker answering) does not hide the notice.
    expect(nextOfflineState(update, { type: 'ready', justSaved: false })).toBe(update);
    expect(nextOfflineState(update, { type: 'update' })).toBe(update);
    expect(nextOfflineState(update, quota)).toBe(update);
  });

  it('reports a failure once, in words, and says when an older copy still works', () => {
    const failed = run(quota);
    expect(failed).toMatchObject({ kind: 'failed', reload: false, offline: false });
    expect(failed.text).toBe('Not available offline: the browser has no room left for this site (storage is full).');
    expect(failed.announce).toBe(failed.text);
    // A second failure, or the worker's "ready" of an older copy, changes nothing.
    expect(nextOfflineState(failed, { type: 'failed', name: 'TypeError', message: 'Failed to fetch' })).toBe(failed);
    expect(nextOfflineState(failed, { type: 'ready', justSaved: false })).toBe(failed);

    const afterReady = run({ type: 'ready', justSaved: false }, quota);
    expect(afterReady.text).toMatch(/^Available offline, but the newest version could not be saved/);
    expect(afterReady.offline).toBe(true);
  });

  it('shows nothing when the browser refuses the worker, and nothing later changes that', () => {
    const refused = run({ type: 'unavailable' });
    expect(refused).toMatchObject({ kind: 'unavailable', text: '', reload: false, announce: '', offline: false });
    expect(nextOfflineState(refused, quota)).toBe(refused);
    // Once a worker is in charge, a refusal (of a later registration) does not hide what it offers.
    const ready = run({ type: 'ready', justSaved: false });
    expect(nextOfflineState(ready, { type: 'unavailable' })).toBe(ready);
  });

  it('words the reasons for people, and keeps an error message short and free of control characters', () => {
    expect(failureReason('Error', 'The quota has been exceeded.')).toMatch(/storage is full/);
    expect(failureReason('Error', '')).toBe('the copy could not be saved.');
    const long = failureReason('TypeError', `\u202e\u0000${'x'.repeat(500)}`);
    expect(long.includes('\u0000') || long.includes('\u202e')).toBe(false);
    expect(long.length).toBeLessThan(180);
  });

  it('reads the worker’s failure message and ignores every other message', () => {
    expect(installFailure({ type: INSTALL_FAILED, name: 'QuotaExceededError', message: 'full' })).toEqual({
      name: 'QuotaExceededError',
      message: 'full',
    });
    expect(installFailure({ type: INSTALL_FAILED })).toEqual({ name: 'Error', message: '' });
    for (const other of [null, 'x', 3, { type: 'SKIP_WAITING' }, { meta: 'serwist-window' }]) {
      expect(installFailure(other)).toBeNull();
    }
  });
});

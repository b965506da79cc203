/**
 * The offline-reading status a page shows, as a pure state machine: the island
 * (src/islands/offline-status.ts) turns service-worker events into `OfflineEvent`s, and this
 * module decides the visible line, whether the reload button shows, and what the polite live
 * region announces. Steady states are shown without being announced, so a screen reader does not
 * hear "Available offline" on every page; changes that happen while the page is open are announced.
 */
import { clip, withoutControls } from '../url-state/notes.ts';

/** What happened, as the island saw it. */
export type OfflineEvent =
  /** An active worker holds the whole precache. `justSaved`: the copy was made while this page was open. */
  | { type: 'ready'; justSaved: boolean }
  /** A new build's worker has precached it and waits for the reader's reload. */
  | { type: 'update' }
  /** Precaching failed; `name` and `message` are the error's. */
  | { type: 'failed'; name: string; message: string }
  /** The browser refused the worker (blocked by a setting or a policy): the site works as it does without one. */
  | { type: 'unavailable' };

export type OfflineKind = 'idle' | 'ready' | 'update' | 'failed' | 'unavailable';

export interface OfflineState {
  kind: OfflineKind;
  /** The visible line; empty while idle. */
  text: string;
  /** Whether the "Reload" button shows. */
  reload: boolean;
  /** What the live region says for this change; empty when the change is not news. */
  announce: string;
  /** True once the site is available offline (an older copy still counts after an update failed). */
  offline: boolean;
}

export const IDLE: OfflineState = { kind: 'idle', text: '', reload: false, announce: '', offline: false };

export const AVAILABLE = 'Available offline';
export const UPDATE_READY = 'A new version of the site is available — reload';

/** The state after `event`; the same object when the event changes nothing. */
export function nextOfflineState(state: OfflineState, event: OfflineEvent): OfflineState {
  switch (event.type) {
    case 'ready':
      // An update waiting, or a failure already reported, is the more important news.
      if (state.kind !== 'idle') return state;
      return {
        kind: 'ready',
        text: AVAILABLE,
        reload: false,
        announce: event.justSaved ? 'Saved for offline reading: this site now works without a network.' : '',
        offline: true,
      };
    case 'update':
      if (state.kind === 'update') return state;
      return { kind: 'update', text: UPDATE_READY, reload: true, announce: UPDATE_READY, offline: true };
    case 'unavailable':
      // Nothing to show: offline reading was never on offer in this browser.
      return state.kind === 'idle' ? { ...IDLE, kind: 'unavailable' } : state;
    case 'failed': {
      // Reported once: a second failure (a retry, a later message) keeps the first report.
      if (state.kind === 'failed' || state.kind === 'update' || state.kind === 'unavailable') return state;
      const why = failureReason(event.name, event.message);
      const text = state.offline
        ? `Available offline, but the newest version could not be saved: ${why}`
        : `Not available offline: ${why}`;
      return { kind: 'failed', text, reload: false, announce: text, offline: state.offline };
    }
  }
}

/** A reader's account of why the offline copy could not be saved. */
export function failureReason(name: string, message: string): string {
  if (name === 'QuotaExceededError' || /quota/i.test(message)) {
    return 'the browser has no room left for this site (storage is full).';
  }
  // The message is the browser's, but may quote a URL: no control or direction-changing characters.
  const detail = clip(withoutControls(message).trim(), 120);
  return detail ? `the copy could not be saved (${detail}).` : 'the copy could not be saved.';
}

/** The message the worker posts to its pages when precaching fails. */
export const INSTALL_FAILED = 'offline-install-failed';

export interface InstallFailedMessage {
  type: typeof INSTALL_FAILED;
  name: string;
  message: string;
}

/** The failure in a message from the worker, or null for any other message. */
export function installFailure(data: unknown): { name: string; message: string } | null {
  if (typeof data !== 'object' || data === null) return null;
  const { type, name, message } = data as Partial<Record<keyof InstallFailedMessage, unknown>>;
  if (type !== INSTALL_FAILED) return null;
  return { name: typeof name === 'string' ? name : 'Error', message: typeof message === 'string' ? message : '' };
}


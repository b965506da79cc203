/**
 * Registers the offline-reading service worker (`<base>sw.js`, scope `<base>`) through
 * @serwist/window and keeps the page's status in step with it (components/OfflineStatus.astro):
 * "Available offline" once an active worker holds the whole site, the update notice with its
 * Reload button when a new build's worker waits, or why the copy could not be saved. What to show
 * for each event is decided in src/lib/site/offline-status.ts.
 *
 * Nothing here may break the page: nothing is thrown; a refused registration shows nothing (the
 * site works as it always did without a worker); a failed precache says why, once.
 */
import { Serwist } from '@serwist/window';
import { IDLE, installFailure, nextOfflineState, type OfflineEvent, type OfflineState } from '~lib/site/offline-status';

export async function startOfflineReading(root: HTMLElement): Promise<void> {
  const container = navigator.serviceWorker;
  const base = root.dataset.base ?? '/';
  // A page that no worker controls is being saved during this visit (a first visit, or a forced reload).
  const savedNow = !container.controller;
  let state = IDLE;
  const show = (event: OfflineEvent) => {
    const next = nextOfflineState(state, event);
    if (next !== state) render(root, (state = next));
  };

  // A new worker taking over from an earlier one means the reader asked for the new build (here or
  // in another tab): reload, so this page is not left running old HTML against a new cache. The
  // first worker taking a page that had none serves the very files the page shows: no reload.
  let controlled = Boolean(container.controller);
  container.addEventListener('controllerchange', () => {
    if (controlled) window.location.reload();
    controlled = true;
  });
  container.addEventListener('message', (event) => {
    const failure = installFailure(event.data);
    if (failure) show({ type: 'failed', ...failure });
  });

  const worker = new Serwist(`${base}sw.js`, { scope: base });
  worker.addEventListener('waiting', () => show({ type: 'update' }));
  root.querySelector('[data-offline-reload]')?.addEventListener('click', () => worker.messageSkipWaiting());

  try {
    await worker.register({ immediate: true });
  } catch {
    // Refused (a browser setting, a policy, a private window): the site works as without a worker.
    show({ type: 'unavailable' });
    return;
  }
  await container.ready;
  show({ type: 'ready', justSaved: savedNow });
}

function render(root: HTMLElement, state: OfflineState): void {
  root.dataset.offlineState = state.kind;
  root.querySelector<HTMLElement>('[data-offline-line]')!.hidden = state.text === '';
  root.querySelector('[data-offline-text]')!.textContent = state.text;
  root.querySelector<HTMLElement>('[data-offline-reload]')!.hidden = !state.reload;
  if (state.announce) root.querySelector('[data-offline-announce]')!.textContent = state.announce;
}

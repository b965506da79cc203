/**
 * "Network idle" at any moment, not only after a navigation (Playwright's `networkidle` load
 * state fires once): no request in flight for `quietMs`.
 */
import type { Page } from '@playwright/test';

/** Waits for quiet on one page's network. */
export interface NetworkWatch {
  /** Resolves once nothing has been in flight for `quietMs`; false if `timeoutMs` passed first. */
  idle(quietMs?: number, timeoutMs?: number): Promise<boolean>;
}

/** Starts counting `page`'s requests in flight. Call before the first navigation. */
export function watchNetwork(page: Page): NetworkWatch {
  const inFlight = new Set<unknown>();
  let lastChange = performance.now();
  const change = () => (lastChange = performance.now());
  page.on('request', (r) => (inFlight.add(r), change()));
  page.on('requestfinished', (r) => (inFlight.delete(r), change()));
  page.on('requestfailed', (r) => (inFlight.delete(r), change()));
  return {
    async idle(quietMs = 500, timeoutMs = 30_000) {
      const deadline = performance.now() + timeoutMs;
      while (performance.now() < deadline) {
        const quietFor = performance.now() - lastChange;
        if (inFlight.size === 0 && quietFor >= quietMs) return true;
        // Poll the condition; Playwright's events arrive between the waits.
        await new Promise((r) => setTimeout(r, inFlight.size === 0 ? quietMs - quietFor : 50));
      }
      return false;
    },
  };
}

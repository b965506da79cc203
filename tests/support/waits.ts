/**
 * For a wait on a state that takes real work to reach (a training run's "done", a measured
 * curve): no timeout of its own, so a slow or loaded machine only makes it wait longer. The
 * test's own timeout (playwright.config.ts) still ends a run that hangs.
 */
export const UNTIL_STATE = { timeout: 0 } as const;

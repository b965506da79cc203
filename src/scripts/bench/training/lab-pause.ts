/**
 * How soon the training lab's Pause and Reset take effect on a slow setting (depth 64, width 32,
 * 2,000 steps, so a chunk of 33 steps; WASM), timed in the page from the click to what the lab
 * shows once every worker has answered: `data-lab-paused-at` for Pause, `data-tensors` back at
 * its baseline for Reset. Beside them, the training time of the first chunk's slowest net: about
 * what a pause waited for when the workers read their messages only between chunks.
 */
import type { Browser, Page } from '@playwright/test';
import { summarize, type Summary } from '../stats.ts';
import { LAB_HOOKS, LAB_PATH } from './lab-page.ts';

/** The setting timed: the lab's deepest and widest nets on WASM. */
export const PAUSE_QUERY = 'lab-depth=64&lab-width=32&lab-steps=2000&lab-backend=wasm';
/** The first chunk's end at 2,000 steps (src/lib/training-lab/lab-config.ts, recordEveryFor). */
const FIRST_MARK = 33;
const WAIT = { timeout: 10 * 60_000 };

/** Pause and Reset on the slow setting, or why they could not be timed. */
export type LabPauseResult =
  | { status: 'measured'; query: string; pauseMs: Summary; resetMs: Summary; pausedAtStep: number[]; chunkSteps: number; chunkMs: Summary; notes: string[] }
  | { status: 'not measured'; query: string; notes: string[] };

/** Click `button` (a selector inside the figure) and resolve to the ms until `attr` on the figure satisfies `done`. */
function clickUntil(page: Page, button: string, attr: string, until: 'present' | 'baseline'): Promise<number> {
  return page.evaluate(
    ([sel, button, attr, until]) =>
      new Promise<number>((resolve) => {
        const f = document.querySelector(sel)!;
        const ok = () => (until === 'present' ? f.hasAttribute(attr) : f.getAttribute(attr) === f.getAttribute('data-tensors-baseline'));
        const t0 = performance.now();
        const watch = new MutationObserver(() => {
          if (!ok()) return;
          watch.disconnect();
          resolve(performance.now() - t0);
        });
        watch.observe(f, { attributes: true, attributeFilter: [attr] });
        [...f.querySelectorAll('button')].find((b) => b.textContent === button)!.click();
      }),
    [LAB_HOOKS.figure, button, attr, until] as const,
  );
}

async function once(page: Page, origin: string): Promise<{ pauseMs: number; resetMs: number; pausedAt: number; chunkMs: number }> {
  await page.goto(`${origin}${LAB_PATH}?${PAUSE_QUERY}`);
  const figure = page.locator(LAB_HOOKS.figure).first();
  await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('data-hydrated') === 'ready', LAB_HOOKS.figure, WAIT);
  await figure.locator(LAB_HOOKS.start).click();
  const stepAtLeast = (n: number) =>
    page.waitForFunction(
      ([sel, n]) => Number(/^Step (\d+) of/.exec(document.querySelector(sel)?.querySelector('.lab-progress__text')?.textContent ?? '')?.[1] ?? -1) >= n,
      [LAB_HOOKS.figure, n] as const,
      WAIT,
    );
  await stepAtLeast(1);
  const pauseMs = await clickUntil(page, 'Pause', 'data-lab-paused-at', 'present');
  const pausedAt = Number(await figure.getAttribute('data-lab-paused-at'));
  // Step to the first chunk's end, for the chunk's training time per net.
  await figure.getByRole('button', { name: 'Step', exact: true }).click();
  await page.waitForFunction(([sel, mark]) => document.querySelector(sel)?.getAttribute('data-lab-paused-at') === String(mark), [LAB_HOOKS.figure, FIRST_MARK] as const, WAIT);
  const chunkMs = await page.evaluate((prefix) => Math.max(...performance.getEntriesByType('measure').filter((m) => m.name.startsWith(prefix)).map((m) => m.duration)), LAB_HOOKS.trainMeasurePrefix);
  await figure.getByRole('button', { name: 'Resume', exact: true }).click();
  await stepAtLeast(FIRST_MARK + 1);
  const resetMs = await clickUntil(page, 'Reset', 'data-tensors', 'baseline');
  return { pauseMs, resetMs, pausedAt, chunkMs };
}

/** Times Pause and Reset `runs` times in a fresh page each. */
export async function measureLabPause(browser: Browser, origin: string, runs: number, progress: (message: string) => void): Promise<LabPauseResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const done: Awaited<ReturnType<typeof once>>[] = [];
  const notes: string[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      progress(`lab pause and reset (${PAUSE_QUERY}), run ${r + 1}/${runs}`);
      const page = await context.newPage();
      try {
        done.push(await once(page, origin));
      } catch (error) {
        notes.push(`run ${r + 1}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
      } finally {
        await page.close();
      }
    }
  } finally {
    await context.close();
  }
  if (done.length === 0) return { status: 'not measured', query: PAUSE_QUERY, notes };
  return {
    status: 'measured',
    query: PAUSE_QUERY,
    pauseMs: summarize(done.map((d) => d.pauseMs)),
    resetMs: summarize(done.map((d) => d.resetMs)),
    pausedAtStep: done.map((d) => d.pausedAt),
    chunkSteps: FIRST_MARK,
    chunkMs: summarize(done.map((d) => d.chunkMs)),
    notes,
  };
}

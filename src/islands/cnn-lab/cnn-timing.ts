/**
 * A quick timed trial before a CNN lab run, for its time estimate: real SGD steps of the run's
 * deepest net on the backend just started, through the lab's own trainer (`runCnnLab`), so the
 * estimate times exactly the ops the run will run.
 *
 * The trainer reads results back only when it measures the errors, and a GPU backend queues work
 * until something is read, so steps are timed between measurements. The trial runs on one batch
 * of training images and one test image, so each measurement is a forward pass over 65 images:
 * 5 steps measured after steps 2, 4 and 5 give B1 = 2s + m and B2 = s + m (steps 1–2 include the
 * warm-up: shader compilation, first allocations), hence one step s = B1 − B2.
 */
import type { CnnLabSetup } from '~lib/cnn-lab/setup';
import type { DigitSet } from '~lib/data/digits';
import { DIGITS_PIXELS } from '~lib/data/digits';
import { runCnnLab, type CnnLabData } from '~ml/run-cnn-lab';

/** The first `count` images of a set (views, no copy). */
function firstImages(set: DigitSet, count: number): DigitSet {
  const n = Math.min(count, set.count);
  return { count: n, pixels: set.pixels.subarray(0, n * DIGITS_PIXELS), labels: set.labels.subarray(0, n) };
}

/** The deepest net of a set-up (the last of the deepest, a ResNet when both are listed). */
export function deepestNet(setup: Pick<CnnLabSetup, 'nets'>): CnnLabSetup['nets'][number] {
  return setup.nets.reduce((a, b) => (b.n >= a.n ? b : a));
}

/** Milliseconds per SGD step of the set-up's deepest net on the active backend. */
export async function timeDeepestStep(setup: CnnLabSetup, data: CnnLabData, signal?: AbortSignal): Promise<number> {
  const trial: CnnLabSetup = { ...setup, nets: [deepestNet(setup)], seeds: setup.seeds.slice(0, 1), steps: 5, recordEvery: 2 };
  const at = new Map<number, number>();
  await runCnnLab(
    trial,
    { train: firstImages(data.train, setup.batch), test: firstImages(data.test, 1) },
    {
      ...(signal ? { signal } : {}),
      onProgress: (p) => {
        at.set(p.step, performance.now());
      },
    },
  );
  const b1 = at.get(4)! - at.get(2)!;
  const b2 = at.get(5)! - at.get(4)!;
  // Timing noise can make the difference absurd; a measurement costs less than a step (a third,
  // by operation count), so one step lies between B1/3 and B1/2.
  return Math.min(b1 / 2, Math.max(b1 / 3, b1 - b2));
}

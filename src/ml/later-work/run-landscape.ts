/**
 * A whole loss-landscape run on a rebuilt pair: for each net, the 1-D slice (LINE_POINTS values
 * of α) and then, once `onPlan` has been told the measured time per evaluation, the n × n grid.
 * After every point it checks the abort signal (cancelling stops within one evaluation) and,
 * every `sliceMs`, hands its progress to `onBatch`, which the worker uses to post and to let
 * pause and stop messages in. The worker, the recorder, the bench and the tests share it.
 */
import { axis, LINE_POINTS } from '~lib/later-work/landscape-grid';
import type { LandscapeModel, LandscapeNetSlice, LandscapeRecord } from '~lib/later-work/landscape-summary';
import type { TrainedPair } from '~lib/later-work/trained-nets';
import type { BuiltPair } from './trained-nets';
import { withSlice } from './landscape';
import { currentBackend } from '../backend';

/** Where a run is: evaluations done of the total, and which part. */
export interface LandscapeTick {
  done: number;
  total: number;
  part: 'line' | 'grid';
  model: LandscapeModel;
}

export interface LandscapeOptions {
  seed: number;
  n: number;
  linePoints?: number;
  signal?: AbortSignal;
  sliceMs?: number;
  onBatch?: (t: LandscapeTick) => Promise<void> | void;
  /** Called once, after both 1-D slices and before the grid, with the mean time per evaluation so far. */
  onPlan?: (msPerEvaluation: number) => Promise<void> | void;
}

/** Both nets' slices around their trained weights, on `seed`'s directions. */
export async function runLandscape(built: BuiltPair, pair: Pick<TrainedPair, 'source' | 'step'>, o: LandscapeOptions): Promise<LandscapeRecord> {
  const lineAxis = axis(o.linePoints ?? LINE_POINTS);
  const gridAxis = axis(o.n);
  const total = 2 * (lineAxis.length + gridAxis.length ** 2);
  const sliceMs = o.sliceMs ?? 150;
  let done = 0;
  let since = performance.now();
  const started = performance.now();
  const abortCheck = () => {
    if (o.signal?.aborted) throw new DOMException('the slice was stopped', 'AbortError');
  };
  const step = async (t: Omit<LandscapeTick, 'done' | 'total'>) => {
    done += 1;
    abortCheck();
    if (performance.now() - since >= sliceMs || done === total) {
      await o.onBatch?.({ ...t, done, total });
      abortCheck();
      since = performance.now();
    }
  };
  const models = { plain: built.plain, residual: built.residual };
  const out: Record<LandscapeModel, LandscapeNetSlice> = {
    plain: { id: pairId(built, 'plain'), centre: NaN, line: [], grid: [] },
    residual: { id: pairId(built, 'residual'), centre: NaN, line: [], grid: [] },
  };
  for (const model of ['plain', 'residual'] as const) {
    await withSlice(models[model], built.data.train, o.seed, async (lossAt) => {
      for (const a of lineAxis) {
        out[model].line.push(await lossAt(a, 0));
        await step({ part: 'line', model });
      }
    });
    out[model].centre = out[model].line[(lineAxis.length - 1) / 2]!;
  }
  await o.onPlan?.((performance.now() - started) / done);
  for (const model of ['plain', 'residual'] as const) {
    await withSlice(models[model], built.data.train, o.seed, async (lossAt) => {
      for (const b of gridAxis) {
        for (const a of gridAxis) {
          out[model].grid.push(await lossAt(a, b));
          await step({ part: 'grid', model });
        }
      }
    });
  }
  return { seed: o.seed, source: pair.source, step: pair.step, n: o.n, linePoints: lineAxis.length, backend: currentBackend(), ...out };
}

/** The lab id of one net of the pair, e.g. plain-56. */
function pairId(built: BuiltPair, model: LandscapeModel): string {
  return `${model}-${built.depth}`;
}

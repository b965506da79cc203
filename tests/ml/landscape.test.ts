import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodePair, type TrainedPair } from '~lib/later-work/trained-nets';
import type { LandscapeRecord } from '~lib/later-work/landscape-summary';
import { evaluate } from '~ml/evaluate';
import { runLandscape } from '~ml/later-work/run-landscape';
import { withSlice } from '~ml/later-work/landscape';
import { buildPair, type BuiltPair } from '~ml/later-work/trained-nets';
import { readWeights } from '~ml/net-weights';
import { useTestBackend } from './helpers';

useTestBackend();

const decoded = decodePair(readFileSync(new URL('../../src/lib/recorded/lab-nets.json', import.meta.url), 'utf8'));
if (!decoded.ok) throw new Error(decoded.reason);
const pair: TrainedPair = decoded.pair;
const recorded = JSON.parse(readFileSync(new URL('../../src/lib/recorded/landscape.json', import.meta.url), 'utf8')) as LandscapeRecord;
let built: BuiltPair;
beforeAll(() => {
  built = buildPair(pair);
});
afterAll(() => built.dispose());

describe('the loss-landscape slice on the recorded pair', () => {
  it('at α = β = 0 is each net’s own training loss (BN on the batch’s statistics), and leaves every weight as it was', async () => {
    for (const model of [built.plain, built.residual]) {
      const before = await readWeights(model);
      const own = await evaluate(model, built.data.train, 'batch');
      const [zero, moved] = await withSlice(model, built.data.train, 1, async (lossAt) => [await lossAt(0, 0), await lossAt(0.5, -0.5)]);
      expect(zero).toBeCloseTo(own.loss, 6);
      expect(moved).not.toBeCloseTo(own.loss, 3);
      const after = await readWeights(model);
      after.forEach((w, i) => expect(Array.from(w)).toEqual(Array.from(before[i]!)));
    }
  });

  it('puts the weights back when the slice is stopped part-way', async () => {
    // With sliceMs 0 every evaluation is a batch: the third is on the plain net's 1-D slice.
    const before = await readWeights(built.plain);
    const stop = new AbortController();
    let seen = 0;
    const run = runLandscape(built, pair, {
      seed: 1,
      n: 5,
      signal: stop.signal,
      sliceMs: 0,
      onBatch: () => {
        seen += 1;
        if (seen === 3) stop.abort();
      },
    });
    await expect(run).rejects.toThrow(/stopped/);
    expect(seen).toBe(3);
    const after = await readWeights(built.plain);
    after.forEach((w, i) => expect(Array.from(w)).toEqual(Array.from(before[i]!)));
  });

  it('reproduces the recorded grid and line (src/lib/recorded/landscape.json, 4 significant digits)', async () => {
    const rec = await runLandscape(built, pair, { seed: recorded.seed, n: recorded.n });
    for (const m of ['plain', 'residual'] as const) {
      expect(rec[m].id).toBe(recorded[m].id);
      const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-3 * Math.max(1e-3, Math.abs(b)));
      rec[m].line.forEach((v, i) => close(v, recorded[m].line[i]!));
      rec[m].grid.forEach((v, i) => close(v, recorded[m].grid[i]!));
    }
  });
});

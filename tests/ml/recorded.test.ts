import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labConfigOf } from '~lib/training-lab/lab-config';
import type { RecordedLab } from '~lib/training-lab/lab-record';
import { LAB_RECORDINGS } from '~lib/training-lab/lab-recordings';
import { parseLabQuery } from '~lib/training-lab/lab-state';
import { degradationClaim } from '~lib/nets/lab';
import { recordLab } from '~ml/training-lab/record-lab';
import { useTestBackend } from './helpers';

useTestBackend();

const read = (name: keyof typeof LAB_RECORDINGS) =>
  JSON.parse(readFileSync(new URL(`../../src/lib/recorded/${name}.json`, import.meta.url), 'utf8')) as RecordedLab;
const STALE = 'the recording is stale: run `npm run record` and commit src/lib/recorded/';

/** |a − b| within 1e-3 relative (plus rounding to 4 significant digits). */
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(1e-3, Math.abs(b));

describe('recorded training-lab runs', () => {
  it('the committed recordings are of the current set-ups', () => {
    for (const name of Object.keys(LAB_RECORDINGS) as (keyof typeof LAB_RECORDINGS)[]) {
      const record = read(name);
      expect(record.config, `${name}: ${STALE}`).toEqual(labConfigOf(LAB_RECORDINGS[name]));
      expect(parseLabQuery(record.query).state, `${name}: ${STALE}`).toEqual({ ...LAB_RECORDINGS[name], backend: 'auto' });
    }
  });

  it('the short recording reproduces: re-training it on WASM gives the same curves and finals within 1e-3', async () => {
    const committed = read('degradation-lab-short');
    const fresh = await recordLab(LAB_RECORDINGS['degradation-lab-short']);
    expect(fresh.recordedWith.backend).toBe(committed.recordedWith.backend);
    expect(fresh.step).toBe(committed.step);
    for (const [i, m] of fresh.models.entries()) {
      const c = committed.models[i]!;
      expect(m.id).toBe(c.id);
      expect(m.curves.step).toEqual(c.curves.step);
      for (const key of ['trainLoss', 'trainAcc', 'testAcc'] as const) {
        m.curves[key].forEach((v, k) => expect(close(v, c.curves[key][k]!), `${m.id} ${key}[${k}]: ${v} vs ${c.curves[key][k]} (${STALE})`).toBe(true));
      }
      for (const [key, v] of Object.entries(m.final!)) expect(close(v, c.final![key as keyof typeof c.final]!), `${m.id} final ${key}`).toBe(true);
    }
  }, 120_000);

  it('the full recording, which the static figure shows, has the paper’s ordering: deep plain above shallow, deep residual as low', () => {
    const [shallow, deepPlain, deepResidual] = read('degradation-lab').models.map((m) => m.final!.trainLoss) as [number, number, number];
    expect(deepPlain).toBeGreaterThan(shallow);
    expect(deepResidual).toBeLessThanOrEqual(shallow + degradationClaim.margin);
  });
});

import { describe, expect, it } from 'vitest';
import { degradationClaim } from '~lib/nets/lab';
import { runLab } from '~ml/run-lab';
import { useTestBackend } from './helpers';

useTestBackend();

const { setup, seeds, margin } = degradationClaim;
const [shallow, deepPlain, deepResidual] = setup.models.map((m) => m.id) as [string, string, string];

describe(`degradation (P1 Fig. 1) on ${setup.models.map((m) => m.id).join(' / ')}`, () => {
  for (const seed of seeds) {
    it(`seed ${seed}: the deep plain net ends with a higher training loss than the shallow one, and the deep residual net trains as well (within ${margin})`, async () => {
      // recordEvery only thins the curves; training is exactly the exported set-up.
      const record = await runLab({ ...setup, seed, recordEvery: setup.steps });
      const loss = Object.fromEntries(record.models.map((m) => [m.id, m.final.trainLoss]));
      console.info(`degradation seed ${seed}: ${record.models.map((m) => `${m.id} ${m.final.trainLoss.toFixed(4)}`).join(', ')}`);
      expect(record.steps).toBe(setup.steps);
      expect(loss[deepPlain]).toBeGreaterThan(loss[shallow] as number);
      expect(loss[deepResidual]).toBeLessThanOrEqual((loss[shallow] as number) + margin);
    }, 240_000);
  }
});

// One seed per file, so that Vitest trains the seeds in parallel workers.
import { it } from 'vitest';
import { degradationClaim } from '~lib/nets/lab';
import { useTestBackend } from '../helpers';
import { proveClaimOnSeed } from './claim';

useTestBackend();

it(`seed 2 (one of ${degradationClaim.seeds.join(', ')}): the deep plain net ends above the shallow one with healthy gradients, and the deep residual net at or below it`, async () => {
  await proveClaimOnSeed(degradationClaim.seeds[1]!);
});

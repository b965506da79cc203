/**
 * Trains the nets of `layerResponsesSetup` and records each unit's response std, for the static
 * fig-layer-responses (chapter 3). tests/ml/layer-responses.test.ts checks the committed file.
 *   npx node src/scripts/run.mjs src/scripts/record-layer-responses.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeSpirals } from '~lib/data/spirals';
import { layerResponseNets, layerResponsesSetup } from '~lib/layer-responses';
import { createRng, deriveSeed } from '~lib/random';
import type { RecordedLayerResponses } from '~lib/recorded/layer-responses';
import { useBackend } from '~ml/backend';
import { branchResponses } from '~ml/branch-responses';
import { buildModel } from '~ml/build-model';
import { createTrainer } from '~ml/train';

/** Where the record is committed. */
export const RECORD_PATH = fileURLToPath(new URL('../lib/recorded/layer-responses.json', import.meta.url));

/** Train and measure one net of the set-up by id (all of them when `ids` is omitted). */
export async function recordLayerResponses(ids?: readonly string[]): Promise<RecordedLayerResponses> {
  const backend = await useBackend('cpu');
  const { seed, steps, optimizer, data } = layerResponsesSetup;
  const points = makeSpirals({ ...data, seed });
  const nets = [];
  for (const net of layerResponseNets().filter((n) => !ids || ids.includes(n.id))) {
    const model = buildModel(net.spec, createRng(deriveSeed(seed, 'init')));
    const trainer = createTrainer(model, points.train, { optimizer, batchSize: null, rng: createRng(deriveSeed(seed, `train:${net.id}`)) });
    try {
      const loss = await trainer.run(steps);
      const { std } = await branchResponses(model, points.test);
      nets.push({ id: net.id, depth: net.spec.depth, residual: net.residual, finalLoss: loss, std });
    } finally {
      trainer.dispose();
      model.dispose();
    }
  }
  return { backend, steps, nets };
}

/** Write the record to {@link RECORD_PATH}. */
export async function main(): Promise<void> {
  const started = performance.now();
  writeFileSync(RECORD_PATH, `${JSON.stringify(await recordLayerResponses(), null, 2)}\n`);
  console.log(`wrote ${RECORD_PATH} in ${Math.round(performance.now() - started)} ms`);
}

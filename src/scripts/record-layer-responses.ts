/**
 * Trains the nets of `layerResponsesSetup` on the wasm backend and records each unit's response
 * std, for the static fig-layer-responses (chapter 3). tests/ml/layer-responses.test.ts checks the
 * committed file against a fresh run of the 8-layer nets.
 *   node src/scripts/run.mjs src/scripts/record-layer-responses.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeSpirals } from '~lib/data/spirals';
import { layerResponseNets, layerResponsesSetup } from '~lib/layer-responses';
import type { RecordedLayerResponses } from '~lib/recorded/layer-responses';
import { currentBackend, useBackend } from '~ml/backend';
import { branchResponses } from '~ml/branch-responses';
import { evaluate } from '~ml/evaluate';
import { wireNet } from '~ml/lab-net';

/** Where the record is committed. */
export const RECORD_PATH = fileURLToPath(new URL('../lib/recorded/layer-responses.json', import.meta.url));

/**
 * Train and measure the nets of the set-up with these ids (all of them when `ids` is omitted), on
 * the active backend, with the lab's seed streams (init shared by every net, batches per net).
 */
export async function recordLayerResponses(ids?: readonly string[]): Promise<RecordedLayerResponses> {
  const { seed, steps, optimizer, data } = layerResponsesSetup;
  const points = makeSpirals({ ...data, seed });
  const nets = [];
  for (const net of layerResponseNets().filter((n) => !ids || ids.includes(n.id))) {
    const { model, trainer } = wireNet(net.spec, { seed, id: net.id, optimizer, batchSize: null, train: points.train });
    try {
      await trainer.run(steps);
      const train = await evaluate(model, points.train, 'batch');
      const test = await evaluate(model, points.test, 'inference');
      const std = await branchResponses(model, points.test);
      nets.push({ id: net.id, depth: net.spec.depth, residual: net.residual, finalLoss: train.loss, testAccuracy: test.accuracy, std });
    } finally {
      trainer.dispose();
      model.dispose();
    }
  }
  return { backend: currentBackend(), steps, nets };
}

/** Write the record to {@link RECORD_PATH}. */
export async function main(): Promise<void> {
  const backend = await useBackend('wasm');
  if (backend !== 'wasm') throw new Error(`expected the wasm backend, got ${backend}`);
  const started = performance.now();
  writeFileSync(RECORD_PATH, `${JSON.stringify(await recordLayerResponses(), null, 2)}\n`);
  console.log(`wrote ${RECORD_PATH} in ${Math.round(performance.now() - started)} ms`);
}

/**
 * Records both ablations (P2 Table 1 shortcuts, P2 Table 2 placements) on the wasm backend, so the
 * static figures (no JavaScript, print, PDF) show real runs. Re-run after changing a set-up, the
 * lab architecture or src/ml; tests/ml/ablation.test.ts checks the record against the set-ups.
 *   npx node src/scripts/run.mjs src/scripts/record-ablation.ts [shortcuts|activations]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AblationRecord } from '~lib/ablation/record';
import { ablationSetups, type AblationKind } from '~lib/ablation/setup';
import { runAblation } from '~ml/run-ablation';
import { useBackend } from '~ml/backend';

/** Where the records are committed. */
export const RECORD_PATH = fileURLToPath(new URL('../lib/recorded/ablation.json', import.meta.url));

/** Record the given kinds (default both), keeping the other kinds' committed records. */
export async function main(args: string[]): Promise<void> {
  const backend = await useBackend('wasm');
  if (backend !== 'wasm') throw new Error(`expected the wasm backend, got ${backend}`);
  const kinds = (args.length ? args : Object.keys(ablationSetups)) as AblationKind[];
  const record: Partial<Record<AblationKind, AblationRecord>> = existsSync(RECORD_PATH) ? JSON.parse(readFileSync(RECORD_PATH, 'utf8')) : {};
  for (const kind of kinds) {
    const started = performance.now();
    record[kind] = await runAblation(ablationSetups[kind]);
    console.log(`${kind}: ${Math.round(performance.now() - started)} ms on ${backend}`);
  }
  writeFileSync(RECORD_PATH, `${JSON.stringify(record, (_, v) => (typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v))}\n`);
  console.log(`wrote ${RECORD_PATH}`);
}

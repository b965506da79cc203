/**
 * Records the measurement of each gradient-flow preset (training included), so the static figure
 * (no JavaScript, print, PDF) shows a real measurement without running tfjs at build time. Re-run
 * after changing a preset, the lab architecture, the training lab's optimiser or src/ml;
 * tests/ml/gradient-flow-figure.test.ts checks that the committed file is what this produces.
 *   node src/scripts/run.mjs src/scripts/record-gradient-flow.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { formatGradientFlowQuery, gradientFlowPresets, type GradientFlowPreset } from '~lib/gradient-flow/state';
import type { RecordedGradientFlow } from '~lib/recorded/gradient-flow';
import { useBackend } from '~ml/backend';
import { measureGradientFlow } from '~ml/gradient-flow';

/** Where the record is committed. */
export const RECORD_PATH = fileURLToPath(new URL('../lib/recorded/gradient-flow.json', import.meta.url));

/** Measure every preset on the cpu backend (the backend the record is reproducible on). */
export async function recordGradientFlow(): Promise<RecordedGradientFlow> {
  const backend = await useBackend('cpu');
  const presets = {} as RecordedGradientFlow['presets'];
  for (const key of Object.keys(gradientFlowPresets) as GradientFlowPreset[]) {
    const state = gradientFlowPresets[key];
    const { backend: _backend, ...measurement } = await measureGradientFlow(state);
    presets[key] = { query: formatGradientFlowQuery(state), ...measurement };
  }
  return { backend, presets };
}

/** Write the record to {@link RECORD_PATH}. */
export async function main(): Promise<void> {
  const started = performance.now();
  const record = await recordGradientFlow();
  writeFileSync(RECORD_PATH, `${JSON.stringify(record, null, 2)}\n`);
  console.log(`wrote ${RECORD_PATH} in ${Math.round(performance.now() - started)} ms`);
}

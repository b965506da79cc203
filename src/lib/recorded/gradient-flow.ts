/**
 * Gradient norms recorded at build-free time by src/scripts/record-gradient-flow.ts, one entry per
 * preset: the measured curve of the static (no-JS, print) gradient-flow figure.
 */
import { formatGradientFlowQuery, gradientFlowPresets, type GradientFlowPreset } from '../gradient-flow/state';
import record from './gradient-flow.json';

/** The committed record's shape. */
export interface RecordedGradientFlow {
  /** The tfjs backend the norms were computed on. */
  backend: string;
  /** Per preset: the setting as a query string, and ‖∂E/∂x_l‖ for l = 0 … L. */
  presets: Record<GradientFlowPreset, { query: string; norms: number[] }>;
}

/** The recorded norms of a preset; throws when the preset changed since the record was made. */
export function recordedGradientNorms(preset: GradientFlowPreset): number[] {
  const entry = (record as RecordedGradientFlow).presets[preset];
  const query = formatGradientFlowQuery(gradientFlowPresets[preset]);
  if (!entry || entry.query !== query) {
    throw new Error(
      `The recorded gradient norms for preset "${preset}" are stale (recorded ${entry?.query ?? 'nothing'}, preset is ${query}). ` +
        'Run: npx node src/scripts/run.mjs src/scripts/record-gradient-flow.ts',
    );
  }
  return entry.norms;
}

/**
 * Gradient-flow measurements recorded ahead of time by src/scripts/record-gradient-flow.ts, one
 * per preset: the measured curve of the static (no-JS, print) gradient-flow figure, with how it was
 * trained, so the static figure's words describe the record rather than today's code.
 */
import { formatGradientFlowQuery, gradientFlowPresets, type GradientFlowPreset } from '../gradient-flow/state';
import type { GradientFlowMeasurement } from '../gradient-flow/training';
import record from './gradient-flow.json';

/** The committed record's shape. */
export interface RecordedGradientFlow {
  /** The tfjs backend the norms were computed on. */
  backend: string;
  /** Per preset: the setting as a query string, and its measurement (training and ‖∂E/∂x_l‖ for l = 0 … L). */
  presets: Record<GradientFlowPreset, { query: string } & Omit<GradientFlowMeasurement, 'backend'>>;
}

/** The recorded measurement of a preset; throws when the preset changed since the record was made. */
export function recordedGradientFlow(preset: GradientFlowPreset): GradientFlowMeasurement {
  const all = record as RecordedGradientFlow;
  const entry = all.presets[preset];
  const query = formatGradientFlowQuery(gradientFlowPresets[preset]);
  if (!entry || entry.query !== query) {
    throw new Error(
      `The recorded gradient norms for preset "${preset}" are stale (recorded ${entry?.query ?? 'nothing'}, preset is ${query}). ` +
        'Run: node src/scripts/run.mjs src/scripts/record-gradient-flow.ts',
    );
  }
  const { query: _query, ...measurement } = entry;
  return { ...measurement, backend: all.backend };
}

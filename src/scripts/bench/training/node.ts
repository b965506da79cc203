/**
 * Training timings in Node: src/ml imported directly (through ts-aliases.ts), on the backends
 * Node has (wasm, then cpu).
 */
import '../ts-aliases.ts';
import type { BackendTiming, TrainingPlan } from './measure.ts';

/** The Node backends measured, in order. */
export const NODE_BACKENDS = ['wasm', 'cpu'] as const;

/** Runs the plan on every Node backend; the full lab only where `fullLabOn` lists the backend. */
export async function measureNodeTraining(
  plan: TrainingPlan,
  fullLabOn: ReadonlySet<string>,
  progress: (message: string) => void,
): Promise<BackendTiming[]> {
  // Loaded only now, after the alias hooks are in place.
  const { measureBackend } = await import('./measure.ts');
  const results: BackendTiming[] = [];
  for (const backend of NODE_BACKENDS) {
    const labRuns = fullLabOn.has(backend) ? plan.labRuns : 0;
    results.push(await measureBackend(backend, { ...plan, labRuns }, (m) => progress(`node ${m}`)));
  }
  return results;
}

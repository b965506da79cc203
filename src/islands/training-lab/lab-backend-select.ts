/**
 * Choosing the lab's backend inside the worker: probe the GPU backends, start the reader's choice
 * or fall back along WebGPU → WebGL → WASM → CPU, and in auto mode time a few steps on each real
 * candidate and keep the fastest. Every skipped or failed backend leaves a visible note.
 */
import {
  autoCandidates,
  fallbackChain,
  pickFastest,
  type BackendChoice,
  type GpuProbe,
  type LabBackend,
  BACKEND_NAMES,
} from '~lib/training-lab/lab-backends';
import type { FailBackend } from '~lib/training-lab/lab-state';
import type { LabConfig } from '~lib/nets/lab';
import { startBackend } from '~ml/backend';
import { timeSteps } from '~ml/training-lab/lab-backend';
import { probeWebgl, probeWebgpu } from './gpu-probe';

/** The chosen backend and the words the lab shows about it. */
export interface Selection {
  backend: LabBackend;
  software: boolean;
  reason: string;
  notes: string[];
}


let probes: Promise<Record<'webgpu' | 'webgl', GpuProbe>> | null = null;

/** GPU probes, measured once per worker. */
export function gpuProbes(): Promise<Record<'webgpu' | 'webgl', GpuProbe>> {
  probes ??= probeWebgpu().then((webgpu) => ({ webgpu, webgl: probeWebgl() }));
  return probes;
}

const failsAtInit = (b: LabBackend, hook: FailBackend | null) => hook?.backend === b && hook.when === 'init';

/** Try `backend`; on failure add a note and return false. */
async function tryStart(
  backend: LabBackend,
  probe: GpuProbe | undefined,
  options: { allowSoftware: boolean; hook: FailBackend | null; notes: string[] },
): Promise<boolean> {
  if (probe && !probe.available) {
    options.notes.push(`${BACKEND_NAMES[backend]} is not available here: ${probe.detail}.`);
    return false;
  }
  try {
    await startBackend(backend, {
      wasmPaths: wasmPaths(),
      allowSoftwareWebgl: options.allowSoftware,
      fail: failsAtInit(backend, options.hook),
    });
    return true;
  } catch (error) {
    options.notes.push(`${BACKEND_NAMES[backend]} failed to start (${error instanceof Error ? error.message : String(error)}).`);
    return false;
  }
}

let wasmMap: Record<string, string> | undefined;
/** Set once by the worker entry: the WASM binaries' hashed URLs. */
export function setWasmMap(map: Record<string, string>): void {
  wasmMap = map;
}
const wasmPaths = () => wasmMap;

/**
 * Start the backend for a run. `after` restricts the chain to backends after a failed one
 * (mid-run fallback). Throws when nothing at all starts.
 */
export async function selectBackend(
  choice: BackendChoice,
  config: LabConfig,
  hook: FailBackend | null,
  after: LabBackend | null = null,
): Promise<Selection> {
  const p = await gpuProbes();
  const software = { webgpu: p.webgpu.software, webgl: p.webgl.software };
  const notes: string[] = [];
  const probeOf = (b: LabBackend) => (b === 'webgpu' || b === 'webgl' ? p[b] : undefined);

  if (choice !== 'auto' || after !== null) {
    // The reader's choice first, then the later backends (software GPUs only when chosen by name);
    // after a mid-run failure, only the backends after the one that failed.
    const chain = after === null ? fallbackChain(choice as LabBackend, software) : fallbackChain(after, software).slice(1);
    for (const b of chain) {
      if (await tryStart(b, probeOf(b), { allowSoftware: b === choice, hook, notes })) {
        const sw = (b === 'webgpu' || b === 'webgl') && software[b];
        const reason =
          b === choice && after === null
            ? `you chose it${sw ? `; it runs on ${p[b as 'webgl'].detail}, so it is not a GPU` : ''}`
            : `fallback after ${BACKEND_NAMES[after ?? (choice as LabBackend)]}`;
        return { backend: b, software: sw, reason, notes };
      }
    }
    throw new Error(`no backend could start. ${notes.join(' ')}`);
  }

  // Auto: real GPUs and WASM are candidates; time them when there is a choice to make.
  const noGpu = (['webgpu', 'webgl'] as const)
    .filter((b) => !p[b].available || p[b].software)
    .map((b) => `${BACKEND_NAMES[b]}: ${p[b].available ? `${p[b].detail}, not a GPU` : p[b].detail}`);
  const started: LabBackend[] = [];
  const timings: { backend: LabBackend; msPerStep: number }[] = [];
  const candidates = autoCandidates(p);
  for (const b of candidates) {
    if (!(await tryStart(b, probeOf(b), { allowSoftware: false, hook, notes }))) continue;
    started.push(b);
    if (candidates.length > 1) timings.push({ backend: b, msPerStep: await timeSteps(config) });
  }
  const best = timings.length > 1 ? pickFastest(timings) : null;
  const chosen = best?.backend ?? started[0];
  if (chosen) {
    if (started.length > 1) await startBackend(chosen, { wasmPaths: wasmPaths() });
    const why = best ? best.reason : candidates.length === 1 ? `no hardware GPU was found (${noGpu.join('; ')})` : 'the other candidates did not start';
    return { backend: chosen, software: false, reason: why, notes };
  }
  if (await tryStart('cpu', undefined, { allowSoftware: false, hook, notes })) {
    return { backend: 'cpu', software: false, reason: 'nothing faster started', notes };
  }
  throw new Error(`no backend could start. ${notes.join(' ')}`);
}


/**
 * The CNN lab's backend, chosen inside its worker: the reader's choice, or in auto mode the first
 * of WebGPU → WebGL → WASM → plain JavaScript that starts. A GPU backend counts only when it is
 * a real GPU (src/islands/training-lab/gpu-probe.ts); SwiftShader and other software renderers
 * run only when asked for by name, and the lab says so. Every skipped or failed backend leaves a
 * note. After a mid-run failure, `nextBackend` starts the next one in the chain.
 */
import { BACKEND_NAMES, backendBadge, fallbackChain, LAB_BACKENDS, type BackendChoice, type GpuProbe, type LabBackend } from '~lib/training-lab/lab-backends';
import { startBackend } from '~ml/backend';
import { gpuProbes } from '../training-lab/lab-backend-select';
import { WASM_BINARIES } from '../wasm-binaries';

/** The backend in use and the words the lab shows about it. */
export interface CnnBackend {
  backend: LabBackend;
  /** A GPU backend drawn by a software renderer: the arithmetic runs on the CPU. */
  software: boolean;
  /** "GPU · WebGL", "CPU · WASM" … */
  badge: string;
  /** Why this one: the reader chose it, no hardware GPU was found, a fallback. */
  reason: string;
  /** What was tried first and why it was not used. */
  notes: string[];
}


/** Start `b`, or add a note saying why not and return false. */
async function tryStart(b: LabBackend, probe: GpuProbe | undefined, allowSoftware: boolean, notes: string[]): Promise<boolean> {
  if (probe && !probe.available) {
    notes.push(`${BACKEND_NAMES[b]} is not available here: ${probe.detail}.`);
    return false;
  }
  if (probe?.software && !allowSoftware) {
    notes.push(`${BACKEND_NAMES[b]} runs on ${probe.detail}, not a GPU; skipped.`);
    return false;
  }
  try {
    await startBackend(b, { wasmPaths: WASM_BINARIES, allowSoftwareWebgl: allowSoftware });
    return true;
  } catch (error) {
    notes.push(`${BACKEND_NAMES[b]} failed to start (${error instanceof Error ? error.message : String(error)}).`);
    return false;
  }
}

/** Try `chain` in order; the first that starts is the backend. Throws with every note when none does. */
async function firstThatStarts(chain: readonly LabBackend[], choice: BackendChoice, reasonOf: (b: LabBackend, sw: boolean, probe?: GpuProbe) => string): Promise<CnnBackend> {
  const p = await gpuProbes();
  const notes: string[] = [];
  for (const b of chain) {
    const probe = b === 'webgpu' || b === 'webgl' ? p[b] : undefined;
    if (!(await tryStart(b, probe, b === choice, notes))) continue;
    const software = probe?.software ?? false;
    return { backend: b, software, badge: backendBadge(b, software), reason: reasonOf(b, software, probe), notes };
  }
  throw new Error(`no backend could start. ${notes.join(' ')}`);
}

/** Start the backend for a run. */
export async function selectCnnBackend(choice: BackendChoice): Promise<CnnBackend> {
  if (choice !== 'auto') {
    return firstThatStarts(fallbackChain(choice), choice, (b, sw, probe) =>
      b === choice ? `you chose it${sw ? `; it runs on ${probe?.detail ?? 'a software renderer'}, so it is not a GPU` : ''}` : `${BACKEND_NAMES[choice]} did not start`,
    );
  }
  // Every backend in order; software GPUs are skipped with a note (choice 'auto' names none of them).
  return firstThatStarts(LAB_BACKENDS, choice, (b) => (b === 'webgpu' || b === 'webgl' ? 'a hardware GPU was found' : 'no hardware GPU started here'));
}

/** After `failed` broke mid-run: start the next backend of its chain (software GPUs skipped). */
export async function nextBackend(failed: LabBackend): Promise<CnnBackend> {
  return firstThatStarts(fallbackChain(failed).slice(1), 'auto', () => `fallback after ${BACKEND_NAMES[failed]} failed`);
}

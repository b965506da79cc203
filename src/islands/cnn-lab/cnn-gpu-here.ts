/**
 * Before any training, on the page itself: is there a hardware GPU for the backend the reader
 * chose (src/islands/training-lab/gpu-probe.ts, no tfjs)? The answer picks the default run (the
 * full comparison on a GPU, the quick one on a CPU). The probe runs in a small worker of its own
 * (gpu-probe-worker.ts), so that creating a WebGL context never blocks the page; where a worker
 * cannot start, on the page. The lab's worker probes again when it starts its backend and says
 * what it found and skipped; this probe only sets the default.
 */
import type { BackendChoice, GpuProbe } from '~lib/training-lab/lab-backends';
import { probeWebgl, probeWebgpu } from '../training-lab/gpu-probe';

type Probes = { webgpu: GpuProbe; webgl: GpuProbe };

let probes: Promise<Probes> | null = null;

const onPage = (): Promise<Probes> => probeWebgpu().then((webgpu) => ({ webgpu, webgl: probeWebgl() }));

/** Both probes from a worker of their own, or on the page when the worker cannot start or fails. */
function probeOffPage(): Promise<Probes> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./gpu-probe-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return onPage();
  }
  return new Promise<Probes>((resolve) => {
    const done = (result: Promise<Probes> | Probes) => {
      worker.terminate();
      resolve(result);
    };
    worker.addEventListener('message', (event: MessageEvent<Probes>) => done(event.data));
    worker.addEventListener('error', () => done(onPage()));
    worker.addEventListener('messageerror', () => done(onPage()));
  });
}

const real = (p: GpuProbe) => p.available && !p.software;

/**
 * Whether training with `choice` would run on a hardware GPU here, and a few words saying so for
 * the panel's status slot (one short line, so that the panel's reserved height holds; the
 * renderer's name and the estimate come with Train).
 */
export async function hardwareGpuHere(choice: BackendChoice): Promise<{ gpu: boolean; words: string }> {
  probes ??= probeOffPage();
  const p = await probes;
  if (choice === 'wasm' || choice === 'cpu') return { gpu: false, words: 'On the CPU: quick run by default.' };
  if (choice === 'webgpu' || choice === 'webgl') {
    const name = choice === 'webgpu' ? 'WebGPU' : 'WebGL';
    if (real(p[choice])) return { gpu: true, words: `GPU found (${name}): full run by default.` };
    return { gpu: false, words: `${name} here is ${p[choice].available ? 'software' : 'missing'}: quick run by default.` };
  }
  const gpu = (['webgpu', 'webgl'] as const).find((b) => real(p[b]));
  if (gpu) return { gpu: true, words: `GPU found (${gpu === 'webgpu' ? 'WebGPU' : 'WebGL'}): full run by default.` };
  return { gpu: false, words: 'No GPU found here: quick run by default.' };
}

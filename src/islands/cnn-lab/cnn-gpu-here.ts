/**
 * Before any training, on the page itself: is there a hardware GPU for the backend the reader
 * chose (src/islands/training-lab/gpu-probe.ts, no tfjs)? The answer picks the default run (the
 * full comparison on a GPU, the quick one on a CPU) and the sentence says why. The worker probes
 * again when it starts its backend; this probe only sets expectations.
 */
import type { BackendChoice, GpuProbe } from '~lib/training-lab/lab-backends';
import { probeWebgl, probeWebgpu } from '../training-lab/gpu-probe';

let probes: Promise<{ webgpu: GpuProbe; webgl: GpuProbe }> | null = null;

const real = (p: GpuProbe) => p.available && !p.software;

/** Whether training with `choice` would run on a hardware GPU here, and a sentence saying what was found. */
export async function hardwareGpuHere(choice: BackendChoice): Promise<{ gpu: boolean; sentence: string }> {
  probes ??= probeWebgpu().then((webgpu) => ({ webgpu, webgl: probeWebgl() }));
  const p = await probes;
  const quick = 'so Train runs the quick comparison (the nets of up to 20 layers); the recorded full run stays drawn, and Run: full trains it here anyway.';
  if (choice === 'wasm' || choice === 'cpu') return { gpu: false, sentence: `You chose ${choice === 'wasm' ? 'WebAssembly' : 'plain JavaScript'}, which trains on the CPU, ${quick}` };
  if (choice === 'webgpu' || choice === 'webgl') {
    const probe = p[choice];
    const name = choice === 'webgpu' ? 'WebGPU' : 'WebGL';
    if (real(probe)) return { gpu: true, sentence: `${name} runs on a GPU here (${probe.detail}), so Train runs the full comparison.` };
    return { gpu: false, sentence: `${name} here is ${probe.available ? `${probe.detail}, not a GPU` : `unavailable (${probe.detail})`}, ${quick}` };
  }
  const gpu = (['webgpu', 'webgl'] as const).find((b) => real(p[b]));
  if (gpu) return { gpu: true, sentence: `A GPU was found (${gpu === 'webgpu' ? 'WebGPU' : 'WebGL'}: ${p[gpu].detail}), so Train runs the full comparison.` };
  return { gpu: false, sentence: `No hardware GPU was found here (WebGPU: ${p.webgpu.detail}; WebGL: ${p.webgl.detail}); the lab trains on the CPU with WebAssembly, ${quick}` };
}

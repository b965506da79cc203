/**
 * Detect, don't guess: whether WebGL 2 and WebGPU exist here, and whether they are real GPUs or a
 * software renderer (SwiftShader, llvmpipe, a fallback adapter) that only looks like one. Runs in
 * the lab's worker (OffscreenCanvas, WorkerNavigator.gpu); no tfjs.
 */
import { isSoftwareRenderer, type GpuProbe } from '~lib/training-lab/lab-backends';

const missing = (detail: string): GpuProbe => ({ available: false, software: false, renderer: '', detail });

/**
 * WebGL 2 on an OffscreenCanvas (what tfjs uses in a worker). A context that cannot be created
 * with `failIfMajorPerformanceCaveat: true`, or whose unmasked renderer names a software
 * rasteriser, counts as software.
 */
export function probeWebgl(): GpuProbe {
  if (typeof OffscreenCanvas === 'undefined') return missing('no OffscreenCanvas in this worker');
  const attempt = (strict: boolean) => {
    try {
      return new OffscreenCanvas(1, 1).getContext('webgl2', { failIfMajorPerformanceCaveat: strict }) as WebGL2RenderingContext | null;
    } catch {
      return null;
    }
  };
  const strict = attempt(true);
  const gl = strict ?? attempt(false);
  if (!gl) return missing('WebGL 2 is not available');
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  if (!strict) return { available: true, software: true, renderer, detail: `the browser reports a major performance caveat (${renderer || 'renderer unknown'})` };
  if (isSoftwareRenderer(renderer)) return { available: true, software: true, renderer, detail: `a software renderer (${renderer})` };
  return { available: true, software: false, renderer, detail: renderer };
}

interface AdapterLike {
  info?: { vendor?: string; architecture?: string; description?: string; isFallbackAdapter?: boolean };
  isFallbackAdapter?: boolean;
}
interface GpuLike {
  requestAdapter(options?: { powerPreference?: string }): Promise<AdapterLike | null>;
}

/** WebGPU: an adapter must exist and must not be a fallback (software) adapter. */
export async function probeWebgpu(): Promise<GpuProbe> {
  const gpu = (globalThis.navigator as { gpu?: GpuLike } | undefined)?.gpu;
  if (!gpu) return missing('WebGPU is not available in this browser');
  let adapter: AdapterLike | null = null;
  try {
    adapter = await gpu.requestAdapter({ powerPreference: 'high-performance' });
  } catch {
    adapter = null;
  }
  if (!adapter) return missing('the browser offers no WebGPU adapter');
  const info = adapter.info ?? {};
  const renderer = [info.vendor, info.architecture, info.description].filter(Boolean).join(' ');
  const fallback = info.isFallbackAdapter ?? adapter.isFallbackAdapter ?? false;
  if (fallback || isSoftwareRenderer(renderer)) {
    return { available: true, software: true, renderer, detail: `a software adapter (${renderer || 'fallback adapter'})` };
  }
  return { available: true, software: false, renderer, detail: renderer };
}

/**
 * The training lab's compute backends as data: the order the lab tries them in, the badge each
 * shows, how a software renderer is recognised, and how auto mode picks between measured ones.
 * Pure: the probing itself (WebGL contexts, navigator.gpu) happens in the worker.
 */

/** Backends the lab can train on, fastest-first in the usual case. */
export const LAB_BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'] as const;

/** One of {@link LAB_BACKENDS}. */
export type LabBackend = (typeof LAB_BACKENDS)[number];

/** What the reader may ask for: a backend, or `auto` (detect and measure). */
export type BackendChoice = 'auto' | LabBackend;

/** All choices in select order. */
/** Each backend's name in the labs' notes ("WebGL is not available here: …"). */
export const BACKEND_NAMES: Record<LabBackend, string> = { webgpu: 'WebGPU', webgl: 'WebGL', wasm: 'WASM', cpu: 'plain JavaScript' };

export const BACKEND_CHOICES: readonly BackendChoice[] = ['auto', ...LAB_BACKENDS];

/** Human names for the backend select. */
export const BACKEND_CHOICE_LABELS: Record<BackendChoice, string> = {
  auto: 'Auto (detect and measure)',
  webgpu: 'WebGPU',
  webgl: 'WebGL',
  wasm: 'WebAssembly (WASM)',
  cpu: 'Plain JavaScript (CPU)',
};

/** True when `value` names a lab backend. */
export function isLabBackend(value: unknown): value is LabBackend {
  return typeof value === 'string' && (LAB_BACKENDS as readonly string[]).includes(value);
}

/** What the lab learned about a GPU backend before using it. */
export interface GpuProbe {
  /** A context / adapter could be created at all. */
  available: boolean;
  /** It runs on a software renderer or with a major performance caveat, so it is not a GPU. */
  software: boolean;
  /** Renderer or adapter description, when the browser tells. */
  renderer: string;
  /** Why it is unavailable or software, in a few words. */
  detail: string;
}

/** Renderer strings of CPU rasterisers that pose as WebGL/WebGPU devices. */
const SOFTWARE_RENDERERS = /swiftshader|llvmpipe|softpipe|software|basic render driver|lavapipe|warp/i;

/** True when a WebGL UNMASKED_RENDERER_WEBGL (or WebGPU adapter) string names a software renderer. */
export function isSoftwareRenderer(renderer: string): boolean {
  return SOFTWARE_RENDERERS.test(renderer);
}

/** The badge text: where the arithmetic runs, then the backend, e.g. "GPU · WebGL", "CPU · WASM". */
export function backendBadge(backend: LabBackend, software = false): string {
  switch (backend) {
    case 'webgpu':
      return software ? 'CPU · WebGPU (software)' : 'GPU · WebGPU';
    case 'webgl':
      return software ? 'CPU · WebGL (software)' : 'GPU · WebGL';
    case 'wasm':
      return 'CPU · WASM';
    case 'cpu':
      return 'CPU · JS';
  }
}

/**
 * The backends to try, in order, when the reader asked for `choice`: the choice itself, then the
 * later ones in {@link LAB_BACKENDS}. A software GPU backend is only kept when asked for by name,
 * because a CPU renderer drawing shader quads is slower than WASM doing the same sums.
 */
export function fallbackChain(choice: LabBackend, software: Partial<Record<LabBackend, boolean>> = {}): LabBackend[] {
  const start = LAB_BACKENDS.indexOf(choice);
  return LAB_BACKENDS.slice(start).filter((b, i) => i === 0 || !software[b]);
}

/** Auto mode's candidates: hardware GPU backends first, then WASM; plain JS only as the last resort. */
export function autoCandidates(probes: Partial<Record<'webgpu' | 'webgl', GpuProbe>>): LabBackend[] {
  const gpu = (['webgpu', 'webgl'] as const).filter((b) => probes[b]?.available && !probes[b]?.software);
  return [...gpu, 'wasm'];
}

/** A measured backend: milliseconds per training step of the lab's deepest net. */
export interface BackendTiming {
  backend: LabBackend;
  msPerStep: number;
}

/** The fastest measured backend and a sentence saying why it was chosen. */
export function pickFastest(timings: readonly BackendTiming[]): { backend: LabBackend; reason: string } | null {
  const ok = timings.filter((t) => Number.isFinite(t.msPerStep) && t.msPerStep > 0);
  if (ok.length === 0) return null;
  const best = ok.reduce((a, b) => (b.msPerStep < a.msPerStep ? b : a));
  if (ok.length === 1) return { backend: best.backend, reason: `${backendBadge(best.backend)} was the only backend to measure` };
  const list = ok.map((t) => `${backendBadge(t.backend)} ${formatMs(t.msPerStep)}`).join(', ');
  return { backend: best.backend, reason: `fastest for this net in a short trial (ms per step: ${list})` };
}

/** Milliseconds with two significant digits, e.g. "12 ms", "0.85 ms". */
export function formatMs(ms: number): string {
  return `${Number(ms.toPrecision(2))} ms`;
}

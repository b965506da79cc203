/**
 * The CNN bench's part of the bench page (imported by browser-entry.ts): exposes
 * `window.benchCnn(backend, plan)`, which fetches the shipped digits from the bench server, splits
 * them as the lab does and runs cnn-measure.ts in this page, and says what the GPU backends ran on.
 */
import type { BackendName } from '~ml/backend';
import { cnnLab } from '~lib/cnn-lab/setup';
import { decodeDigits, splitDigits } from '~lib/data/digits';
import { measureCnnBackend, type CnnBackendResult, type CnnPlan } from './cnn-measure.ts';

declare global {
  interface Window {
    benchCnn(backend: BackendName, plan: CnnPlan): Promise<CnnBackendResult>;
  }
}

/** The WebGL renderer or the WebGPU adapter this page gets (SwiftShader here: a software renderer). */
async function deviceOf(backend: BackendName): Promise<string | undefined> {
  if (backend === 'webgl') {
    const gl = document.createElement('canvas').getContext('webgl2');
    const info = gl?.getExtension('WEBGL_debug_renderer_info');
    return gl && info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : undefined;
  }
  if (backend === 'webgpu') {
    const gpu = (navigator as Navigator & { gpu?: { requestAdapter(): Promise<{ info?: { vendor: string; architecture: string } } | null> } }).gpu;
    const adapter = await gpu?.requestAdapter();
    return adapter ? `${adapter.info?.vendor ?? '?'} ${adapter.info?.architecture ?? ''}`.trim() : 'no adapter';
  }
  return undefined;
}

window.benchCnn = async (backend, plan) => {
  const response = await fetch('/__bench/digits-8x8.bin');
  const data = splitDigits(decodeDigits(await response.arrayBuffer()), cnnLab.split);
  const result = await measureCnnBackend('Chromium', backend, plan, data, (m) => console.info(`[bench] cnn ${m}`), {
    wasmPaths: '/__bench/wasm/',
    // SwiftShader is all this machine has; the lab itself starts a software WebGL only when asked by name.
    allowSoftwareWebgl: true,
  });
  const device = await deviceOf(backend);
  return device ? { ...result, device } : result;
};

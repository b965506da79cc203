/**
 * Choosing the tfjs backend. Node (tests, the recorder) uses 'cpu' or 'wasm'; the browser may
 * also ask for 'webgl' or 'webgpu'. Backends other than cpu/webgl are imported on demand, so a
 * page that never asks for wasm or webgpu never loads them.
 */
import * as tf from '@tensorflow/tfjs';

/** Backends the site knows how to start. */
export type BackendName = 'cpu' | 'wasm' | 'webgl' | 'webgpu';

/** Options for {@link useBackend}. */
export interface BackendOptions {
  /** Where the wasm binaries are served from (browser only; Node finds them in node_modules). */
  wasmPaths?: string;
}

/**
 * Make `name` the active backend; resolves to the backend actually in use, which is the old one
 * when `name` could not start (the caller shows a note rather than failing).
 */
export async function useBackend(name: BackendName, options: BackendOptions = {}): Promise<string> {
  try {
    if (name === 'wasm') {
      const wasm = await import('@tensorflow/tfjs-backend-wasm');
      if (options.wasmPaths) wasm.setWasmPaths(options.wasmPaths);
    } else if (name === 'webgpu') {
      await import('@tensorflow/tfjs-backend-webgpu');
    }
    await tf.setBackend(name);
  } catch {
    // Fall through: report whatever backend is active.
  }
  await tf.ready();
  return tf.getBackend();
}

/** The active backend's name. */
export function currentBackend(): string {
  return tf.getBackend();
}

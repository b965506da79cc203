/**
 * Starting a tfjs backend: the one starter every caller uses (the lab's worker, the ablation and
 * gradient-flow workers, the recorders, the bench and the tests). `startBackend` is strict: a
 * backend that does not start throws with the reason, so the lab can fall back and say so;
 * `useBackend` is lenient: it returns the backend actually in use. WASM is imported statically (it
 * registers itself and loads its binary only when started; the scripts' module runner cannot run
 * a later dynamic import); WebGPU is imported on demand, so only a reader who asks for it loads it.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** Backends the site knows how to start. */
export type BackendName = 'cpu' | 'wasm' | 'webgl' | 'webgpu';

/** Options for {@link startBackend} and {@link useBackend}. */
export interface StartOptions {
  /** WASM binaries by file name (hashed site assets), or a directory prefix; Node needs none. */
  wasmPaths?: Record<string, string> | string;
  /** Let WebGL start on a software renderer (only when the reader asked for WebGL by name). */
  allowSoftwareWebgl?: boolean;
  /** Test hook: throw as if the backend had failed to initialise. */
  fail?: boolean;
}

let wasmPathsSet = false;

/** Make `name` the active backend, or throw with the reason it could not start. */
export async function startBackend(name: BackendName, options: StartOptions = {}): Promise<void> {
  if (options.fail) throw new Error(`${name} was made to fail on purpose (lab-failbackend)`);
  if (name === 'wasm') {
    // The paths can be set once, before the first initialisation.
    if (options.wasmPaths && !wasmPathsSet) {
      setWasmPaths(options.wasmPaths as Parameters<typeof setWasmPaths>[0]);
      wasmPathsSet = true;
    }
  } else if (name === 'webgpu') {
    await import('@tensorflow/tfjs-backend-webgpu');
  } else if (name === 'webgl') {
    // tfjs refuses contexts with a "major performance caveat" (software GL) unless told otherwise.
    tf.env().set('SOFTWARE_WEBGL_ENABLED', options.allowSoftwareWebgl === true);
  }
  if (!tf.findBackendFactory(name)) throw new Error(`${name} is not registered in this browser`);
  const ok = await tf.setBackend(name);
  await tf.ready();
  if (!ok || tf.getBackend() !== name) throw new Error(`${name} did not initialise`);
}

/** Make `name` the active backend if it starts; resolves to the backend actually in use. */
export async function useBackend(name: BackendName, options: StartOptions = {}): Promise<string> {
  try {
    await startBackend(name, options);
  } catch {
    // Report whatever backend is active; the caller says so.
  }
  await tf.ready();
  return tf.getBackend();
}

/** The active backend's name. */
export function currentBackend(): string {
  return tf.getBackend();
}

/**
 * Start the wasm backend with a static import, for contexts where `useBackend`'s on-demand import
 * cannot run (the script runner closes its module loader after import) and for the ablation
 * worker, which passes the .wasm files' own URLs so the binaries are served from the site.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';

/** Make wasm the active backend; resolves to the backend in use (the old one if wasm failed). */
export async function startWasm(paths?: Record<string, string>): Promise<string> {
  try {
    if (paths) setWasmPaths(paths);
    await tf.setBackend('wasm');
  } catch {
    // Fall through: report whatever backend is active.
  }
  await tf.ready();
  return tf.getBackend();
}

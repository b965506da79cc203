/**
 * The WASM backend, registered when this module loads rather than on demand. Scripts run under
 * Vite's module runner (src/scripts/run.mjs), which closes before `main()` runs, so a later
 * dynamic `import()` (as in `useBackend`) fails there; a static import does not.
 */
import '@tensorflow/tfjs-backend-wasm';
import * as tf from '@tensorflow/tfjs';

/** Switch to the WASM backend; resolves to the backend actually in use. */
export async function useWasmBackend(): Promise<string> {
  try {
    await tf.setBackend('wasm');
  } catch {
    // Report whatever backend is active; the caller says so.
  }
  await tf.ready();
  return tf.getBackend();
}

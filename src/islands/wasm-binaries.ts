/// <reference types="vite/client" />
/**
 * The tfjs WASM backend's binaries, by the file names tfjs asks for, as hashed site assets: the
 * workers pass this map to `setWasmPaths`, so the binaries come from the site itself (under any
 * BASE_PATH) and never from a CDN.
 */
import threaded from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-threaded-simd.wasm?url';
import simd from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm-simd.wasm?url';
import plain from '@tensorflow/tfjs-backend-wasm/dist/tfjs-backend-wasm.wasm?url';

/** File name → URL of each WASM binary. */
export const WASM_BINARIES: Record<string, string> = {
  'tfjs-backend-wasm.wasm': plain,
  'tfjs-backend-wasm-simd.wasm': simd,
  'tfjs-backend-wasm-threaded-simd.wasm': threaded,
};

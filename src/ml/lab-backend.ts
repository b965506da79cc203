/**
 * Starting a tfjs backend for the training lab, strictly: unlike `useBackend`, a backend that does
 * not start throws, so the caller can fall back to the next one and say so. Also times a few
 * steps of a net on the active backend, which auto mode uses to pick the fastest.
 */
import * as tf from '@tensorflow/tfjs';
import { makeSpirals } from '~lib/data/spirals';
import type { LabBackend } from '~lib/lab-backends';
import { labData, type LabConfig } from '~lib/nets/lab';
import { createRng, deriveSeed } from '~lib/random';
import { buildModel } from './build-model';
import { createTrainer } from './train';

/** Options for {@link startBackend}. */
export interface StartOptions {
  /** WASM binaries by file name (hashed site assets), or a directory prefix. */
  wasmPaths?: Record<string, string> | string;
  /** Let WebGL start on a software renderer (only when the reader asked for WebGL by name). */
  allowSoftwareWebgl?: boolean;
  /** Test hook: throw as if the backend had failed to initialise. */
  fail?: boolean;
}

let wasmPathsSet = false;

/** Make `name` the active backend, or throw with the reason it could not start. */
export async function startBackend(name: LabBackend, options: StartOptions = {}): Promise<void> {
  if (options.fail) throw new Error(`${name} was made to fail on purpose (lab-failbackend)`);
  if (name === 'wasm') {
    const wasm = await import('@tensorflow/tfjs-backend-wasm');
    // The paths can be set once, before the first initialisation.
    if (options.wasmPaths && !wasmPathsSet) {
      wasm.setWasmPaths(options.wasmPaths as Parameters<typeof wasm.setWasmPaths>[0]);
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

/** True when the active WebGL backend's context has been lost. */
export function webglContextLost(): boolean {
  if (tf.getBackend() !== 'webgl') return false;
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  return gl?.isContextLost?.() ?? false;
}

/** Really lose the active WebGL context (the mid-run failure hook uses this). */
export function loseWebglContext(): void {
  if (tf.getBackend() !== 'webgl') return;
  const gl = (tf.backend() as unknown as { gpgpu?: { gl?: WebGLRenderingContext } }).gpgpu?.gl;
  gl?.getExtension('WEBGL_lose_context')?.loseContext();
}

/**
 * Milliseconds per optimiser step of the lab's last (deepest) net on the active backend: one
 * warm-up step (shader compilation, wasm start-up), then `steps` timed steps. Frees what it makes.
 */
export async function timeSteps(config: LabConfig, steps = 3): Promise<number> {
  const spec = config.models[config.models.length - 1]?.spec;
  if (!spec) throw new Error('the lab has no nets');
  const data = makeSpirals(labData(config));
  const model = buildModel(spec, createRng(deriveSeed(config.seed, 'init')));
  const trainer = createTrainer(model, data.train, { optimizer: config.optimizer, batchSize: config.batchSize, rng: createRng(1) });
  try {
    await trainer.run(1);
    const t0 = performance.now();
    await trainer.run(steps);
    return (performance.now() - t0) / steps;
  } finally {
    trainer.dispose();
    model.dispose();
  }
}

/**
 * What the training lab needs of a backend besides starting it (backend.ts): whether a WebGL
 * context was lost, a way to lose one (the failure hook), and a few timed steps of a net, which
 * auto mode uses to pick the fastest.
 */
import * as tf from '@tensorflow/tfjs';
import { makeSpirals } from '~lib/data/spirals';
import { labData, type LabConfig } from '~lib/nets/lab';
import { wireNet } from '../lab-net';

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
  const { model, trainer } = wireNet(spec, { seed: config.seed, id: 'timing', optimizer: config.optimizer, batchSize: config.batchSize, train: data.train });
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

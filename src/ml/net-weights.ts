/**
 * A built net's values out and in, as plain Float32Arrays in `variables` order (learned weights,
 * then BN running statistics): how a trained net leaves a worker, is recorded, and is rebuilt.
 */
import * as tf from '@tensorflow/tfjs';
import type { BuiltNet } from './built-net';

type AnyNet = Pick<BuiltNet<tf.Tensor, unknown>, 'variables'>;

/** Copies of every variable's values, in `variables` order. */
export async function readWeights(net: AnyNet): Promise<Float32Array[]> {
  return Promise.all(net.variables.map(async (v) => new Float32Array(await v.data())));
}

/** Set every variable from `values` (as `readWeights` gives them); throws on a count or size mismatch. */
export function writeWeights(net: AnyNet, values: readonly Float32Array[]): void {
  if (values.length !== net.variables.length) throw new RangeError(`expected ${net.variables.length} arrays, got ${values.length}`);
  net.variables.forEach((v, i) => {
    if (values[i]!.length !== v.size) throw new RangeError(`variable ${i} (${v.shape.join('×')}) needs ${v.size} values, got ${values[i]!.length}`);
  });
  tf.tidy(() => net.variables.forEach((v, i) => v.assign(tf.tensor(values[i]!, v.shape, 'float32'))));
}

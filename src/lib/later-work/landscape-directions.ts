/**
 * Li et al.'s (2018) filter-normalised random directions, on plain arrays: the loss-landscape
 * figure perturbs a trained net's weights θ along a Gaussian direction d rescaled filter by
 * filter, so that each filter of d is as long as the same filter of θ. Batch norm makes a layer
 * blind to the scale of its filters, so a raw Gaussian step would mean something different in
 * every layer; scaled this way, α = 1 is a step as large as the weights themselves everywhere.
 *
 * Our weight layers are dense: a "filter" is the weights into one output unit, one column of
 * the [in, out] kernel (stored row-major, element (i, j) at i·out + j). Biases and every batch
 * norm parameter (γ, β, running statistics) get direction 0, so the slice moves only kernels.
 */
import type { Rng } from '../random';

/** One variable of a net: its trained values, its shape, and whether its columns are filters (a dense kernel). */
export interface DirectionVar {
  theta: Float32Array;
  shape: readonly number[];
  /** True for a dense kernel [in, out]; false for biases and batch norm parameters (direction 0). */
  filter: boolean;
}

/**
 * d_{j} ← d_{j} · ‖θ_{j}‖ / ‖d_{j}‖ for each column j of a [in, out] kernel, in place. A column
 * of θ that is all zeros, or of d that is all zeros, leaves a zero column.
 */
export function filterNormalise(d: Float32Array, theta: Float32Array, shape: readonly number[]): Float32Array {
  if (shape.length !== 2) throw new RangeError(`a filter-normalised variable must be a [in, out] kernel, got shape [${shape.join(', ')}]`);
  const [rows, cols] = shape as [number, number];
  if (d.length !== rows * cols || theta.length !== rows * cols) throw new RangeError(`expected ${rows * cols} values`);
  for (let j = 0; j < cols; j++) {
    let dd = 0;
    let tt = 0;
    for (let i = 0; i < rows; i++) {
      dd += d[i * cols + j]! ** 2;
      tt += theta[i * cols + j]! ** 2;
    }
    const scale = dd > 0 ? Math.sqrt(tt / dd) : 0;
    for (let i = 0; i < rows; i++) d[i * cols + j] = d[i * cols + j]! * scale;
  }
  return d;
}

/**
 * A filter-normalised random direction for a whole net: standard normal draws for every kernel
 * (in variable order, so two nets with the same shapes get the same raw draws from the same
 * seed) rescaled to that net's own filter norms, and zeros for every other variable.
 */
export function drawDirection(rng: Rng, vars: readonly DirectionVar[]): Float32Array[] {
  return vars.map((v) => {
    const d = new Float32Array(v.theta.length);
    if (!v.filter) return d;
    for (let i = 0; i < d.length; i++) d[i] = rng.normal();
    return filterNormalise(d, v.theta, v.shape);
  });
}

/** The norm of column j of a row-major [rows, cols] array (what the tests compare). */
export function columnNorm(a: Float32Array, shape: readonly number[], j: number): number {
  const [rows, cols] = shape as [number, number];
  let s = 0;
  for (let i = 0; i < rows; i++) s += a[i * cols + j]! ** 2;
  return Math.sqrt(s);
}

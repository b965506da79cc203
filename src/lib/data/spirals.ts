/**
 * Two interleaved spirals in the plane: the lab's dataset, generated from a seed, never downloaded.
 * Class c ∈ {0, 1} follows the arm θ = 2π·turns·t + c·π at radius r = t, t ∈ [0, 1], plus
 * isotropic Gaussian noise, so both arms fill the square [-1, 1]² (up to the noise).
 */
import { createRng, deriveSeed } from '../random';

/** A labelled 2-D point set: `x` is row-major (n × 2), `y` holds class indices 0 or 1. */
export interface PointSet {
  /** Coordinates, row-major: x[2i], x[2i+1] are point i. */
  x: Float32Array;
  /** Labels as floats (0 or 1), one per point. */
  y: Float32Array;
  /** Number of points. */
  n: number;
}

/** Options for {@link makeSpirals}; every field has a default in {@link defaultSpiralOptions}. */
export interface SpiralOptions {
  /** Total number of points, split evenly between the two arms (odd n gives arm 0 one more). */
  n: number;
  /** Standard deviation of the Gaussian noise added to each coordinate. */
  noise: number;
  /** How many full turns each arm makes. */
  turns: number;
  /** Seed for positions, noise and the train/test split. */
  seed: number;
  /** Share of points held out as the test set, in [0, 1). */
  testFraction: number;
}

/** The spiral dataset split into a training and a test set. */
export interface SpiralData {
  /** Points used for training. */
  train: PointSet;
  /** Held-out points. */
  test: PointSet;
}

/** The labs' spirals, written once: 400 points, 2 turns, noise 0.05, a quarter held out. */
export const LAB_SPIRALS: Omit<SpiralOptions, 'seed'> = { n: 400, noise: 0.05, turns: 2, testFraction: 0.25 };

/** Default spiral options: the labs' spirals on seed 1. */
export const defaultSpiralOptions: SpiralOptions = { ...LAB_SPIRALS, seed: 1 };

/** Generate the two-spirals dataset, deterministic for a given option set (seed included). */
export function makeSpirals(options: Partial<SpiralOptions> = {}): SpiralData {
  const o = { ...defaultSpiralOptions, ...options };
  const n = Math.max(2, Math.floor(o.n));
  if (!(o.testFraction >= 0 && o.testFraction < 1)) {
    throw new RangeError(`testFraction must be in [0, 1), got ${o.testFraction}`);
  }
  const rng = createRng(deriveSeed(o.seed, 'spirals'));
  const xs = new Float32Array(n * 2);
  const ys = new Float32Array(n);
  const perArm = Math.ceil(n / 2);
  for (let i = 0; i < n; i++) {
    const c = i < perArm ? 0 : 1;
    // sqrt makes the points roughly uniform along the arm's length rather than crowded at the centre.
    const t = Math.sqrt(rng.uniform());
    const theta = 2 * Math.PI * o.turns * t + c * Math.PI;
    xs[2 * i] = t * Math.cos(theta) + rng.normal(0, o.noise);
    xs[2 * i + 1] = t * Math.sin(theta) + rng.normal(0, o.noise);
    ys[i] = c;
  }
  const order = rng.shuffle(Array.from({ length: n }, (_, i) => i));
  const nTest = Math.min(n - 1, Math.round(n * o.testFraction));
  return {
    test: pick(xs, ys, order.slice(0, nTest)),
    train: pick(xs, ys, order.slice(nTest)),
  };
}

function pick(xs: Float32Array, ys: Float32Array, idx: readonly number[]): PointSet {
  const x = new Float32Array(idx.length * 2);
  const y = new Float32Array(idx.length);
  idx.forEach((j, k) => {
    x[2 * k] = xs[2 * j] as number;
    x[2 * k + 1] = xs[2 * j + 1] as number;
    y[k] = ys[j] as number;
  });
  return { x, y, n: idx.length };
}

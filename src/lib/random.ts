/**
 * A small seeded pseudo-random generator (mulberry32) for everything that must be reproducible:
 * datasets, weight initialisation, minibatch order and dropout masks. It is passed around
 * explicitly; nothing here touches Math.random.
 */

/** A seeded random stream; each call advances its private 32-bit state. */
export interface Rng {
  /** The seed this stream started from. */
  readonly seed: number;
  /** A float uniformly distributed in [lo, hi) (default [0, 1)). */
  uniform(lo?: number, hi?: number): number;
  /** A normal draw with the given mean and standard deviation (Box–Muller). */
  normal(mean?: number, std?: number): number;
  /** An integer uniformly distributed in [0, n). */
  int(n: number): number;
  /** A shuffled copy of `items` (Fisher–Yates); the input array is left untouched. */
  shuffle<T>(items: readonly T[]): T[];
}

/** Normalise any number to an unsigned 32-bit seed (non-finite values become 0). */
export function toSeed(value: number): number {
  if (!Number.isFinite(value)) return 0;
  return Math.trunc(value) >>> 0;
}

/** A child seed for a named purpose, so streams for data, init and batches never overlap (FNV-1a). */
export function deriveSeed(seed: number, label: string): number {
  let h = 0x811c9dc5 ^ toSeed(seed);
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  // Final avalanche so that nearby labels give unrelated seeds.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0;
}

/** A new mulberry32 stream starting from `seed`. */
export function createRng(seed: number): Rng {
  const start = toSeed(seed);
  let state = start;
  let spare: number | null = null;

  // mulberry32 (Tommy Ettinger): 32-bit state, period 2^32, passes gjrand/PractRand at this size.
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  return {
    seed: start,
    uniform(lo = 0, hi = 1) {
      return lo + (hi - lo) * next();
    },
    normal(mean = 0, std = 1) {
      if (spare !== null) {
        const z = spare;
        spare = null;
        return mean + std * z;
      }
      // Box–Muller: two uniforms give two independent standard normals; keep the second.
      let u = 0;
      while (u === 0) u = next();
      const v = next();
      const r = Math.sqrt(-2 * Math.log(u));
      spare = r * Math.sin(2 * Math.PI * v);
      return mean + std * r * Math.cos(2 * Math.PI * v);
    },
    int(n: number) {
      if (!(n >= 1)) throw new RangeError(`int(n) needs n >= 1, got ${n}`);
      return Math.floor(next() * Math.floor(n));
    },
    shuffle<T>(items: readonly T[]): T[] {
      const out = items.slice();
      for (let i = out.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        const tmp = out[i] as T;
        out[i] = out[j] as T;
        out[j] = tmp;
      }
      return out;
    },
  };
}

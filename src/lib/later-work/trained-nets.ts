/**
 * The trained nets that the later-work figures (lesion study, loss landscape) examine: the deep
 * plain net and the deep residual net of equal depth from one training-lab run, with the run's
 * URL query (which rebuilds its set-up, data and seed through the lab's own grammar) and every
 * variable's values. Either the recorded run (src/lib/recorded/lab-nets.json, `npm run record --
 * lab-nets`) or the reader's own, handed from the training lab through session storage. This
 * file only describes and (de)serialises them; src/ml rebuilds the nets.
 */
import { z } from '../zod';
import type { LabConfig } from '../nets/lab';
import { labConfigOf } from '../training-lab/lab-config';
import { parseLabQuery } from '../training-lab/lab-state';

/** One trained net: its id in the lab run and its variables' values in build order. */
export interface TrainedNet {
  id: string;
  weights: Float32Array[];
}

/** Where a pair comes from: the site's recorded run, or the reader's run in the training lab. */
export type PairSource = 'recorded' | 'reader';

/** The deep plain and deep residual nets of one lab run. */
export interface TrainedPair {
  source: PairSource;
  /** The training lab's URL query for the run (autorun off). */
  query: string;
  /** Steps the nets had taken when they were saved. */
  step: number;
  plain: TrainedNet;
  residual: TrainedNet;
}

/** The lab run's set-up, rebuilt from its query by the lab's own parser (bad parts fall back to defaults). */
export function configOfPair(pair: Pick<TrainedPair, 'query'>): LabConfig {
  return labConfigOf(parseLabQuery(pair.query).state);
}

/**
 * The ids of the deep plain and deep residual nets of equal depth in a lab run, or null when the
 * run has no such pair.
 */
export function pairIds(config: LabConfig): { plain: string; residual: string; depth: number } | null {
  for (const r of config.models) {
    if (r.spec.shortcut === 'none') continue;
    const p = config.models.find((m) => m.spec.shortcut === 'none' && m.spec.depth === r.spec.depth);
    if (p) return { plain: p.id, residual: r.id, depth: r.spec.depth };
  }
  return null;
}

const toBase64 = (a: Float32Array): string => {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
};

const fromBase64 = (s: string): Float32Array => {
  const bin = atob(s);
  if (bin.length % 4 !== 0) throw new RangeError('not a whole number of float32 values');
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return new Float32Array(bytes.buffer);
};

const NetSchema = z.object({ id: z.string().max(40), weights: z.array(z.string()).max(1000) });
const PairSchema = z.object({
  format: z.literal(1),
  source: z.enum(['recorded', 'reader']),
  query: z.string().max(2000),
  step: z.int().min(0),
  plain: NetSchema,
  residual: NetSchema,
});

/** The JSON text of a pair: weights as base64 little-endian float32 (what storage and the recording hold). */
export function encodePair(pair: TrainedPair): string {
  const net = (n: TrainedNet) => ({ id: n.id, weights: n.weights.map(toBase64) });
  return JSON.stringify({ format: 1, source: pair.source, query: pair.query, step: pair.step, plain: net(pair.plain), residual: net(pair.residual) });
}

/** A pair back from `encodePair`'s text, or a reason it cannot be read. Does not check sizes (the build does). */
export function decodePair(text: string): { ok: true; pair: TrainedPair } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'the saved nets are not valid JSON' };
  }
  const parsed = PairSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: 'the saved nets are not in the expected format' };
  try {
    const net = (n: z.infer<typeof NetSchema>): TrainedNet => ({ id: n.id, weights: n.weights.map(fromBase64) });
    const { source, query, step } = parsed.data;
    const pair: TrainedPair = { source, query, step, plain: net(parsed.data.plain), residual: net(parsed.data.residual) };
    for (const w of [...pair.plain.weights, ...pair.residual.weights]) {
      if (!w.every(Number.isFinite)) return { ok: false, reason: 'the saved nets hold values that are not finite numbers' };
    }
    return { ok: true, pair };
  } catch {
    return { ok: false, reason: 'the saved weights are not valid base64 float32 data' };
  }
}

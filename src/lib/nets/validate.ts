/**
 * Bring any candidate spec (from a URL, a control, a test) inside safe limits, and say what
 * changed so the page can show a visible note instead of failing.
 */
import { isPlacementKey } from './placements';
import { isShortcutKey } from './shortcuts';
import { activations, defaultSpec, initSchemes, type MlpSpec } from './spec';

/** Inclusive limits for the numeric spec fields; depth is also rounded up to an even number. */
export const specLimits = {
  depth: { min: 2, max: 100 },
  width: { min: 2, max: 64 },
  lambda: { min: 0, max: 1.5 },
  gateBias: { min: -10, max: 10 },
  dropP: { min: 0, max: 0.9 },
} as const;

/** A spec inside the limits plus one human-readable note per field that was changed. */
export interface ValidatedSpec {
  /** The safe spec. */
  spec: MlpSpec;
  /** What was changed and why, e.g. "depth 7 → 8 (depth counts pairs of layers, so it is even)". */
  changes: string[];
}

/** Clamp and default every field of `input`; unknown fields are ignored, missing ones defaulted. */
export function validateSpec(input: unknown, fallback: MlpSpec = defaultSpec): ValidatedSpec {
  const raw = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const changes: string[] = [];

  const num = (key: keyof typeof specLimits, integer: boolean): number => {
    const { min, max } = specLimits[key];
    const given = raw[key];
    if (given === undefined) return fallback[key];
    const v = typeof given === 'number' ? given : Number(given);
    if (!Number.isFinite(v)) {
      changes.push(`${key} ${String(given)} → ${fallback[key]} (not a number)`);
      return fallback[key];
    }
    let out = Math.min(max, Math.max(min, integer ? Math.round(v) : v));
    if (key === 'depth' && out % 2 === 1) out = out + 1 > max ? out - 1 : out + 1;
    if (out !== v) {
      const why = out === min || out === max ? `allowed ${min}–${max}` : key === 'depth' ? 'depth counts pairs of layers, so it is even' : 'whole numbers only';
      changes.push(`${key} ${v} → ${out} (${why})`);
    }
    return out;
  };

  const pick = <K extends 'shortcut' | 'placement' | 'init' | 'activation'>(key: K, ok: (v: unknown) => boolean): MlpSpec[K] => {
    const given = raw[key];
    if (given === undefined) return fallback[key];
    if (ok(given)) return given as MlpSpec[K];
    changes.push(`${key} "${String(given)}" → "${fallback[key]}" (unknown)`);
    return fallback[key];
  };

  const bool = (key: 'scaleBranch' | 'batchNorm' | 'zeroInitBranch'): boolean => {
    const given = raw[key];
    if (given === undefined) return fallback[key];
    if (typeof given === 'boolean') return given;
    if (given === 'true' || given === '1' || given === 1) return true;
    if (given === 'false' || given === '0' || given === 0) return false;
    changes.push(`${key} "${String(given)}" → ${fallback[key]} (not a yes/no value)`);
    return fallback[key];
  };

  const fixed = (key: 'inputDim' | 'classes'): number => {
    const given = raw[key];
    if (given !== undefined && given !== fallback[key]) {
      changes.push(`${key} ${String(given)} → ${fallback[key]} (fixed by the dataset)`);
    }
    return fallback[key];
  };

  const spec: MlpSpec = {
    depth: num('depth', true),
    width: num('width', true),
    shortcut: pick('shortcut', isShortcutKey),
    lambda: num('lambda', false),
    scaleBranch: bool('scaleBranch'),
    gateBias: num('gateBias', false),
    dropP: num('dropP', false),
    placement: pick('placement', isPlacementKey),
    batchNorm: bool('batchNorm'),
    activation: pick('activation', (v) => typeof v === 'string' && Object.hasOwn(activations, v)),
    init: pick('init', (v) => typeof v === 'string' && Object.hasOwn(initSchemes, v)),
    zeroInitBranch: bool('zeroInitBranch'),
    inputDim: fixed('inputDim'),
    classes: fixed('classes'),
  };
  return { spec, changes };
}

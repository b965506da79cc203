/**
 * URL state of the training lab (`lab-…` parameters): every control, so that a link reproduces a
 * run. A pure parse/format pair; only the island reads or writes `location`. Values outside the
 * limits are clamped and anything unreadable falls back to the default, each with a note.
 */
import * as z from 'zod/mini';
import { BACKEND_CHOICES, LAB_BACKENDS, type BackendChoice, type LabBackend } from './lab-backends';
import { MAX_LAB_WORKERS } from './lab-lanes';
import { degradationLab } from './nets/lab';

/** Optimisers the lab offers (the core's OptimizerSpec kinds). */
export const LAB_OPTIMIZERS = ['adam', 'momentum', 'sgd'] as const;

/** One of {@link LAB_OPTIMIZERS}. */
export type LabOptimizer = (typeof LAB_OPTIMIZERS)[number];

/** Labels for the optimiser select. */
export const OPTIMIZER_LABELS: Record<LabOptimizer, string> = {
  adam: 'Adam',
  momentum: 'SGD, momentum 0.9 (P1)',
  sgd: 'SGD',
};

/** A test hook: make one backend fail at start-up, or lose it after the first chunk of steps. */
export interface FailBackend {
  backend: LabBackend;
  when: 'init' | 'midrun';
}

/** The lab's whole state. */
export const LabStateSchema = z.object({
  /** Depth of the two deep nets (hidden weight layers, even). */
  depth: z.int(),
  /** Width of all three nets. */
  width: z.int(),
  /** Optimiser kind. */
  optimizer: z.enum(LAB_OPTIMIZERS),
  /** Initial learning rate (the schedule's drops keep their share of the run). */
  lr: z.number(),
  /** Optimiser steps per net. */
  steps: z.int(),
  /** Seeds the data, the init and the batch order. */
  seed: z.int(),
  /** Batch norm after every weight layer, as in P1 (off: the nets without BN). */
  bn: z.boolean(),
  /** Start every residual branch at zero, so each unit begins as its identity shortcut. */
  zeroInit: z.boolean(),
  /** Requested backend, or auto. */
  backend: z.enum(BACKEND_CHOICES as [BackendChoice, ...BackendChoice[]]),
  /** Start training on load (course links, tests). */
  autorun: z.boolean(),
  /** Debug: force a backend failure (`lab-failbackend=wasm`, `=webgl-midrun`). */
  failBackend: z.nullable(z.object({ backend: z.enum(LAB_BACKENDS), when: z.enum(['init', 'midrun']) })),
  /** Debug: train in at most this many workers (`lab-workers=1`: every net in one, as `npm run bench` compares); null: one per net, at most one per core. */
  workers: z.nullable(z.int().check(z.minimum(1), z.maximum(MAX_LAB_WORKERS))),
});

/** A valid lab state. */
export type LabState = z.infer<typeof LabStateSchema>;

const [shallowModel, deepModel] = degradationLab.models;
/** Depth of the shallow plain net; the lab's depth control moves the two deep nets only. */
export const SHALLOW_DEPTH = shallowModel?.spec.depth ?? 8;

/**
 * Limits that keep a phone responsive: the deep nets stay deeper than the shallow one and at
 * most 64 layers; a run is at most 2,000 steps (the memory test's length).
 */
export const LAB_LIMITS = {
  depth: { min: SHALLOW_DEPTH + 2, max: 64 },
  width: { min: 4, max: 32 },
  lr: { min: 1e-5, max: 1 },
  steps: { min: 20, max: 2000 },
  seed: { min: 0, max: 999_999 },
} as const;

/** The default lab: exactly `degradationLab` from the core, trained on the auto-chosen backend. */
export const DEFAULT_LAB_STATE: LabState = {
  depth: deepModel?.spec.depth ?? 50,
  width: deepModel?.spec.width ?? 16,
  optimizer: degradationLab.optimizer.kind,
  lr: degradationLab.optimizer.learningRate,
  steps: degradationLab.steps,
  seed: degradationLab.seed,
  bn: deepModel?.spec.batchNorm ?? true,
  zeroInit: degradationLab.models.some((m) => m.spec.zeroInitBranch),
  backend: 'auto',
  autorun: false,
  failBackend: null,
  workers: null,
};

/** Query parameter names; `lab-` keeps them apart from other figures' state on the page. */
export const LAB_PARAMS = {
  depth: 'lab-depth',
  width: 'lab-width',
  optimizer: 'lab-optimizer',
  lr: 'lab-lr',
  steps: 'lab-steps',
  seed: 'lab-seed',
  bn: 'lab-bn',
  zeroInit: 'lab-zeroinit',
  backend: 'lab-backend',
  autorun: 'lab-autorun',
  failBackend: 'lab-failbackend',
  workers: 'lab-workers',
} as const satisfies Record<keyof LabState, string>;

/** A parsed state and one sentence per value that was corrected or ignored. */
export interface ParsedLabState {
  /** Always valid and inside {@link LAB_LIMITS}. */
  state: LabState;
  /** Empty when the URL was fine. */
  notes: string[];
}

/** A plain decimal number: no hex, no Infinity, no trailing junk. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** A value as it may be shown in a note: control characters removed, at most 24 characters. */
export function shownValue(raw: string): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const clean = raw.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '');
  return clean.length > 24 ? `${clean.slice(0, 24)}…` : clean;
}

type NumericKey = keyof typeof LAB_LIMITS;

/** Reads one numeric parameter, clamping it (and making it whole / even) with a note. */
function readNumber(params: URLSearchParams, key: NumericKey, fallback: number, notes: string[]): number {
  const name = LAB_PARAMS[key];
  const raw = params.get(name);
  if (raw === null) return fallback;
  const { min, max } = LAB_LIMITS[key];
  const text = raw.trim();
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (!Number.isFinite(value)) {
    notes.push(`${name}=“${shownValue(raw)}” is not a number; using ${fallback}.`);
    return fallback;
  }
  let out = Math.min(max, Math.max(min, key === 'lr' ? value : Math.round(value)));
  if (key === 'depth' && out % 2 === 1) out = out + 1 > max ? out - 1 : out + 1;
  if (out !== value) {
    const rule = key === 'depth' ? `even, ${min}–${max}` : key === 'lr' ? `${min}–${max}` : `whole numbers, ${min}–${max}`;
    notes.push(`${name}=${shownValue(text)} was changed to ${out} (allowed: ${rule}).`);
  }
  return out;
}

/** Reads one enumerated parameter (case-insensitive), falling back with a note. */
function readChoice<T extends string>(params: URLSearchParams, name: string, options: readonly T[], fallback: T, notes: string[]): T {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  const hit = options.find((o) => o === value);
  if (hit) return hit;
  notes.push(`${name}=“${shownValue(raw)}” is not one of ${options.join(', ')}; using ${fallback}.`);
  return fallback;
}

/** Reads an on/off parameter (1/0, true/false, yes/no; present and empty means on). */
function readFlag(params: URLSearchParams, name: string, fallback: boolean, notes: string[], fallbackNote: string): boolean {
  const raw = params.get(name);
  if (raw === null) return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', ''].includes(value)) return true;
  if (['0', 'false', 'no'].includes(value)) return false;
  notes.push(`${name}=“${shownValue(raw)}” is not 1 or 0; ${fallbackNote}.`);
  return fallback;
}

function readFailBackend(params: URLSearchParams, notes: string[]): FailBackend | null {
  const raw = params.get(LAB_PARAMS.failBackend);
  if (raw === null) return null;
  const [name, when = 'init'] = raw.trim().toLowerCase().split('-');
  const parsed = LabStateSchema.shape.failBackend.safeParse({ backend: name, when });
  if (parsed.success) return parsed.data;
  notes.push(`${LAB_PARAMS.failBackend}=“${shownValue(raw)}” is not a backend (optionally with -midrun); ignored.`);
  return null;
}

function readWorkers(params: URLSearchParams, notes: string[]): number | null {
  const raw = params.get(LAB_PARAMS.workers);
  if (raw === null) return null;
  const value = Number(raw.trim());
  if (/^\d+$/.test(raw.trim()) && value >= 1 && value <= MAX_LAB_WORKERS) return value;
  notes.push(`${LAB_PARAMS.workers}=“${shownValue(raw)}” is not a whole number of workers from 1 to ${MAX_LAB_WORKERS}; ignored.`);
  return null;
}

/** Reads the lab's state from a query string; other figures' parameters are ignored. */
export function parseLabQuery(query: string | URLSearchParams, fallback: LabState = DEFAULT_LAB_STATE): ParsedLabState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const notes: string[] = [];
  for (const name of Object.values(LAB_PARAMS)) {
    const count = params.getAll(name).length;
    if (count > 1) notes.push(`${name} was given ${count} times; the first value was used.`);
  }
  const state: LabState = {
    depth: readNumber(params, 'depth', fallback.depth, notes),
    width: readNumber(params, 'width', fallback.width, notes),
    optimizer: readChoice(params, LAB_PARAMS.optimizer, LAB_OPTIMIZERS, fallback.optimizer, notes),
    lr: readNumber(params, 'lr', fallback.lr, notes),
    steps: readNumber(params, 'steps', fallback.steps, notes),
    seed: readNumber(params, 'seed', fallback.seed, notes),
    bn: readFlag(params, LAB_PARAMS.bn, fallback.bn, notes, `using ${fallback.bn ? 'batch norm' : 'no batch norm'}`),
    zeroInit: readFlag(params, LAB_PARAMS.zeroInit, fallback.zeroInit, notes, `branches start ${fallback.zeroInit ? 'at zero' : 'He-random'}`),
    backend: readChoice(params, LAB_PARAMS.backend, BACKEND_CHOICES, fallback.backend, notes),
    autorun: readFlag(params, LAB_PARAMS.autorun, false, notes, 'the lab waits for Train'),
    failBackend: readFailBackend(params, notes),
    workers: readWorkers(params, notes),
  };
  return { state: LabStateSchema.parse(state), notes };
}

/** Every control as query parameters (autorun and the debug hooks only when set). */
export function formatLabQuery(state: LabState): string {
  const s = LabStateSchema.parse(state);
  const params = new URLSearchParams({
    [LAB_PARAMS.depth]: String(s.depth),
    [LAB_PARAMS.width]: String(s.width),
    [LAB_PARAMS.optimizer]: s.optimizer,
    [LAB_PARAMS.lr]: String(s.lr),
    [LAB_PARAMS.steps]: String(s.steps),
    [LAB_PARAMS.seed]: String(s.seed),
    [LAB_PARAMS.bn]: s.bn ? '1' : '0',
    [LAB_PARAMS.zeroInit]: s.zeroInit ? '1' : '0',
    [LAB_PARAMS.backend]: s.backend,
  });
  if (s.autorun) params.set(LAB_PARAMS.autorun, '1');
  if (s.failBackend) params.set(LAB_PARAMS.failBackend, `${s.failBackend.backend}${s.failBackend.when === 'midrun' ? '-midrun' : ''}`);
  if (s.workers !== null) params.set(LAB_PARAMS.workers, String(s.workers));
  return params.toString();
}

/** True when two states train the same run (backend and test hooks aside). */
export function sameRun(a: LabState, b: LabState): boolean {
  return (
    a.depth === b.depth &&
    a.width === b.width &&
    a.optimizer === b.optimizer &&
    a.lr === b.lr &&
    a.steps === b.steps &&
    a.seed === b.seed &&
    a.bn === b.bn &&
    a.zeroInit === b.zeroInit
  );
}

/**
 * URL state of the training lab (`lab-…` parameters): every control, so that a link reproduces a
 * run. One table (`labUrlTable`) drives parse, format, the clamping notes and the controls' ranges;
 * only the island reads or writes `location`. Values outside the limits are clamped and anything
 * unreadable falls back to the default, each with a note.
 */
import * as z from 'zod/mini';
import { BACKEND_CHOICES, LAB_BACKENDS, type BackendChoice, type LabBackend } from './lab-backends';
import { MAX_LAB_WORKERS } from './lab-lanes';
import { degradationLab } from '../nets/lab';
import { formatQuery } from '../url-state/format';
import { expected, firstValueUsed, rangeOf } from '../url-state/notes';
import { parseQuery } from '../url-state/parse';
import { defaultsOf, namesOf, type AnyParam, type Grammar, type IntParam, type NumericParam, type Table, type Wording } from '../url-state/table';

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

/**
 * The debug hook `lab-workers`: read strictly (digits, inside the limits) or ignored, never
 * clamped. A row of {@link labUrlTable}, declared first because the state schema reads its limits.
 */
const WORKERS = { min: 1, max: MAX_LAB_WORKERS } as const;
const workersRow = {
  kind: 'int',
  name: 'lab-workers',
  ...WORKERS,
  strict: true,
  default: null,
  inherit: false,
  write: 'changed',
  expects: `a whole number of workers from ${WORKERS.min} to ${WORKERS.max}`,
} as const satisfies IntParam;

/** The debug hook `lab-failbackend`: a backend, optionally with `-midrun`. */
const FailBackendSchema = z.object({ backend: z.enum(LAB_BACKENDS), when: z.enum(['init', 'midrun']) });

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
  failBackend: z.nullable(FailBackendSchema),
  /** Debug: train in at most this many workers (`lab-workers=1`: every net in one, as `npm run bench` compares); null: one per net, at most one per core. */
  workers: z.nullable(z.int().check(z.minimum(workersRow.min), z.maximum(workersRow.max))),
});

/** A valid lab state. */
export type LabState = z.infer<typeof LabStateSchema>;

const [shallowModel, deepModel] = degradationLab.models;
/** Depth of the shallow plain net; the lab's depth control moves the two deep nets only. */
export const SHALLOW_DEPTH = shallowModel?.spec.depth ?? 8;

/** The lab's spelling: plain decimals, words in any case, on/off as 1/0, true/false or yes/no (present and empty means on). */
const LAB_GRAMMAR: Grammar = { numbers: 'decimal', overflow: 'unreadable', fold: true, on: ['1', 'true', 'yes', ''], off: ['0', 'false', 'no'] };

/** What a fallback means, for the end of an unreadable-value note. */
function fallbackMeaning(row: AnyParam, fallback: unknown): string {
  if (row.kind === 'flag' && row.says) return row.says(Boolean(fallback));
  return fallback === null ? 'ignored' : `using ${String(fallback)}`;
}

/** The rule a changed number broke, e.g. "even, 10–64". */
function allowed(row: NumericParam): string {
  if (row.kind === 'number') return rangeOf(row);
  return `${row.even ? 'even' : 'whole numbers'}, ${rangeOf(row)}`;
}

/** The lab's notes: `lab-x=“value” is not …; using …` and `lab-x=value was changed to … (allowed: …)`. */
const LAB_WORDING: Wording = {
  repeated: firstValueUsed,
  unreadable: (row, raw, fallback) => `${row.name}=“${raw}” is not ${expected(row)}; ${fallbackMeaning(row, fallback)}.`,
  adjusted: (row, { raw, out }) => `${row.name}=${raw.trim()} was changed to ${out} (allowed: ${allowed(row)}).`,
};

/**
 * The lab's parameters. Limits keep a phone responsive: the deep nets stay deeper than the
 * shallow one and at most 64 layers; a run is at most 2,000 steps (the memory test's length). The
 * defaults are exactly `degradationLab` from the core, trained on the auto-chosen backend.
 */
export const labUrlTable = {
  params: {
    depth: { kind: 'int', name: 'lab-depth', min: SHALLOW_DEPTH + 2, max: 64, even: true, default: deepModel?.spec.depth ?? 50, write: 'always' },
    width: { kind: 'int', name: 'lab-width', min: 4, max: 32, default: deepModel?.spec.width ?? 16, write: 'always' },
    optimizer: { kind: 'enum', name: 'lab-optimizer', options: LAB_OPTIMIZERS, default: degradationLab.optimizer.kind, write: 'always' },
    lr: { kind: 'number', name: 'lab-lr', min: 1e-5, max: 1, default: degradationLab.optimizer.learningRate, write: 'always' },
    steps: { kind: 'int', name: 'lab-steps', min: 20, max: 2000, default: degradationLab.steps, write: 'always' },
    seed: { kind: 'int', name: 'lab-seed', min: 0, max: 999_999, default: degradationLab.seed, write: 'always' },
    bn: {
      kind: 'flag',
      name: 'lab-bn',
      default: deepModel?.spec.batchNorm ?? true,
      says: (on) => (on ? 'using batch norm' : 'using no batch norm'),
      write: 'always',
    },
    zeroInit: {
      kind: 'flag',
      name: 'lab-zeroinit',
      default: degradationLab.models.some((m) => m.spec.zeroInitBranch),
      says: (on) => `branches start ${on ? 'at zero' : 'He-random'}`,
      write: 'always',
    },
    backend: { kind: 'enum', name: 'lab-backend', options: BACKEND_CHOICES, default: 'auto', write: 'always' },
    autorun: {
      kind: 'flag',
      name: 'lab-autorun',
      default: false,
      inherit: false,
      says: (on) => (on ? 'the lab trains at once' : 'the lab waits for Train'),
      write: 'changed',
    },
    failBackend: {
      kind: 'custom',
      name: 'lab-failbackend',
      default: null,
      inherit: false,
      expects: 'a backend (optionally with -midrun)',
      write: 'changed',
      fromText: (text) => {
        const [backend, when = 'init'] = text.split('-');
        const parsed = FailBackendSchema.safeParse({ backend, when });
        return parsed.success ? parsed.data : undefined;
      },
      toText: (f) => `${f.backend}${f.when === 'midrun' ? '-midrun' : ''}`,
    },
    workers: workersRow,
  },
  grammar: LAB_GRAMMAR,
  wording: LAB_WORDING,
} satisfies Table<LabState>;

/** The numeric controls' limits, read from {@link labUrlTable}. */
export const LAB_LIMITS = {
  depth: limitsOf(labUrlTable.params.depth),
  width: limitsOf(labUrlTable.params.width),
  lr: limitsOf(labUrlTable.params.lr),
  steps: limitsOf(labUrlTable.params.steps),
  seed: limitsOf(labUrlTable.params.seed),
};

/** A number row's limits alone. */
function limitsOf(row: { min: number; max: number }): { min: number; max: number } {
  return { min: row.min, max: row.max };
}

/** The default lab: exactly `degradationLab` from the core, trained on the auto-chosen backend. */
export const DEFAULT_LAB_STATE: LabState = defaultsOf<LabState>(labUrlTable);

/** Query parameter names; `lab-` keeps them apart from other figures' state on the page. */
export const LAB_PARAMS = namesOf<LabState>(labUrlTable);

/** A parsed state and one sentence per value that was corrected or ignored. */
export interface ParsedLabState {
  /** Always valid and inside {@link LAB_LIMITS}. */
  state: LabState;
  /** Empty when the URL was fine. */
  notes: string[];
}

/** Reads the lab's state from a query string; other figures' parameters are ignored. */
export function parseLabQuery(query: string | URLSearchParams, fallback: LabState = DEFAULT_LAB_STATE): ParsedLabState {
  const { state, notes } = parseQuery<LabState>(labUrlTable, query, fallback);
  return { state: LabStateSchema.parse(state), notes };
}

/** Every control as query parameters (autorun and the debug hooks only when set). */
export function formatLabQuery(state: LabState): string {
  return formatQuery<LabState>(labUrlTable, LabStateSchema.parse(state));
}

/** The query that names a run by its set-up alone: backend choice, autorun and test hooks left out (recordings, saved nets). */
export function runQuery(state: LabState): string {
  return formatLabQuery({ ...state, backend: 'auto', autorun: false, failBackend: null, workers: null });
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

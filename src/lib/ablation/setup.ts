/**
 * The two ablation set-ups as data: P2 Table 1's shortcut variants (P2 Fig. 2) and P2 Table 2's
 * activation placements (P2 Fig. 4), each re-run on the lab's two-spiral problem at equal depth
 * and width over several seeds. The recorder replays these objects, the figure prints them, and
 * tests/ml checks what they give.
 */
import { defaultSpiralOptions, type SpiralOptions } from '../data/spirals';
import { degradationLab, labNet, PAPER_LEARNING_RATE, type OptimizerSpec, type TrainingSetup } from '../nets/lab';
import { makeSpec, type MlpSpec } from '../nets/spec';

/** Which ablation: P2 Table 1 (shortcuts) or P2 Table 2 (activation placements). */
export type AblationKind = 'shortcuts' | 'activations';

/** One arm of an ablation and the paper row it re-runs. */
export interface AblationVariant {
  /** Stable id for curves, table rows and URL state, e.g. "scale-f1". */
  id: string;
  /** Legend label. */
  label: string;
  /** Spec fields that differ from the set-up's base spec. */
  spec: Partial<MlpSpec>;
  /** The paper cell it is compared with: table id, row key, column key. */
  paper: { table: 'p2-table-1' | 'p2-table-2'; row: string; column: string };
}

/** A whole ablation: every variant trains full batch on every seed with the same data, optimiser and steps. */
export interface AblationSetup extends TrainingSetup {
  kind: AblationKind;
  /** Spec fields shared by every variant (depth, width, BN, init …). */
  base: Partial<MlpSpec>;
  /** Record the training loss every this many steps (step 0 and the last are always recorded). */
  recordEvery: number;
  /** Seeds: each seeds the data, the initial weights and the dropout masks of one run. */
  seeds: number[];
  /** The arms, in the paper's row order. */
  variants: AblationVariant[];
}

const t1 = (row: string) => ({ table: 'p2-table-1', row, column: 'error' }) as const;
const t2 = (row: string) => ({ table: 'p2-table-2', row, column: 'resnet110' }) as const;

/**
 * The training lab's optimiser (SGD, momentum 0.9, weight decay 1e-4, divided by 10 twice) at
 * P1's learning rate ({@link PAPER_LEARNING_RATE}: the ablations compare variants at the papers'
 * own rate), with its drops moved to the same fractions of `steps` as in the
 * lab (50% and 75%).
 */
export function labOptimizerFor(steps: number): OptimizerSpec {
  const o = degradationLab.optimizer;
  const f = steps / degradationLab.steps;
  return { ...o, learningRate: PAPER_LEARNING_RATE, ...(o.decaySteps ? { decaySteps: o.decaySteps.map((s) => Math.max(1, Math.round(s * f))) } : {}) };
}

/**
 * Spec fields shared by every arm: the training lab's residual net at `depth` (P1's post-activation
 * unit with BN after every weight layer, He init on every layer, no zero-initialised branch).
 */
function labBase(depth: number): Partial<MlpSpec> {
  return { ...labNet(depth, true).spec };
}

const SHORTCUT_STEPS = 400;
const ACTIVATION_STEPS = 400;

/** P2 Fig. 2's shortcuts on the training lab's residual net at 20 layers (10 units), in the lab's P1 setting. */
export const shortcutAblation: AblationSetup = {
  kind: 'shortcuts',
  base: labBase(20),
  data: degradationLab.data,
  optimizer: labOptimizerFor(SHORTCUT_STEPS),
  steps: SHORTCUT_STEPS,
  recordEvery: 20,
  seeds: [1, 2, 3],
  variants: [
    { id: 'identity', label: 'identity', spec: { shortcut: 'identity' }, paper: t1('original') },
    { id: 'scale-f1', label: 'λ=0.5, F×1', spec: { shortcut: 'scaling', lambda: 0.5 }, paper: t1('scale-0.5-f1') },
    { id: 'scale-f05', label: 'λ=0.5, F×0.5', spec: { shortcut: 'scaling', lambda: 0.5, scaleBranch: true }, paper: t1('scale-0.5-f0.5') },
    { id: 'excl-gate-0', label: 'excl. gate b=0', spec: { shortcut: 'exclusiveGate', gateBias: 0 }, paper: t1('excl-gate-b-0-to-5') },
    { id: 'excl-gate-6', label: 'excl. gate b=−6', spec: { shortcut: 'exclusiveGate', gateBias: -6 }, paper: t1('excl-gate-b-6') },
    { id: 'sc-gate-0', label: 'sc. gate b=0', spec: { shortcut: 'shortcutGate', gateBias: 0 }, paper: t1('shortcut-gate-b-0') },
    { id: 'sc-gate-6', label: 'sc. gate b=−6', spec: { shortcut: 'shortcutGate', gateBias: -6 }, paper: t1('shortcut-gate-b-6') },
    { id: 'projection', label: '1×1 projection', spec: { shortcut: 'projection' }, paper: t1('conv-1x1') },
    { id: 'dropout', label: 'dropout 0.5', spec: { shortcut: 'dropout', dropP: 0.5 }, paper: t1('dropout') },
  ],
};

/** P2 Fig. 4's placements on the training lab's residual net at 20 layers (10 units), in the lab's P1 setting. */
export const activationAblation: AblationSetup = {
  kind: 'activations',
  base: labBase(20),
  data: degradationLab.data,
  optimizer: labOptimizerFor(ACTIVATION_STEPS),
  steps: ACTIVATION_STEPS,
  recordEvery: 20,
  seeds: [1, 2, 3],
  variants: [
    { id: 'original', label: 'original', spec: { placement: 'original' }, paper: t2('original') },
    { id: 'bn-after-add', label: 'BN after add', spec: { placement: 'bnAfterAdd' }, paper: t2('bn-after-add') },
    { id: 'relu-before-add', label: 'ReLU before add', spec: { placement: 'actBeforeAdd' }, paper: t2('relu-before-add') },
    { id: 'relu-only-preact', label: 'ReLU-only pre-act', spec: { placement: 'actPreact' }, paper: t2('relu-only-preact') },
    { id: 'full-preact', label: 'full pre-act', spec: { placement: 'fullPreact' }, paper: t2('full-preact') },
  ],
};

/** The set-up of each kind. */
export const ablationSetups: Record<AblationKind, AblationSetup> = { shortcuts: shortcutAblation, activations: activationAblation };

/** The full spec of one variant. */
export function variantSpec(setup: AblationSetup, variant: AblationVariant): MlpSpec {
  return makeSpec({ ...setup.base, ...variant.spec });
}

/** Spiral options for one seed. */
export function ablationData(setup: AblationSetup, seed: number): SpiralOptions {
  return { ...defaultSpiralOptions, ...setup.data, seed };
}

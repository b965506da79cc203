/**
 * The one place that wires a net for an experiment: its weights from the seed's `init` stream (so
 * every net of one seed starts from the same draws, layer by layer) and its trainer's batch order
 * and dropout masks from a stream of its own (`train:<id>` unless told otherwise). The training
 * lab, its session, the sweep, the ablation lab, the layer responses and the gradient-flow figure
 * all build their nets here, so a live run and a recorded run of one set-up start identically.
 */
import type { PointSet } from '~lib/data/spirals';
import type { OptimizerSpec } from '~lib/nets/lab';
import type { MlpSpec } from '~lib/nets/spec';
import { createRng, deriveSeed } from '~lib/random';
import { buildModel, type MlpModel } from './build-model';
import { createTrainer, type Trainer } from './train';

/** How one net of an experiment is seeded and trained. */
export interface NetWiring {
  /** The experiment's seed. */
  seed: number;
  /** The net's id within the experiment (names its batch stream). */
  id: string;
  optimizer: OptimizerSpec;
  /** Minibatch size, or null for full-batch steps. */
  batchSize: number | null;
  /** The points it trains on. */
  train: PointSet;
  /** The batch stream's name, when not `train:<id>` (kept for records made under another name). */
  stream?: string;
}

/** A net built from `spec` and its trainer; the caller disposes both. */
export function wireNet(spec: MlpSpec, w: NetWiring): { model: MlpModel; trainer: Trainer } {
  const model = buildModel(spec, createRng(deriveSeed(w.seed, 'init')));
  try {
    const rng = createRng(deriveSeed(w.seed, w.stream ?? `train:${w.id}`));
    return { model, trainer: createTrainer(model, w.train, { optimizer: w.optimizer, batchSize: w.batchSize, rng }) };
  } catch (error) {
    model.dispose();
    throw error;
  }
}

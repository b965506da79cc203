/**
 * A saved pair of trained lab nets (src/lib/later-work/trained-nets.ts) rebuilt as tfjs nets on
 * the active backend, with the run's data; and a running lab session's pair captured for saving.
 */
import { makeSpirals, type SpiralData } from '~lib/data/spirals';
import { labData, type LabConfig } from '~lib/nets/lab';
import { configOfPair, pairIds, type PairSource, type TrainedPair } from '~lib/later-work/trained-nets';
import { createRng } from '~lib/random';
import { buildModel, type MlpModel } from '../build-model';
import { writeWeights } from '../net-weights';
import type { LabSession } from '../training-lab/lab-session';

/** The two rebuilt nets and the points they were trained and tested on; dispose when done. */
export interface BuiltPair {
  config: LabConfig;
  data: SpiralData;
  depth: number;
  plain: MlpModel;
  residual: MlpModel;
  dispose(): void;
}

/** Rebuild both nets of `pair`; throws with a readable message when the pair does not fit its run. */
export function buildPair(pair: TrainedPair): BuiltPair {
  const config = configOfPair(pair);
  const ids = pairIds(config);
  if (!ids || ids.plain !== pair.plain.id || ids.residual !== pair.residual.id) {
    throw new Error(`the saved nets (${pair.plain.id}, ${pair.residual.id}) do not match their run's set-up`);
  }
  const made: MlpModel[] = [];
  try {
    for (const net of [pair.plain, pair.residual]) {
      const spec = config.models.find((m) => m.id === net.id)!.spec;
      const model = buildModel(spec, createRng(0));
      made.push(model);
      writeWeights(model, net.weights);
    }
  } catch (error) {
    for (const m of made) m.dispose();
    throw error;
  }
  const [plain, residual] = made as [MlpModel, MlpModel];
  return {
    config,
    data: makeSpirals(labData(config)),
    depth: ids.depth,
    plain,
    residual,
    dispose() {
      plain.dispose();
      residual.dispose();
    },
  };
}

/** The deep plain and deep residual nets of a running lab session, or null when its run has no such pair. */
export async function capturePair(session: LabSession, query: string, source: PairSource): Promise<TrainedPair | null> {
  const ids = pairIds(session.config);
  if (!ids) return null;
  const all = await session.weights();
  const get = (id: string) => ({ id, weights: all.find((w) => w.modelId === id)!.weights });
  return { source, query, step: session.step, plain: get(ids.plain), residual: get(ids.residual) };
}

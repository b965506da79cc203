/**
 * The ablation runs recorded by src/scripts/record-ablation.ts on the wasm backend: what the
 * static figures (no JavaScript, print, PDF) show. JSON has no NaN, so a diverged loss is stored
 * as null and read back as NaN.
 */
import { setupKey, type AblationRecord } from '../ablation/record';
import { ablationSetups, type AblationKind } from '../ablation/setup';
import record from './ablation.json';

const revive = (r: AblationRecord): AblationRecord => ({
  ...r,
  variants: r.variants.map((v) => ({
    ...v,
    runs: v.runs.map((run) => ({
      ...run,
      trainLoss: run.trainLoss.map((x) => x ?? Number.NaN),
      final: { trainLoss: run.final.trainLoss ?? Number.NaN, trainAcc: run.final.trainAcc ?? Number.NaN, testAcc: run.final.testAcc ?? Number.NaN },
    })),
  })),
});

/** The committed record of one ablation; throws when its set-up changed since it was recorded. */
export function recordedAblation(kind: AblationKind): AblationRecord {
  const entry = (record as Partial<Record<AblationKind, AblationRecord>>)[kind];
  if (!entry || entry.key !== setupKey(ablationSetups[kind])) {
    throw new Error(
      `The recorded ${kind} ablation is ${entry ? 'stale (its set-up changed)' : 'missing'}. ` +
        `Run: npx node src/scripts/run.mjs src/scripts/record-ablation.ts ${kind}`,
    );
  }
  return revive(entry);
}

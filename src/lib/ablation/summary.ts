/**
 * From an ablation record to what the figure shows: per variant the median over seeds (P2 reports
 * the median of 5 runs), the lab's ranking, and the paper's cell and ranking beside it. A run
 * that diverged (NaN loss) counts as worse than any finite loss.
 */
import { FAIL_TEXT, formatCell, paperTable, tableCell } from '../papers';
import { median } from '../median';
import type { AblationRecord } from './record';
import type { AblationSetup } from './setup';

export { median };

/** One row of the side-by-side table. */
export interface AblationRow {
  id: string;
  label: string;
  /** The paper's CIFAR-10 error (%), or 'fail'. */
  paperError: number | 'fail';
  /** The paper's cell as printed. */
  paperText: string;
  /** 1 = best; tied 'fail' rows share the rank after the numeric ones. */
  paperRank: number;
  /** Median over seeds of the final training loss (NaN when most runs diverged). */
  labLoss: number;
  /** Median over seeds of the final test accuracy, in [0, 1]. */
  labTestAcc: number;
  /** 1 = lowest median final training loss. */
  labRank: number;
  /** Median training-loss curve over seeds, at the record's steps. */
  curve: number[];
  /** Seeds whose run diverged (NaN loss). */
  diverged: number[];
}

/** Competition ranks (1, 2, 2, 4 …) of `values`, lower is better, NaN/∞ last. */
export function ranks(values: readonly number[]): number[] {
  const key = (v: number) => (Number.isNaN(v) ? Number.POSITIVE_INFINITY : v);
  return values.map((v) => 1 + values.filter((w) => key(w) < key(v)).length);
}

/** The table rows of `record`, in the set-up's variant order; throws on a variant the record lacks. */
export function summarise(setup: AblationSetup, record: AblationRecord): AblationRow[] {
  const base = setup.variants.map((variant) => {
    const rec = record.variants.find((r) => r.id === variant.id);
    if (!rec || rec.runs.length === 0) throw new Error(`the ablation record has no runs of "${variant.id}"`);
    const { table, row, column } = variant.paper;
    const cell = tableCell(table, row, column);
    const col = paperTable(table).columns.find((c) => c.key === column);
    const paperError = cell.kind === 'number' ? cell.value : FAIL_TEXT;
    if (cell.kind !== 'number' && cell.kind !== 'fail') throw new Error(`paper cell ${table}/${row}/${column} is neither a number nor fail`);
    const curve = record.steps.map((_, i) => median(rec.runs.map((r) => r.trainLoss[i] ?? Number.NaN)));
    return {
      id: variant.id,
      label: variant.label,
      paperError: paperError as number | 'fail',
      paperText: col ? formatCell(cell, col) : String(paperError),
      labLoss: median(rec.runs.map((r) => r.final.trainLoss)),
      labTestAcc: median(rec.runs.map((r) => r.final.testAcc)),
      curve,
      diverged: rec.runs.filter((r) => r.trainLoss.some(Number.isNaN) || Number.isNaN(r.final.trainLoss)).map((r) => r.seed),
    };
  });
  const paperRanks = ranks(base.map((r) => (r.paperError === 'fail' ? Number.POSITIVE_INFINITY : r.paperError)));
  const labRanks = ranks(base.map((r) => r.labLoss));
  return base.map((r, i) => ({ ...r, paperRank: paperRanks[i] as number, labRank: labRanks[i] as number }));
}

/** Seeds on which variant `a` ends with a lower training loss than `b` (a diverged run loses). */
export function seedsWhereBetter(record: AblationRecord, a: string, b: string): number[] {
  const runs = (id: string) => record.variants.find((v) => v.id === id)?.runs ?? [];
  const key = (v: number) => (Number.isNaN(v) ? Number.POSITIVE_INFINITY : v);
  return runs(a)
    .filter((ra) => {
      const rb = runs(b).find((r) => r.seed === ra.seed);
      return rb !== undefined && key(ra.final.trainLoss) < key(rb.final.trainLoss);
    })
    .map((r) => r.seed);
}

/** Plain-language facts comparing the two rankings, for the figure's note (no judgement added). */
export function rankingFacts(rows: readonly AblationRow[]): string[] {
  const byLab = [...rows].sort((a, b) => a.labRank - b.labRank);
  const paperBest = rows.filter((r) => r.paperRank === 1).map((r) => r.label);
  const facts = [`Lab order, lowest median loss first: ${byLab.map((r) => r.label).join(' < ')}.`, `Paper's best: ${paperBest.join(', ')}.`];
  const fails = rows.filter((r) => r.paperError === 'fail');
  if (fails.length) {
    facts.push(`P2 reports ${fails.map((r) => r.label).join(', ')} as failing; here they rank ${fails.map((r) => `${r.labRank}`).join(', ')} of ${rows.length}.`);
  }
  return facts;
}

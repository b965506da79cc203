/**
 * The loss-landscape figure's part of the bench (issue 17): the time of the recorded slice (both
 * nets' 41-point line and n × n grid on the recorded pair) per backend in Node, wasm and cpu.
 * The figure's grid caps per backend (src/lib/later-work/landscape-grid.ts) come from these times.
 */
import '../ts-aliases.ts';

/** One backend's timing of a whole slice. */
export interface LandscapeRow {
  backend: string;
  ms: number | null;
  msPerEvaluation: number | null;
  error?: string;
}

export interface LandscapeBench {
  n: number;
  rows: LandscapeRow[];
}

/** Time the recorded slice at side `n` on Node's wasm and cpu backends. */
export async function measureLandscape(n: number, progress: (message: string) => void): Promise<LandscapeBench> {
  // Loaded only now, after the alias hooks are in place.
  const { startBackend } = await import('~ml/backend');
  const { evaluationsOf } = await import('~lib/later-work/landscape-grid');
  const { recordedSlice } = await import('../../record-landscape.ts');
  const rows: LandscapeRow[] = [];
  for (const backend of ['wasm', 'cpu'] as const) {
    progress(`landscape: ${n} × ${n} slice on node ${backend}`);
    try {
      await startBackend(backend);
      const started = performance.now();
      await recordedSlice(n);
      const ms = performance.now() - started;
      rows.push({ backend, ms, msPerEvaluation: ms / evaluationsOf(n) });
    } catch (error) {
      rows.push({ backend, ms: null, msPerEvaluation: null, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return { n, rows };
}

/** The report's lines. */
export function landscapeReport(r: LandscapeBench): string[] {
  const lines = r.rows.map((row) =>
    row.ms === null
      ? `| node ${row.backend} | failed: ${row.error} | — |`
      : `| node ${row.backend} | ${(row.ms / 1000).toFixed(1)} s | ${row.msPerEvaluation!.toFixed(1)} ms |`,
  );
  return [
    `### Loss-landscape slice (${r.n} × ${r.n} grid and 41-point line, both nets)`,
    ['| where | whole slice | per evaluation |', '|---|---|---|', ...lines].join('\n'),
  ];
}

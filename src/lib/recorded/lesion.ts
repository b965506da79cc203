/**
 * The lesion study recorded by src/scripts/record-lesion.ts on the recorded pair of trained nets:
 * what the static figure (no JavaScript, print, PDF) draws and what the chapters say. The build
 * fails when the file is missing or does not fit its shape (re-record: npm run record -- lesion).
 */
import { z } from 'zod';
import type { LesionResult } from '../later-work/lesion';
import raw from './lesion.json';

/** The committed record: the result, the backend it ran on, and the lab run the nets came from. */
export interface LesionRecord {
  backend: string;
  /** Steps the recorded nets had trained. */
  step: number;
  /** The training lab's query of that run. */
  query: string;
  result: LesionResult;
}

const errors = z.array(z.number().min(0).max(1));
const Model = z.object({
  id: z.string(),
  role: z.enum(['plain', 'residual']),
  intact: z.number().min(0).max(1),
  single: errors,
  random: z.array(z.object({ k: z.int().min(1), errors, median: z.number().min(0).max(1) })),
});
const Record = z.object({
  backend: z.string(),
  step: z.int().min(0),
  query: z.string(),
  result: z.object({
    units: z.int().min(1),
    testPoints: z.int().min(1),
    options: z.object({ draws: z.int().min(1), maxK: z.int().min(1), seed: z.int().min(0) }),
    plain: Model,
    residual: Model,
  }),
});

/** The recorded study; throws with the command to re-record when the file does not fit. */
export function recordedLesion(): LesionRecord {
  const parsed = Record.safeParse(raw);
  if (!parsed.success) throw new Error('src/lib/recorded/lesion.json does not fit its shape. Run: npm run record -- lesion');
  const r = parsed.data;
  for (const m of [r.result.plain, r.result.residual]) {
    if (m.single.length !== r.result.units)
      throw new Error(`src/lib/recorded/lesion.json: ${m.id} has ${m.single.length} single deletions for ${r.result.units} units`);
  }
  return r;
}

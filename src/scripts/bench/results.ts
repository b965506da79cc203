/**
 * The shape of bench/results.json: every section is null when it was skipped, and a number
 * that could not be measured is absent with a reason, never a placeholder.
 */
import type { BenchOptions } from './args.ts';
import type { DistStats, PdfResult } from './build.ts';
import type { LighthouseResult } from './lighthouse.ts';
import type { PageBytes } from './page-bytes.ts';
import type { BackendTiming, TrainingPlan } from './training/measure.ts';
import type { LabPageResult } from './training/lab-page.ts';
import type { LabPauseResult } from './training/lab-pause.ts';
import type { CnnResults } from './training/cnn.ts';
import type { LandscapeBench } from './training/landscape.ts';

/** One budget from the issue, checked against this run. */
export interface Budget {
  name: string;
  limit: string;
  actual: string;
  status: 'met' | 'not met' | 'not measured';
  /** 'test' when a test enforces it on every `npm test`; 'report' when only the bench reports it. */
  enforcedBy: string;
}

/** Everything one `npm run bench` measured. */
export interface BenchResults {
  meta: {
    date: string;
    node: string;
    chromium: string | null;
    lighthouse: string;
    cpus: number;
    /** 1-minute load average at the start and the end: a busy machine makes every timing noisier. */
    loadAverage: { start: number; end: number };
    options: BenchOptions;
    durationMs: number;
  };
  build: { astroBuildMs: number | null; dist: DistStats; pdf: PdfResult } | null;
  pages: PageBytes[] | null;
  lighthouse: LighthouseResult[] | null;
  training: { plan: TrainingPlan; node: BackendTiming[]; browser: BackendTiming[]; fullLabSkipped: string[] } | null;
  lab: LabPageResult | null;
  /** How soon Pause and Reset take effect on the lab's slowest setting (with the lab section). */
  labPause?: LabPauseResult | null;
  /** The CNN lab's step time per net, backend and convolution, its whole-run times and its data's bytes (issue 16). */
  cnn?: CnnResults | null;
  /** The loss-landscape slice's time per Node backend (issue 17). */
  landscape?: LandscapeBench | null;
  budgets: Budget[];
  /** Sections that could not run, and why. */
  skipped: string[];
}

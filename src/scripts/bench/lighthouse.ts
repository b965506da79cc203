/**
 * Lighthouse 12.2.3, run programmatically on the Chromium the tests use: the mobile run is
 * Lighthouse's default (an emulated Moto G, simulated slow 4G and 4× CPU slowdown), the desktop
 * run is its desktop preset. One Chrome serves every run; Lighthouse opens a tab per run.
 */
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS } from '../find-browser.ts';
import { summarize, type Summary } from './stats.ts';

/** The two form factors: Lighthouse's default (mobile) and its desktop preset. */
export type FormFactor = 'mobile' | 'desktop';

/** Category scores (0–100) and the three vitals of one page and form factor, over `runs` runs. */
export interface LighthouseResult {
  path: string;
  formFactor: FormFactor;
  performance: Summary;
  accessibility: Summary;
  bestPractices: Summary;
  seo: Summary;
  lcpMs: Summary;
  tbtMs: Summary;
  /** Speed Index as scored (simulated), and the first paint of the unthrottled load it is partly estimated from. */
  siMs: Summary;
  observedFirstPaintMs: Summary;
  cls: Summary;
  /** Audits that lost points in the last run, as "category: audit (score)". */
  failing: string[];
  /** Lighthouse's own warnings (e.g. the page redirected), from the last run. */
  warnings: string[];
}

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

function failingAudits(lhr: Lhr): string[] {
  const out: string[] = [];
  for (const category of Object.values(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        out.push(`${category.id}: ${ref.id} (${audit.score}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
      }
    }
  }
  return out;
}

/**
 * When the unthrottled load Lighthouse watched first painted. Its Speed Index weighs that load's
 * own speed index by 1.4 (Lantern), so a first frame that comes late costs points however light the page.
 */
function observedFirstPaint(lhr: Lhr): number {
  const items = (lhr.audits['metrics']?.details as { items?: Record<string, number | undefined>[] } | undefined)?.items;
  return items?.[0]?.observedFirstPaint ?? Number.NaN;
}

/** Runs Lighthouse `runs` times for every page and form factor, in that order. */
export async function runLighthouse(
  chromePath: string,
  origin: string,
  paths: readonly string[],
  runs: number,
  progress: (message: string) => void,
): Promise<LighthouseResult[]> {
  const chrome = await launch({ chromePath, chromeFlags: [...CHROMIUM_ARGS, '--headless=new'], logLevel: 'silent' });
  const results: LighthouseResult[] = [];
  try {
    const jobs = paths.flatMap((path) => (['mobile', 'desktop'] as const).map((formFactor) => ({ path, formFactor })));
    for (const [i, { path, formFactor }] of jobs.entries()) {
      const lhrs: Lhr[] = [];
      for (let r = 0; r < runs; r++) {
        progress(
          `lighthouse ${i + 1}/${jobs.length}: ${formFactor} ${path}${runs > 1 ? ` (run ${r + 1}/${runs})` : ''}`,
        );
        const result = await lighthouse(
          origin + path,
          { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
          formFactor === 'desktop' ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
        lhrs.push(result.lhr);
      }
      const score = (id: string) => summarize(lhrs.map((l) => Math.round((l.categories[id]?.score ?? 0) * 100)));
      const metric = (id: string) => summarize(lhrs.map((l) => l.audits[id]?.numericValue ?? Number.NaN));
      const last = lhrs[lhrs.length - 1]!;
      results.push({
        path,
        formFactor,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpMs: metric('largest-contentful-paint'),
        tbtMs: metric('total-blocking-time'),
        siMs: metric('speed-index'),
        observedFirstPaintMs: summarize(lhrs.map(observedFirstPaint)),
        cls: metric('cumulative-layout-shift'),
        failing: failingAudits(last),
        warnings: last.runWarnings,
      });
    }
  } finally {
    chrome.kill();
  }
  return results;
}

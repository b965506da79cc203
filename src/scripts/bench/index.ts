/**
 * `npm run bench`: builds once, serves dist/ on 127.0.0.1, measures, prints a Markdown report
 * and writes the same data to bench/results.json. Flags: see args.ts (`npm run bench -- --help`).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from '@playwright/test';
import { BROWSER_FIX, CHROMIUM_ARGS, findBrowser } from '../find-browser.ts';
import { builtPages } from '../built-site.ts';
import { parseArgs, USAGE, type FullLabTarget } from './args.ts';
import { checkBudgets } from './budgets.ts';
import { distStats, timeBuild, timePdf } from './build.ts';
import { sourcesNewerThan } from '../site-build.ts';
import { runLighthouse } from './lighthouse.ts';
import { measurePageBytes } from './page-bytes.ts';
import { renderReport } from './report.ts';
import type { BenchResults } from './results.ts';
import { serveStatic } from './serve.ts';
import { measureBrowserTraining, BROWSER_BACKENDS } from './training/browser.ts';
import { measureLabPage } from './training/lab-page.ts';
import { measureLabPause } from './training/lab-pause.ts';
import type { TrainingPlan } from './training/measure.ts';
import { measureNodeTraining, NODE_BACKENDS } from './training/node.ts';
import { measureCnnAsset, measureCnnNode } from './training/cnn.ts';
import { measureCnnBrowser } from './training/cnn-browser.ts';
import { measureLandscape } from './training/landscape.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** --quick measures these besides the home page: the lab's chapter and the one with the most math. */
const QUICK_CHAPTERS = ['/chapters/degradation-problem/', '/chapters/identity-propagation/'];

if (process.argv.includes('--help')) {
  console.log(USAGE);
  process.exit(0);
}
let options: ReturnType<typeof parseArgs>;
try {
  options = parseArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const DIST = resolve(ROOT, options.dist);
const started = performance.now();
const progress = (message: string) =>
  console.error(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const has = (s: (typeof options.sections)[number]) => options.sections.includes(s);
const skipped: string[] = [];
let failed = false;
/** Runs one section; a failure is reported in the results and the exit code, and the rest still runs. */
async function guarded<T>(name: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn();
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    skipped.push(`${name}: failed (${message})`);
    progress(`${name} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
    return null;
  }
}
const loadStart = loadavg()[0]!;

let build: BenchResults['build'] = null;
if (has('build')) {
  progress('astro build');
  const astroBuildMs = await timeBuild(ROOT); // a failed build stops the bench: there is nothing to measure
  const dist = distStats(DIST); // the site alone, before the PDFs land in dist/
  let pdf: NonNullable<BenchResults['build']>['pdf'] = { status: 'not available', reason: 'skipped (--no-pdf)' };
  if (options.pdf) {
    progress('npm run pdf (when package.json has it)');
    pdf = await timePdf(ROOT);
  }
  build = { astroBuildMs, dist, pdf };
} else if (!existsSync(join(DIST, 'index.html'))) {
  console.error(`No ${options.dist}/ to measure: run the bench with its build section, or \`npm run build\` first.`);
  process.exit(1);
} else if (sourcesNewerThan(ROOT, join(DIST, 'index.html'))) {
  // Measuring an old build without saying so once reported the previous lab's nets as the new ones'.
  const note = `${options.dist}/ is older than the sources, so these numbers describe the previous build: run \`npm run build\` first, or the bench with its build section.`;
  console.warn(note);
  skipped.push(`build: ${note}`);
}

const pages = builtPages(DIST).filter((p) => p === '/' || p.startsWith('/chapters/') || p.startsWith('/embed/'));
const measured = options.quick ? pages.filter((p) => p === '/' || QUICK_CHAPTERS.includes(p)) : pages;
const plan: TrainingPlan = {
  rounds: options.rounds,
  stepsPerSample: options.stepsPerSample,
  warmupSteps: 3,
  labRuns: options.labRuns,
  k: options.k,
};
const fullLab = new Set<FullLabTarget>(options.labRuns > 0 ? options.fullLab : []);
const located = findBrowser();
const needsBrowser = has('bytes') || has('lighthouse') || has('training') || has('lab');
if (needsBrowser && !located) skipped.push(`browser sections: ${BROWSER_FIX}`);

const server = await serveStatic(DIST, options.port);
let browser: Browser | null = null;
let chromiumVersion: string | null = null;
const result: Omit<BenchResults, 'budgets' | 'meta'> = {
  build,
  pages: null,
  lighthouse: null,
  training: null,
  lab: null,
  skipped,
};
try {
  if (located && (has('bytes') || has('training') || has('lab') || has('cnn'))) {
    browser = await chromium.launch({ executablePath: located.path, args: CHROMIUM_ARGS });
    chromiumVersion = `Chromium ${browser.version()}`;
  }
  const b = browser;
  if (b && has('bytes')) {
    result.pages = await guarded('bytes', async () => {
      const pages = [];
      for (const [i, path] of measured.entries()) {
        progress(`bytes ${i + 1}/${measured.length}: ${path}`);
        pages.push(await measurePageBytes(b, server.origin, path));
      }
      return pages;
    });
  }
  if (located && has('lighthouse')) {
    result.lighthouse = await guarded('lighthouse', () =>
      runLighthouse(located.path, server.origin, measured, options.lighthouseRuns, progress),
    );
  }
  if (b && has('lab')) {
    result.lab = await guarded('lab', () =>
      measureLabPage(b, server.origin, options.labBackends, Math.max(1, options.labRuns), progress),
    );
    result.labPause = await guarded('lab pause', () => measureLabPause(b, server.origin, Math.max(1, options.labRuns), progress));
  }
  if (has('training'))
    result.training = await guarded('training', async () => {
      const targets = (where: string, backends: readonly string[]) =>
        new Set(backends.filter((b) => fullLab.has(`${where}-${b}` as FullLabTarget)));
      const browserTimings = b
        ? await measureBrowserTraining(b, server.origin, plan, targets('browser', BROWSER_BACKENDS), progress)
        : [];
      const node = await measureNodeTraining(plan, targets('node', NODE_BACKENDS), progress);
      const fullLabSkipped = [
        ...NODE_BACKENDS.map((x) => `node-${x}`),
        ...(b ? BROWSER_BACKENDS.map((x) => `browser-${x}`) : []),
      ].filter((t) => !fullLab.has(t as FullLabTarget));
      return { plan, node, browser: browserTimings, fullLabSkipped };
    });
  if (has('landscape')) result.landscape = await guarded('landscape', () => measureLandscape(21, progress));
  if (has('cnn'))
    result.cnn = await guarded('cnn', async () => {
      const cnnPlan = { rounds: options.rounds, steps: options.stepsPerSample, rowBudgetMs: options.cnnRowMs };
      // The quick comparison end to end where --cnn-quick-run asks (default: Node's wasm).
      const quickOn = (where: string) =>
        new Set(options.cnnQuickRun.filter((t) => t.startsWith(`${where}-`)).map((t) => t.slice(where.length + 1)));
      const asset = await measureCnnAsset();
      const node = await measureCnnNode(cnnPlan, quickOn('node').has('wasm'), progress);
      const inBrowser = b && located ? await measureCnnBrowser(b, located.path, server.origin, cnnPlan, quickOn('browser'), progress) : [];
      if (!b) skipped.push(`cnn: Chromium rows (${BROWSER_FIX})`);
      return { plan: cnnPlan, asset, backends: [...node, ...inBrowser] };
    });
} finally {
  await browser?.close();
  await server.close();
}

const partial: Omit<BenchResults, 'budgets'> = {
  meta: {
    date: new Date().toISOString(),
    node: process.version,
    chromium: chromiumVersion,
    lighthouse: (
      JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }
    ).version,
    cpus: availableParallelism(),
    loadAverage: { start: loadStart, end: loadavg()[0]! },
    options,
    durationMs: performance.now() - started,
  },
  ...result,
};
const results: BenchResults = { ...partial, budgets: checkBudgets(partial) };
const out = resolve(ROOT, options.out);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
console.log(renderReport(results));
progress(`wrote ${options.out}`);
if (failed) process.exitCode = 1;

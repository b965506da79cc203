/**
 * Training timings in headless Chromium, one page per backend (WebGL on SwiftShader, WASM,
 * CPU). The page is the bench's own: browser-entry.ts bundled with esbuild in memory, answered
 * by Playwright under the site's origin at /__bench/ (nothing is written to dist/), with tfjs's
 * wasm binaries from node_modules.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, Route } from '@playwright/test';
import { build } from 'esbuild';
import type { BackendTiming, TrainingPlan } from './measure.ts';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const WASM_DIR = `${ROOT}node_modules/@tensorflow/tfjs-backend-wasm/dist/`;
/** The CNN lab's data, fetched by the CNN bench's page as the lab fetches it from the site. */
const DIGITS = `${ROOT}public/data/digits-8x8.bin`;

/** The browser backends measured, in order. */
export const BROWSER_BACKENDS = ['webgl', 'wasm', 'cpu'] as const;

/** Bundles the page script; resolves to a Playwright route handler for /__bench/. */
export async function trainingPageRoute(): Promise<(route: Route) => Promise<void>> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./browser-entry.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    tsconfig: `${ROOT}tsconfig.json`,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const script = bundle.outputFiles[0]!.text;
  const html =
    '<!doctype html><meta charset="utf-8"><title>training bench</title><script type="module" src="/__bench/training.js"></script>';
  return async (route) => {
    const { pathname } = new URL(route.request().url());
    const wasm = /^\/__bench\/wasm\/([\w-]+\.wasm)$/.exec(pathname);
    if (pathname === '/__bench/training.html')
      await route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' });
    else if (pathname === '/__bench/training.js') await route.fulfill({ body: script, contentType: 'text/javascript' });
    else if (wasm) await route.fulfill({ body: await readFile(WASM_DIR + wasm[1]), contentType: 'application/wasm' });
    else if (pathname === '/__bench/digits-8x8.bin')
      await route.fulfill({ body: await readFile(DIGITS), contentType: 'application/octet-stream' });
    else await route.fulfill({ status: 404, body: 'not found' });
  };
}

/** Runs the plan on every browser backend, each in a fresh page; the full lab only where `fullLabOn` lists the backend. */
export async function measureBrowserTraining(
  browser: Browser,
  origin: string,
  plan: TrainingPlan,
  fullLabOn: ReadonlySet<string>,
  progress: (message: string) => void,
): Promise<BackendTiming[]> {
  const results: BackendTiming[] = [];
  const route = await trainingPageRoute();
  for (const backend of BROWSER_BACKENDS) {
    const page = await browser.newPage();
    await page.route('**/__bench/**', route);
    page.on('console', (message) => {
      if (message.text().startsWith('[bench] ')) progress(`browser ${message.text().slice(8)}`);
    });
    try {
      await page.goto(`${origin}/__bench/training.html`);
      await page.waitForFunction(() => typeof window.benchTraining === 'function');
      const backendPlan = { ...plan, labRuns: fullLabOn.has(backend) ? plan.labRuns : 0 };
      results.push(await page.evaluate(([b, p]) => window.benchTraining(b, p), [backend, backendPlan] as const));
    } finally {
      await page.close();
    }
  }
  return results;
}

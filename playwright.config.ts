import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './src/scripts/find-browser.ts';
import { freePort } from './tests/support/free-port.ts';

// Browser tests run against the built site, served by `astro preview`. Two projects:
// - site: tests/e2e and tests/a11y on dist/ (`npm run build`, or `npm run pdf`, first);
// - exports: the PDFs and the sub-path build (`npm run pdf` and `npm run build:sub` first).
//
// Every run starts its own preview server on a port of its own and never reuses one it did not
// start, so two runs at once each test their own build. The port is chosen once, in the main
// process, and handed to the workers through the environment they inherit.
process.env.TEST_PORT ??= String(freePort());
const PORT = Number(process.env.TEST_PORT);
const browser = findBrowser();
// The folder to serve: dist/ unless TEST_DIST names another build (e.g. a parallel author's).
const DIST = process.env.TEST_DIST ?? 'dist';
const EXPORTS = ['pdf/**/*.spec.ts', 'e2e/sub-path.spec.ts'];

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  // A safety net against a hung page on a loaded machine, never a measure of speed: tests wait
  // for states (a step count, a "done" attribute), and timings live in `npm run bench`.
  timeout: 300_000,
  expect: { timeout: 60_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: browser?.path, args: CHROMIUM_ARGS },
    trace: 'off',
    // The site's service worker (offline reading) stays out of every test but its own
    // (tests/e2e/offline.spec.ts allows it), so no test races a worker that serves from its cache.
    serviceWorkers: 'block',
  },
  projects: [
    { name: 'site', testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'], testIgnore: EXPORTS },
    { name: 'exports', testMatch: EXPORTS },
  ],
  webServer: {
    // --ignore-lock: Astro 7 allows one preview per project unless told otherwise, and two test runs
    // (two authors, two builds) may share a checkout.
    command: `npx astro preview --host 127.0.0.1 --port ${PORT} --outDir ${DIST} --ignore-lock`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: { ASTRO_TELEMETRY_DISABLED: '1' },
  },
});

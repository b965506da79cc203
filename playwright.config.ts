import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/support/find-browser.ts';

// Browser tests run against the built site, served by `astro preview`. Two projects:
// - site: tests/e2e and tests/a11y on dist/ (`npm run build`, or `npm run pdf`, first);
// - exports: the PDFs and the sub-path build (`npm run pdf` and `npm run build:sub` first).
const PORT = Number(process.env.TEST_PORT ?? 4329);
const browser = findBrowser();
const EXPORTS = ['pdf/**/*.spec.ts', 'e2e/sub-path.spec.ts'];

export default defineConfig({
  testDir: './tests',
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: { executablePath: browser?.path, args: CHROMIUM_ARGS },
    trace: 'off',
  },
  projects: [
    { name: 'site', testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'], testIgnore: EXPORTS },
    { name: 'exports', testMatch: EXPORTS },
  ],
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findBrowser } from './tests/support/find-browser.ts';

// Browser tests run against the built site (`npm run build` first), served by `astro preview`.
const PORT = Number(process.env.TEST_PORT ?? 4329);
const browser = findBrowser();

export default defineConfig({
  testDir: './tests',
  testMatch: ['e2e/**/*.spec.ts', 'a11y/**/*.spec.ts'],
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
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});

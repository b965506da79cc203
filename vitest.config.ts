import { defineConfig } from 'vitest/config';

// Path aliases (~lib, ~viz, ~ml, …) are declared once, in tsconfig.json; Vite reads them there.
const resolve = { tsconfigPaths: true };

// Three kinds of Node tests, as Vitest projects (browser tests are Playwright's):
// - unit: pure src/lib code, answers in seconds (`npm run test:unit`);
// - figures: drawing code rendered to SVG and compared with the snapshots in tests/figures/__snapshots__;
// - ml: tfjs on its Node backends (slow: real training), run by `npm run test:ml`.
// Timeouts are a safety net for a hung backend on a loaded machine, not a measure of speed.
export default defineConfig({
  resolve,
  test: {
    environment: 'node',
    projects: [
      { resolve, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { resolve, test: { name: 'figures', include: ['tests/figures/**/*.test.ts'], environment: 'node' } },
      {
        resolve,
        test: { name: 'ml', include: ['tests/ml/**/*.test.ts'], environment: 'node', testTimeout: 600_000, hookTimeout: 600_000 },
      },
    ],
  },
});

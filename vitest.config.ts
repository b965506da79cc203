import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// Unit tests (src/lib, plain Node) and tfjs tests (src/ml, Node backends) run here;
// browser tests are Playwright's (playwright.config.ts).
export default defineConfig({
  resolve: {
    alias: {
      '~lib': here('./src/lib'),
      '~viz': here('./src/viz'),
      '~ml': here('./src/ml'),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/ml/**/*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});

import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { builtPages } from '../../src/scripts/built-site.ts';

/** The budget for JavaScript a chapter loads before any interaction, gzipped (issue: performance budgets). */
const INITIAL_JS_BUDGET = 20 * 1024;

for (const path of builtPages().filter((p) => p.startsWith('/chapters/') || p === '/' || p === '/practice/')) {
  test(`${path} loads at most 20 KB of gzipped JavaScript before interaction, and no tfjs`, async ({ page }) => {
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (response.request().resourceType() !== 'script') return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(response.url(), gzipSync(body).length);
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    );
    const total = [...scripts.values()].reduce((a, b) => a + b, 0) + gzipSync(inline).length;
    expect(total).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
    const loaded = [...scripts.keys()].join('\n');
    expect(loaded).not.toMatch(/tfjs|tensorflow|backend-wasm|backend-webgpu/i);
  });
}

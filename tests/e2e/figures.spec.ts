import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHAPTER_SLUGS, chapterPath } from '../../src/lib/site/chapters';
import { allFigures } from '../../src/lib/site/figures';
import { DIST } from '../../src/scripts/built-site.ts';

/** Each `<figure id="fig-…">` of a built chapter, with its data-island (empty for a static figure). */
function figuresOn(path: string): Map<string, string> {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const tags = html.matchAll(/<figure id="(fig-[^"]+)"[^>]*>/g);
  return new Map([...tags].map(([tag, id]) => [id!, /\sdata-island="([^"]*)"/.exec(tag)?.[1] ?? '']));
}

test('every figure of the manifest is on its chapter page, with the manifest’s island', () => {
  for (const figure of allFigures()) {
    const placed = figuresOn(chapterPath(figure.chapter));
    expect(placed.has(figure.id), `${figure.id} on ${figure.chapter}`).toBe(true);
    expect(placed.get(figure.id), figure.id).toBe(figure.island ?? '');
  }
});

test('every figure on a chapter page is in the manifest, with the manifest’s island', () => {
  const byId = new Map<string, string>(allFigures().map((f) => [f.id, f.island ?? '']));
  for (const slug of CHAPTER_SLUGS) {
    for (const [id, island] of figuresOn(chapterPath(slug))) expect(byId.get(id), `${id} on ${slug}`).toBe(island);
  }
});

test('no browser script carries the figure manifest', () => {
  const scripts = readdirSync(join(DIST, '_astro')).filter((name) => name.endsWith('.js'));
  const carrying = scripts.filter((name) => readFileSync(join(DIST, '_astro', name), 'utf8').includes('exampleState'));
  expect(carrying).toEqual([]);
});

test('a figure whose code cannot load keeps its static version, says so, and gives back the space reserved for its controls', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route(/\/_astro\/training-lab\.[^/]*\.js$/, (route) => route.abort());
  await page.goto('/chapters/degradation-problem/');
  const figure = page.locator('figure[data-island="training-lab"]').first();
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toHaveAttribute('data-hydrated', 'failed');
  await expect(figure.locator('.figure__status')).toContainText('could not start');
  await expect(figure.locator('.figure__controls')).toHaveCount(0);
  await expect(figure.locator('.figure__art')).toBeVisible();
  expect(await figure.locator('.figure__art svg').count()).toBeGreaterThan(0);
  expect(errors).toEqual([]);
});

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

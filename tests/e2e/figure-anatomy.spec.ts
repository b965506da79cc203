// Figure anatomy (issue 20): every figure is numbered "Figure C.N" in page order, has exactly one
// caption, short enough to read at a glance and worded for paper as well as the screen; and on a
// phone every control a reader can touch is at least 24 × 24 px (WCAG 2.5.8).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { CHAPTER_SLUGS, chapterPath, type ChapterSlug } from '../../src/lib/site/chapters';
import { chapterNumber, FIGURE_PLACEMENTS, figureNumber } from '../../src/lib/site/figure-numbers';
import { allFigures, isEmbeddable } from '../../src/lib/site/figures';
import { smallTargets, type Target } from '../support/touch-targets';

/** The longest caption, in words, the number included. */
const CAPTION_WORDS = 60;
/** Captions still over the limit, by `<chapter slug>#<figure id>`: none. */
const OVER_LIMIT: ReadonlySet<string> = new Set<string>([]);
/** Words that only make sense on a screen; a caption is printed as it stands. */
const SCREEN_ONLY = /\b(you pick|pick an?|press|click|tap|drag|hover|slider)\b/i;

/** Every <figure> but the paper tables, which carry table captions. */
const FIGURES = 'figure:not(.paper-table)';

/** The figures in `scope` (a page's main, a part of the book), each with its captions' text. */
async function captionsOf(scope: Locator): Promise<{ id: string; captions: string[] }[]> {
  return scope.locator(FIGURES).evaluateAll((figures) =>
    figures.map((f) => ({
      id: f.id,
      captions: [...f.querySelectorAll('figcaption')].map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()),
    })),
  );
}

const words = (text: string) => text.split(' ').filter(Boolean).length;

for (const slug of CHAPTER_SLUGS) {
  test(`chapter ${chapterNumber(slug)} (${slug}): its figures are numbered in page order, one short caption each`, async ({ page }) => {
    await page.goto(chapterPath(slug));
    const figures = await captionsOf(page.locator('main'));
    expect(figures.map((f) => f.id)).toEqual(FIGURE_PLACEMENTS[slug].map((name) => `fig-${name}`));
    figures.forEach(({ id, captions }, i) => {
      expect(captions, `${id}: one figcaption`).toHaveLength(1);
      const caption = captions[0]!;
      expect(caption, id).toMatch(new RegExp(`^Figure ${chapterNumber(slug)}\\.${i + 1} \\S`));
      expect(caption, `${id}: printed as it stands`).not.toMatch(SCREEN_ONLY);
      const key = `${slug}#${id}`;
      if (OVER_LIMIT.has(key)) expect(words(caption), `${key} is listed as over ${CAPTION_WORDS} words`).toBeGreaterThan(CAPTION_WORDS);
      else expect(words(caption), `${key}: “${caption}”`).toBeLessThanOrEqual(CAPTION_WORDS);
    });
  });
}

test('the book numbers each chapter’s figures as the chapter page does', async ({ page }) => {
  await page.goto('/book/');
  for (const slug of CHAPTER_SLUGS) {
    const part = page.locator(`section.book-part[aria-labelledby="${slug}"]`);
    const figures = await captionsOf(part);
    expect(figures.map((f) => f.id), slug).toEqual(FIGURE_PLACEMENTS[slug].map((name) => `${slug}--fig-${name}`));
    figures.forEach(({ id, captions }, i) => {
      expect(captions, id).toHaveLength(1);
      expect(captions[0], id).toMatch(new RegExp(`^Figure ${chapterNumber(slug)}\\.${i + 1} \\S`));
    });
  }
});

test('an embedded figure carries the number it has in its home chapter', async ({ page }) => {
  for (const figure of allFigures().filter(isEmbeddable)) {
    await page.goto(`/embed/${figure.name}/`);
    const [only, ...others] = await captionsOf(page.locator('main'));
    expect(others, figure.name).toEqual([]);
    expect(only?.captions, figure.name).toHaveLength(1);
    expect(only!.captions[0], figure.name).toMatch(new RegExp(`^Figure ${figureNumber(figure.chapter, figure.name).replace('.', '\\.')} \\S`));
  }
});

/** Opens a page and waits until every figure's island, and on a chapter every copy button, is in place. */
async function hydrated(page: Page, path: string, copyButtons: boolean): Promise<void> {
  await page.goto(path);
  for (const figure of await page.locator('main figure[data-island]').all()) {
    await figure.scrollIntoViewIfNeeded();
    await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  }
  if (copyButtons) await expect(page.locator('main a.copy-link')).toHaveCount(0);
}

const describe = (t: Target) => `${t.what} ${t.width.toFixed(1)}×${t.height.toFixed(1)}${t.spaced ? ' (spaced)' : ''}`;

/**
 * Controls allowed below 24 × 24 px, each because it sits in a line of text that a 24 px box
 * would push apart, and only while it meets WCAG 2.5.8's spacing exception: none at present (the
 * link icons in captions, tables and equations are 24 px boxes).
 */
const SPACING_EXCEPTIONS: readonly RegExp[] = [];

const PHONE = { width: 390, height: 844 };
const PAGES: { name: string; path: string; copyButtons: boolean }[] = [
  ...CHAPTER_SLUGS.map((slug: ChapterSlug) => ({ name: `chapter ${chapterNumber(slug)}`, path: chapterPath(slug), copyButtons: true })),
  ...allFigures()
    .filter(isEmbeddable)
    .map((f) => ({ name: `embed ${f.name}`, path: `/embed/${f.name}/`, copyButtons: false })),
];

test.describe('touch targets at 390 px', () => {
  test.use({ viewport: PHONE });
  for (const { name, path, copyButtons } of PAGES) {
    test(`${name}: every control is at least 24 × 24 px or spaced as WCAG 2.5.8 allows`, async ({ page }) => {
      await hydrated(page, path, copyButtons);
      const small = await smallTargets(page);
      const allowed = (t: Target) => t.spaced && SPACING_EXCEPTIONS.some((pattern) => pattern.test(t.what));
      expect(small.filter((t) => !allowed(t)).map(describe), path).toEqual([]);
    });
  }
});

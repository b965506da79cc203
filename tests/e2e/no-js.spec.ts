import { expect, test } from '@playwright/test';
import { readChapters } from '../support/content';

test.use({ javaScriptEnabled: false });

for (const { slug, body } of readChapters()) {
  test(`chapter ${slug} reads fully without JavaScript`, async ({ page }) => {
    await page.goto(`/chapters/${slug}/`);
    const main = page.locator('main');
    await expect(main.getByRole('heading', { level: 2, name: 'Short answer' })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'Check yourself' })).toBeVisible();
    await expect(page.locator('.chapter-question')).toBeVisible();
    // Math is typeset HTML already: every $…$ in the source became a KaTeX node.
    const mathInSource = (body.replace(/\$\$[\s\S]*?\$\$/g, 'D').match(/\$[^$\n]+\$/g) ?? []).length;
    expect(await main.locator('.katex').count()).toBeGreaterThanOrEqual(mathInSource);
    // Every paper table the source places is rendered as a real table with numbers.
    for (const [, id] of body.matchAll(/<PaperTable id="([^"]+)"/g)) {
      const table = page.locator(`#${id} table`);
      await expect(table).toBeVisible();
      expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    }
    // Check-yourself answers are in the page (closed, but there to open and to print).
    const checks = main.locator('details.check');
    expect(await checks.count()).toBeGreaterThanOrEqual(2);
    for (const answer of await checks.locator('.check__answer').allTextContents()) {
      expect(answer.trim().length).toBeGreaterThan(20);
    }
    // Figures show their static art, never an empty box (of a drawing's two layouts, the one that fits shows).
    for (const figure of await main.locator('figure[id^="fig-"]').all()) {
      const art = figure.locator(':is(svg, .planned-figure__body, .lab-static, img):visible');
      expect(await art.count(), await figure.getAttribute('id') ?? '').toBeGreaterThan(0);
    }
    // No space is reserved for controls that no script will fill.
    for (const controls of await main.locator('.figure__controls').all()) {
      expect((await controls.boundingBox())?.height ?? 0).toBe(0);
    }
    await expect(page.locator('#cite-this')).toBeVisible();
  });
}

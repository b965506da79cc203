import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openInTheme, violationLines } from '../support/axe';

// The book page repeats every chapter, which axe.spec.ts audits on the chapter pages; here axe
// checks what the book adds, in full, and the whole page for the rules that one long page of
// ten chapters could break (ids, landmarks, headings).

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the book's cover, contents and part openings in the ${theme} theme`, async ({ page }) => {
    await openInTheme(page, '/book/', theme);
    const results = await new AxeBuilder({ page })
      .include('h1')
      .include('.book-cover')
      .include('.book-contents')
      .include('.book-part > h2')
      .include('.book-part > .chapter-question')
      .analyze();
    expect(violationLines(results)).toEqual([]);
  });
}

test('the whole book page keeps unique ids and landmarks and its headings in order', async ({ page }) => {
  await page.goto('/book/');
  const results = await new AxeBuilder({ page })
    .withRules(['duplicate-id', 'duplicate-id-aria', 'landmark-unique', 'heading-order', 'page-has-heading-one', 'link-name', 'list', 'listitem'])
    .analyze();
  expect(violationLines(results)).toEqual([]);
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

// The book page repeats every chapter, which axe.spec.ts audits on the chapter pages; here axe
// checks what the book adds, in full, and the whole page for the rules that one long page of
// ten chapters could break (ids, landmarks, headings).
const summary = (results: { violations: { id: string; nodes: { target: unknown[] }[] }[] }) =>
  results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const theme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the book's cover, contents and part openings in the ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => localStorage.setItem('starlight-theme', t), theme);
    await page.goto('/book/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const results = await new AxeBuilder({ page })
      .include('h1')
      .include('.book-cover')
      .include('.book-contents')
      .include('.book-part > h2')
      .include('.book-part > .chapter-question')
      .analyze();
    expect(summary(results)).toEqual([]);
  });
}

test('the whole book page keeps unique ids and landmarks and its headings in order', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/book/');
  const results = await new AxeBuilder({ page })
    .withRules(['duplicate-id', 'duplicate-id-aria', 'landmark-unique', 'heading-order', 'page-has-heading-one', 'link-name', 'list', 'listitem'])
    .analyze();
  expect(summary(results)).toEqual([]);
});

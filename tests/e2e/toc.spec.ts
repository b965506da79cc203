import { expect, test, type Page } from '@playwright/test';

const CHAPTER = '/chapters/identity-propagation/';

/** The section ids the desktop "On this page" list links to, in order (the page title's first). */
const tocIds = (page: Page) =>
  page.locator('starlight-toc a').evaluateAll((links) => links.map((a) => decodeURIComponent((a as HTMLAnchorElement).hash.slice(1))));

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the list marks the section being read: the title at the top, then each heading once it passes under the header', async ({ page }) => {
    await page.goto(CHAPTER);
    const ids = await tocIds(page);
    expect(ids[0]).toBe('_top');
    expect(ids.length).toBeGreaterThan(4);
    const current = page.locator('starlight-toc a[aria-current="true"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveAttribute('href', '#_top');
    // Jump straight to a late section (no heading in between is ever crossed on screen), then back up to an early one.
    for (const id of [ids.at(-2)!, ids[2]!]) {
      await page.locator(`[id="${id}"]`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
      await expect(current).toHaveAttribute('href', `#${encodeURIComponent(id)}`);
      await expect(current).toHaveCount(1);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect(current).toHaveAttribute('href', '#_top');
  });
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the collapsed list names the current section, and a link in it closes the list', async ({ page }) => {
    await page.goto(CHAPTER);
    const ids = await tocIds(page);
    const target = ids[3]!;
    const display = page.locator('mobile-starlight-toc .display-current');
    await page.locator(`[id="${target}"]`).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    const label = await page.locator(`mobile-starlight-toc a[href="#${encodeURIComponent(target)}"]`).textContent();
    await expect(display).toHaveText(label!.trim());
    await page.locator('mobile-starlight-toc summary').click();
    await page.locator(`mobile-starlight-toc a[href="#${encodeURIComponent(ids[1]!)}"]`).click();
    await expect(page.locator('mobile-starlight-toc details')).not.toHaveAttribute('open');
    await expect(page.locator(`mobile-starlight-toc a[aria-current="true"]`)).toHaveAttribute('href', `#${encodeURIComponent(ids[1]!)}`);
  });
});

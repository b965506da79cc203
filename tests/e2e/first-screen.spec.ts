import { expect, test, type Page } from '@playwright/test';

// A long chapter: its first style and layout is the page's longest task on a phone.
const CHAPTER = '/chapters/scaled-shortcuts/';

/**
 * Whether the browser has rendered the contents of a block: its first shown descendant is visible
 * also when content-visibility's skipping counts (false while the block's contents are skipped).
 */
const rendered = (page: Page, selector: string) =>
  page.locator(selector).evaluate((block) => {
    const inner = [...block.querySelectorAll('*')].find((el) => el.checkVisibility());
    return inner ? inner.checkVisibility({ contentVisibilityAuto: true }) : null;
  });

const blocks = '.sl-markdown-content > *';

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('blocks past the first screen wait while the page loads; the first scroll lays out every block', async ({ page }) => {
    await page.goto(CHAPTER);
    // Each block by its place (1-based), whether it has elements inside to test, and how it renders.
    const kinds = await page.locator(blocks).evaluateAll((els) =>
      els.map((el, i) => ({
        place: i + 1,
        inner: el.querySelector('*') !== null,
        figure: el.matches('figure'),
        auto: getComputedStyle(el).contentVisibility === 'auto',
      })),
    );
    expect(kinds.length).toBeGreaterThan(20);
    for (const k of kinds.slice(0, 5)) {
      expect(k.auto).toBe(false);
      // Hidden blocks (the short answer's fold button, scripts) have nothing shown to test.
      expect(await rendered(page, `${blocks}:nth-child(${k.place})`)).not.toBe(false);
    }
    // Figures past the first screen are skipped too: most of a lab chapter's elements are theirs.
    expect(kinds.filter((k) => k.figure && k.place > 5).every((k) => k.auto)).toBe(true);
    expect(kinds.some((k) => k.figure && k.place > 5)).toBe(true);
    const late = kinds.findLast((k) => k.inner && k.auto);
    expect(late, 'a late block that the browser may skip').toBeDefined();
    expect(late!.place).toBeGreaterThan(20);
    const last = `${blocks}:nth-child(${late!.place})`;
    await expect.poll(() => rendered(page, last)).toBe(false);
    await expect(page.locator('html')).not.toHaveAttribute('data-rendered');
    await page.mouse.wheel(0, 100);
    await expect(page.locator('html')).toHaveAttribute('data-rendered', 'all');
    expect(await rendered(page, last)).toBe(true);
    const skipped = await page.locator(blocks).evaluateAll((els) => els.filter((el) => getComputedStyle(el).contentVisibility === 'auto').length);
    expect(skipped).toBe(0);
  });

  test('a jump far down the page leaves its target where the jump put it while the blocks above take their real heights', async ({ page }) => {
    await page.goto(CHAPTER);
    const heading = page.locator('.sl-markdown-content h2[id]').nth(-2);
    // Where the jump puts the heading, measured at once, while the blocks above still count as 200 px.
    const placed = await heading.evaluate((el) => {
      el.scrollIntoView();
      return el.getBoundingClientRect().top;
    });
    await expect(page.locator('html')).toHaveAttribute('data-rendered', 'all');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top - placed)).toBeLessThan(1);
  });

  test('focus moved far down by the keyboard stays where the browser scrolled it while the blocks above take their real heights', async ({ page }) => {
    await page.goto(CHAPTER);
    const link = page.locator('.sl-markdown-content > :nth-last-child(-n + 12) a[href]').first();
    const placed = await link.evaluate((el: HTMLElement) => {
      el.focus();
      return el.getBoundingClientRect().top;
    });
    expect(placed).toBeGreaterThanOrEqual(0);
    await expect(page.locator('html')).toHaveAttribute('data-rendered', 'all');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await expect(link).toBeFocused();
    expect(Math.abs((await link.evaluate((el) => el.getBoundingClientRect().top)) - placed)).toBeLessThan(1);
  });

  test('a link to a late section puts its heading just under the header, where it stays as the blocks around it render', async ({ page }) => {
    await page.goto(CHAPTER);
    const ids = await page.locator('.sl-markdown-content h2[id]').evaluateAll((hs) => hs.map((h) => h.id));
    expect(ids.length).toBeGreaterThan(4);
    const id = ids.at(-3)!;
    await page.goto(`${CHAPTER}#${id}`);
    const heading = page.locator(`[id="${id}"]`);
    // Starlight keeps headings clear of its fixed header with the page's scroll padding.
    const margin = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop));
    expect(margin).toBeGreaterThan(0);
    await expect.poll(() => rendered(page, `.sl-heading-wrapper:has([id="${id}"]) + *`)).toBe(true);
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(Math.abs(top - margin)).toBeLessThan(2);
  });
});

test.describe('on a wide screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('"On this page" holds its column whether or not the article has arrived yet', async ({ page }) => {
    await page.goto(CHAPTER);
    const column = page.locator('.right-sidebar-container');
    const x = () => column.evaluate((el) => Math.round(el.getBoundingClientRect().left));
    const placed = await x();
    expect(placed).toBeGreaterThan(640);
    // A page still being parsed has the column but not yet the article after it.
    await page.locator('.main-pane').evaluate((el) => el.remove());
    expect(await x()).toBe(placed);
  });
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openInTheme, switchTheme, violationLines } from '../support/axe';

// Chapter 8: its question is number 8.
const CHAPTER = '/chapters/scaled-shortcuts/';
const box = (page: Page) => page.locator('.practice[data-question="8"]');
const answer = (page: Page) => box(page).getByLabel('Your answer to question 8');
const shortAnswer = (page: Page) => page.locator('[data-short-answer]');

test('a chapter opens with practice for its question, before the short answer, with every rubric point linked', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(box(page)).toHaveCount(1);
  // The short answer's heading comes after the box in the document (and is not inside it).
  const after = await page.evaluate(() => {
    const practice = document.querySelector('.practice')!;
    const heading = document.getElementById('short-answer')!;
    return practice.compareDocumentPosition(heading) === Node.DOCUMENT_POSITION_FOLLOWING;
  });
  expect(after).toBe(true);
  const points = box(page).locator('[data-rubric-point]');
  expect(await points.count()).toBeGreaterThanOrEqual(4);
  expect(await points.count()).toBeLessThanOrEqual(8);
  for (const anchor of await points.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.anchor!))) {
    expect(anchor).toMatch(/#[\w-]+$/);
    expect(await page.locator(`a[href="${anchor}"]`).count()).toBeGreaterThan(0);
  }
  expect(await box(page).locator('[data-mistake]').count()).toBeGreaterThan(0);
});

test('the practice code beyond the small entry loads only when the reader first focuses the box', async ({ page }) => {
  const loaded: string[] = [];
  page.on('request', (request) => loaded.push(request.url()));
  await page.goto(CHAPTER);
  await expect(box(page)).toHaveAttribute('data-practice', 'waiting');
  expect(loaded.filter((url) => /practice-box/.test(url))).toEqual([]);
  const code = page.waitForRequest(/practice-box/);
  await answer(page).focus();
  await code;
  await expect(box(page)).toHaveAttribute('data-practice', 'ready');
});

test('an answer typed is still there after a reload; Clear empties it', async ({ page }) => {
  await page.goto(CHAPTER);
  await answer(page).fill('The product of the λ’s vanishes.');
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':q8')))).toBe(true);
  await page.reload();
  await expect(answer(page)).toHaveValue('The product of the λ’s vanishes.');
  await box(page).getByRole('button', { name: 'Clear' }).click();
  await expect(answer(page)).toHaveValue('');
  await page.reload();
  await expect(answer(page)).toHaveValue('');
});

test('practising folds the short answer behind "Show our answer", which brings it back', async ({ page }) => {
  await page.goto(CHAPTER);
  await expect(shortAnswer(page)).toBeVisible();
  await answer(page).focus();
  await expect(shortAnswer(page)).toBeHidden();
  await page.getByRole('button', { name: 'Show our answer' }).click();
  await expect(shortAnswer(page)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Show our answer' })).toBeHidden();
});

test('comparing opens the rubric, pre-marks by key terms as a labelled hint, and the score follows the ticks', async ({ page }) => {
  await page.goto(CHAPTER);
  await answer(page).fill('Optimisation fails because the output is not big enough.');
  await box(page).getByRole('button', { name: 'Compare with the rubric' }).click();
  const rubric = box(page).locator('[data-practice-rubric]');
  await expect(rubric).toHaveAttribute('open', '');
  await expect(box(page).locator('[data-practice-hint]')).toContainText('Hint, not a grade');
  // The answer repeats the study guide's mistake; the hint flags it.
  const flagged = box(page).locator('[data-mistake]:has(input:checked)');
  expect(await flagged.count()).toBeGreaterThan(0);
  const points = box(page).locator('[data-rubric-point] input');
  const total = await points.count();
  // The missed points' sections, each once (two points may share a section).
  const anchors = await box(page)
    .locator('[data-rubric-point]')
    .evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.anchor!));
  const missedLinks = () =>
    box(page)
      .locator('[data-practice-missed] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  for (let i = 0; i < total; i++) await points.nth(i).uncheck();
  const score = box(page).locator('[data-practice-score]');
  await expect(score).toHaveText(`Your score: 0 of ${total} points (your own marking).`);
  expect(await missedLinks()).toEqual([...new Set(anchors)]);
  await points.nth(0).check();
  await points.nth(1).check();
  await expect(score).toHaveText(`Your score: 2 of ${total} points (your own marking).`);
  expect(await missedLinks()).toEqual([...new Set(anchors.slice(2))]);
  // Comparing brings the short answer back, and the ticks survive a reload.
  await expect(shortAnswer(page)).toBeVisible();
  await page.reload();
  await expect(box(page).locator('[data-rubric-point] input:checked')).toHaveCount(2);
});

test('a 100 KB answer in any script is kept intact and never read as HTML', async ({ page }) => {
  await page.goto(CHAPTER);
  const text = await page.evaluate(() => '<img src=x data-injected> λ→0 残差 \u202eRTL\u202c 😀\n'.repeat(2500));
  expect(text.length).toBeGreaterThan(100_000);
  await answer(page).fill(text);
  await box(page).getByRole('button', { name: 'Compare with the rubric' }).click();
  await expect(box(page).locator('[data-practice-rubric]')).toHaveAttribute('open', '');
  await page.reload();
  expect(await answer(page).inputValue()).toBe(text);
  await expect(page.locator('img[data-injected]')).toHaveCount(0);
});

test('when the browser refuses storage the box still works for the visit and says the answer will not be kept', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto(CHAPTER);
  await expect(box(page).locator('[data-practice-kept]')).toContainText('will not keep your answer');
  await answer(page).fill('The product of the λ’s vanishes.');
  await box(page).getByRole('button', { name: 'Compare with the rubric' }).click();
  await expect(box(page).locator('[data-practice-score]')).toContainText('Your score:');
});

test('a full quota is reported once in the box, and the answer stays for the visit', async ({ page }) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key.includes(':practice:') && !key.endsWith(':probe')) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(CHAPTER);
  await answer(page).fill('A first answer.');
  await expect(box(page).locator('[data-practice-kept]')).toContainText('will not keep your answer');
  await expect(answer(page)).toHaveValue('A first answer.');
});

test('printed, the answer appears as text in full', async ({ page }) => {
  await page.goto(CHAPTER);
  const text = 'Line one of my answer.\nLine two: the product of the λ’s.';
  await answer(page).fill(text);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });
  const printed = box(page).locator('[data-practice-printed]');
  await expect(printed).toBeVisible();
  expect(await printed.textContent()).toBe(text);
  await expect(answer(page)).toBeHidden();
  await expect(shortAnswer(page)).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the rubric reads in its details, the short answer shows, and no button promises what needs a script', async ({ page }) => {
    await page.goto(CHAPTER);
    await expect(shortAnswer(page)).toBeVisible();
    await box(page).locator('[data-practice-rubric] summary').click();
    await expect(box(page).locator('[data-rubric-point]').first()).toBeVisible();
    await expect(box(page).getByRole('button', { name: 'Compare with the rubric' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Show our answer' })).toBeHidden();
  });
});

test('axe finds no violations in the practice box with the rubric open, the hint and the score shown, in both themes', async ({ page }) => {
  await openInTheme(page, CHAPTER, 'light');
  await answer(page).fill('The product of the λ’s vanishes; the output is not big enough.');
  await box(page).getByRole('button', { name: 'Compare with the rubric' }).click();
  await expect(box(page).locator('[data-practice-score]')).toBeVisible();
  const audit = () => new AxeBuilder({ page }).include('.practice').analyze();
  expect(violationLines(await audit()), 'light theme').toEqual([]);
  await switchTheme(page, 'dark');
  expect(violationLines(await audit()), 'dark theme').toEqual([]);
});

import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { collectErrors } from '../support/errors';

const PAGE = '/practice/';
const boxes = (page: Page) => page.locator('.practice[data-question]');
const shownQuestions = (page: Page) =>
  page.locator('[data-practice-item]:not([hidden]) .practice').evaluateAll((els) => els.map((el) => Number((el as HTMLElement).dataset.question)));
const box = (page: Page, n: number) => page.locator(`.practice[data-question="${n}"]`);
const answer = (page: Page, n: number) => box(page, n).getByLabel(`Your answer to question ${n}`);
const ready = (page: Page) => expect(page.locator('[data-practice-page]')).toHaveAttribute('data-practice-page', 'ready');
const note = (page: Page) => page.locator('[data-practice-query-note]');

test('the practice page shows all ten questions in quiz order, each with its rubric and a link to its chapter', async ({ page }) => {
  const errors = collectErrors(page);
  await page.goto(PAGE);
  await ready(page);
  await expect(boxes(page)).toHaveCount(10);
  expect(await shownQuestions(page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  await expect(page.getByRole('heading', { level: 2, name: 'Question 4', exact: true })).toBeVisible();
  await expect(page.locator('.practice-page__chapter a').first()).toHaveAttribute('href', '/chapters/degradation-problem/');
  await expect(page.locator('[data-practice-progress]')).toHaveText('0 of 10 answered');
  await expect(note(page)).toBeHidden();
  await expect(page.locator('nav.sidebar').getByRole('link', { name: 'Practice for the quiz' })).toHaveAttribute('href', PAGE);
  expect(errors).toEqual([]);
});

test('?q=1,4,7 shows exactly those questions and leaves the address as it is', async ({ page }) => {
  await page.goto(`${PAGE}?q=1,4,7`);
  await ready(page);
  expect(await shownQuestions(page)).toEqual([1, 4, 7]);
  await expect(box(page, 2)).toBeHidden();
  await expect(page.locator('[data-practice-progress]')).toHaveText('0 of 3 answered');
  await expect(note(page)).toBeHidden();
  expect(new URL(page.url()).search).toBe('?q=1,4,7');
});

test('a bad ?q= shows what is valid (or all ten), says so in a short note, and corrects the address', async ({ page }) => {
  await page.goto(`${PAGE}?q=7,0,4,x,4,,11`);
  await ready(page);
  expect(await shownQuestions(page)).toEqual([4, 7]);
  await expect(note(page)).toBeVisible();
  await expect(note(page)).toContainText('“7,0,4,x,4,,11”');
  await expect(note(page)).toContainText('Showing questions 4 and 7.');
  expect(new URL(page.url()).search).toBe('?q=4,7');

  for (const bad of ['abc', '', '0', '11']) {
    await page.goto(`${PAGE}?q=${bad}`);
    await ready(page);
    expect(await shownQuestions(page), bad).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    await expect(note(page), bad).toContainText('Showing all 10 questions.');
    expect(new URL(page.url()).search, bad).toBe('');
  }

  // 10,000 characters with a right-to-left override, NUL and ESC: a short echo without them.
  await page.goto(`${PAGE}?q=${encodeURIComponent(`3,\u202e\u0000\u001b${'y'.repeat(10_000)}`)}`);
  await ready(page);
  expect(await shownQuestions(page)).toEqual([3]);
  const text = (await note(page).textContent())!;
  expect(text.length).toBeLessThan(160);
  // eslint-disable-next-line no-control-regex -- none may reach the note
  expect(text).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  expect(new URL(page.url()).search).toBe('?q=3');
});

test('an answer typed on the practice page is still there after a reload, and the progress line counts it', async ({ page }) => {
  await page.goto(PAGE);
  await ready(page);
  await answer(page, 5).fill('A bottleneck block keeps the FLOPs low.');
  await expect(page.locator('[data-practice-progress]')).toHaveText('1 of 10 answered');
  await expect.poll(() => page.evaluate(() => Object.keys(localStorage).some((k) => k.endsWith(':q5')))).toBe(true);
  await page.reload();
  await ready(page);
  await expect(answer(page, 5)).toHaveValue('A bottleneck block keeps the FLOPs low.');
  await expect(page.locator('[data-practice-progress]')).toHaveText('1 of 10 answered');
  // Only the shown questions count.
  await page.goto(`${PAGE}?q=1,2`);
  await ready(page);
  await expect(page.locator('[data-practice-progress]')).toHaveText('0 of 2 answered');
  await page.goto(PAGE);
  await ready(page);
  await box(page, 5).getByRole('button', { name: 'Clear' }).click();
  await expect(answer(page, 5)).toHaveValue('');
  await expect(page.locator('[data-practice-progress]')).toHaveText('0 of 10 answered');
});

test('the timer starts, pauses and resets from the keyboard, announces only those, and survives a reload', async ({ page }) => {
  await page.clock.install({ time: new Date('2026-12-02T09:00:00Z') });
  await page.goto(PAGE);
  await ready(page);
  const clock = page.getByRole('timer');
  const status = page.locator('[data-timer-status]');
  await expect(clock).toHaveText('00:00');
  await page.getByRole('button', { name: 'Start timer' }).focus();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Timer started.');
  await page.clock.runFor(125_000);
  await expect(clock).toHaveText('02:05');
  // The clock itself is no live region: it changes without being announced.
  await expect(status).toHaveText('Timer started.');
  await expect(clock).not.toHaveAttribute('aria-live', /polite|assertive/);
  await page.keyboard.press('Space');
  await expect(status).toHaveText('Timer paused at 2 minutes 5 seconds.');
  await expect(page.getByRole('button', { name: 'Resume timer' })).toBeFocused();
  await page.clock.runFor(60_000);
  await expect(clock).toHaveText('02:05');
  await page.reload();
  await ready(page);
  await expect(clock).toHaveText('02:05');
  await page.getByRole('button', { name: 'Reset timer' }).click();
  await expect(clock).toHaveText('00:00');
  await expect(status).toHaveText('Timer reset to zero.');
  await expect(page.getByRole('button', { name: 'Start timer' })).toBeVisible();
});

test('printing shows each shown question with the answer as text and the rubric open, ticked points marked', async ({ page }) => {
  await page.goto(`${PAGE}?q=2,6`);
  await ready(page);
  const written = 'Training error rises, so it is not overfitting.\nSecond line <b>kept</b> as text.';
  await answer(page, 2).fill(written);
  await box(page, 2).getByRole('button', { name: 'Compare with the rubric' }).click();
  await expect(box(page, 2).locator('[data-practice-rubric]')).toHaveAttribute('open', '');
  const points = box(page, 2).locator('[data-rubric-point]');
  for (const input of await points.locator('input').all()) await input.setChecked(false);
  await points.nth(0).locator('input').check();
  // "Print my answers" opens the browser's print dialog, which a test cannot drive: count the call,
  // then do what the browser does before printing.
  await page.evaluate(() => {
    window.print = () => {
      document.documentElement.dataset.printCalls = String(Number(document.documentElement.dataset.printCalls ?? 0) + 1);
    };
  });
  await page.getByRole('button', { name: 'Print my answers' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-print-calls', '1');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await page.emulateMedia({ media: 'print' });

  await expect(box(page, 2).locator('[data-practice-printed]')).toBeVisible();
  expect(await box(page, 2).locator('[data-practice-printed]').innerText()).toBe(written);
  await expect(box(page, 2).locator('[data-practice-printed] b')).toHaveCount(0);
  await expect(answer(page, 2)).toBeHidden();
  // Question 6 has no answer: its rubric still prints, open.
  await expect(box(page, 6).locator('[data-rubric-point]').first()).toBeVisible();
  await expect(box(page, 1)).toBeHidden();
  const marks = await points.locator('label').evaluateAll((labels) => labels.map((l) => getComputedStyle(l, '::before').content));
  expect(marks[0]).toBe('"✓ ticked"');
  expect(marks.slice(1).every((m) => m === 'none')).toBe(true);
  for (const point of await points.all()) await expect(point).toBeVisible();
  for (const chrome of ['[data-practice-tools]', 'header.header', 'nav.sidebar']) await expect(page.locator(chrome).first()).toBeHidden();
});

test('"Download as Markdown" gives a file with each shown answer intact, 100 KB of Unicode included, and the ticks', async ({ page }) => {
  await page.goto(`${PAGE}?q=3,9`);
  await ready(page);
  const piece = 'Résumé 残差 🧠 𝔽(x)+x <script>alert(1)</script> **not bold** ``` \u202e ‮RTL\n';
  // Whole pieces only: cutting at a length could split a surrogate pair.
  const long = piece.repeat(Math.ceil(100_000 / piece.length));
  expect(new TextEncoder().encode(long).length).toBeGreaterThan(100_000);
  await answer(page, 3).fill(long);
  await answer(page, 9).fill('Short one.');
  await box(page, 9).locator('summary').click();
  const first = box(page, 9).locator('[data-rubric-point]').first();
  await first.locator('input').check();
  const firstPoint = (await first.locator('label > span').innerText()).trim();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as Markdown' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text).toContain(`\`\`\`\`text\n${long}\`\`\`\``);
  expect(text).toContain('```text\nShort one.\n```');
  expect(text.indexOf('## Question 3')).toBeLessThan(text.indexOf('## Question 9'));
  expect(text).not.toContain('## Question 1\n');
  expect(text).toContain(`- [x] ${firstPoint.replace(/([\\`*_[\]<>#|~])/g, '\\$1')}`);
  await expect(page.locator('[data-practice-tools-status]')).toContainText('saved as');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('all ten questions show, even with ?q=, and the tools that need a script do not', async ({ page }) => {
    await page.goto(`${PAGE}?q=1`);
    await expect(boxes(page)).toHaveCount(10);
    for (const n of [1, 5, 10]) await expect(box(page, n)).toBeVisible();
    await expect(page.locator('[data-practice-tools]')).toBeHidden();
  });
});

test('the instructors page has the answer key and a form that builds the practice link', async ({ page }) => {
  await page.goto('/instructors/');
  await expect(page.getByRole('heading', { level: 2, name: 'Answer key' })).toBeVisible();
  const questions = page.locator('.answer-key__question');
  await expect(questions).toHaveCount(10);
  for (const question of await questions.all()) {
    expect(await question.locator('[data-key-point]').count()).toBeGreaterThanOrEqual(4);
    expect(await question.locator('[data-key-mistake]').count()).toBeGreaterThan(0);
  }
  // Every point's citations and its link into a chapter section.
  const point = questions.first().locator('[data-key-point]').first();
  await expect(point.locator('.answer-key__cites')).toHaveText(/^\(P[12] /);
  await expect(point.locator('a')).toHaveAttribute('href', /^\/chapters\/[a-z-]+\/#[\w-]+$/);

  const form = page.locator('[data-practice-link-form]');
  await expect(form).toHaveAttribute('data-ready', '');
  const link = form.locator('[data-practice-link]');
  await expect(link).toHaveAttribute('href', '/practice/');
  await form.getByLabel(/Question 7:/).check();
  await form.getByLabel(/Question 2:/).check();
  await expect(link).toHaveAttribute('href', '/practice/?q=2,7');
  await expect(link).toHaveText(new URL('/practice/?q=2,7', page.url()).href);
  await link.click();
  await ready(page);
  expect(await shownQuestions(page)).toEqual([2, 7]);
});

test('without JavaScript, the instructors page says how to write a practice link, and its form still opens the page', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/instructors/');
  await expect(page.locator('[data-practice-links]')).toContainText('/practice/?q=1,4,7 shows questions 1, 4 and 7');
  await expect(page.locator('[data-practice-link-copy]')).toBeHidden();
  await page.getByLabel(/Question 3:/).check();
  await page.getByLabel(/Question 8:/).check();
  await page.getByRole('button', { name: 'Open the practice page' }).click();
  expect(new URL(page.url()).search).toBe('?q=3&q=8');
  await context.close();
});

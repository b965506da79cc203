import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DIST } from '../../src/scripts/built-site.ts';
import { serveStatic, type StaticServer } from '../../src/scripts/static-server.ts';
import { writeServiceWorker } from '../../src/scripts/offline/service-worker-build.ts';
import { AVAILABLE, UPDATE_READY } from '../../src/lib/site/offline-status';
import { CHAPTER_SLUGS } from '../../src/lib/site/chapters';
import { collectErrors } from '../support/errors';
import { switchTheme, violationLines } from '../support/axe';
import { UNTIL_STATE } from '../support/waits';

// Offline reading: the service worker (sw.js) precaches the whole built site after a first visit.
// These tests let the browser run service workers, whatever the rest of the suite does.
test.use({ serviceWorkers: 'allow' });

const status = (page: Page) => page.locator('[data-offline-status]');
const statusLine = (page: Page) => page.locator('[data-offline-text]');

/** Waits until the worker holds the whole site (the status says so). */
async function availableOffline(page: Page): Promise<void> {
  await expect(status(page)).toHaveAttribute('data-offline-state', 'ready', UNTIL_STATE);
  await expect(statusLine(page)).toHaveText(AVAILABLE);
}

/**
 * Every request the page makes that fails, from the moment this is called. A request cut short
 * because the test moved to the next page (net::ERR_ABORTED: an idle-time script still loading)
 * is not a failure to serve it; with the network off and no cache, requests fail with
 * net::ERR_INTERNET_DISCONNECTED.
 */
function failedRequests(page: Page): string[] {
  const failed: string[] = [];
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText ?? '';
    if (error !== 'net::ERR_ABORTED') failed.push(`${request.url()} (${error})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.url()} (${response.status()})`);
  });
  return failed;
}

/** axe finds nothing wrong with the status as it stands, in the light theme and in the dark one. */
async function auditStatus(page: Page): Promise<void> {
  for (const theme of ['light', 'dark'] as const) {
    if ((await page.locator('html').getAttribute('data-theme')) !== theme) await switchTheme(page, theme);
    const results = await new AxeBuilder({ page }).include('[data-offline-status]').analyze();
    expect(violationLines(results), `${theme} theme`).toEqual([]);
  }
}

/** A page's title as the build wrote it (its h1), read from the built file. */
function builtTitle(path: string): string {
  const html = readFileSync(join(DIST, path, 'index.html'), 'utf8');
  const raw = /<h1 id="_top"[^>]*>([^<]*)<\/h1>/.exec(html)?.[1] ?? '';
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return raw.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (all, code: string) =>
    code.startsWith('#') ? String.fromCodePoint(Number(code.replace('#x', '0x').replace('#', ''))) : (named[code] ?? all),
  );
}

/** Opens a page with the network off and checks it is the built page, whole: its title, its fonts. */
async function openChapter(page: Page, path: string, query = ''): Promise<void> {
  await page.goto(`${path}${query}`);
  await expect(page.locator('h1#_top')).toHaveText(builtTitle(path));
  // Every web font the page asked for loaded (from the cache: there is no network).
  const broken = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family);
  });
  expect(broken).toEqual([]);
}

test('after one visit the site works with the network off: three other chapters, the training lab and search', async ({ page, context }) => {
  const errors = collectErrors(page);
  await page.goto('/');
  await availableOffline(page);
  // The status line is news once: saved during this visit, so it was announced.
  await expect(page.locator('[data-offline-announce]')).toContainText('works without a network');

  await context.setOffline(true);
  const failed = failedRequests(page);
  await openChapter(page, '/chapters/not-overfitting/');
  // A figure's state in the query string does not stop the cached page from answering.
  await openChapter(page, '/chapters/identity-propagation/', '?gf-L=20');
  await openChapter(page, '/chapters/flops-vs-vgg/');
  // The practice page too, narrowed by its own query string.
  await openChapter(page, '/practice/', '?q=2,5');
  await expect(page.locator('[data-practice-item]:not([hidden])')).toHaveCount(2);
  // A later page load, already controlled: the status is shown but not announced again.
  await availableOffline(page);
  await expect(page.locator('[data-offline-announce]')).toHaveText('');

  // The training lab fetches tfjs, its workers and the WASM binaries only now, from the cache.
  await page.goto('/chapters/degradation-problem/?lab-depth=12&lab-steps=60&lab-seed=3&lab-backend=wasm&lab-autorun=1#fig-training-lab');
  const lab = page.locator('#fig-training-lab');
  await expect(lab).toHaveAttribute('data-hydrated', 'ready');
  await expect(lab).toHaveAttribute('data-lab-state', 'done', UNTIL_STATE);
  await expect(lab.locator('.lab-badge')).toHaveText('Backend: CPU · WASM');
  await expect(lab.locator('.lab-results tr[data-model]')).toHaveCount(3);
  for (const steps of await lab.locator('.lab-results tr[data-model]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-steps')))) {
    expect(steps).toBe('60');
  }

  // Search: Pagefind's script, WASM, index and fragments, all from the cache; a result opens offline.
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.pagefind-ui__search-input').fill('shortcut');
  const result = page.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  const href = await result.getAttribute('href');
  expect(href).toMatch(/^\/[\w/-]*\/(#.*)?$/);
  await result.click();
  await expect(page).toHaveURL((url) => url.pathname === href!.split('#')[0]);
  await expect(page.locator('h1#_top')).toBeVisible();

  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
});

test('precaching waits for the page: the worker is registered only after the load event and the first paint', async ({ page }) => {
  // A page whose first frame comes well after its load event (as when a slow device is still
  // rastering it): nothing shows until 1.5 s after load. Record, at the moment the page registers
  // its worker, whether it had loaded and had painted.
  await page.addInitScript(() => {
    const hide = new CSSStyleSheet();
    hide.replaceSync('html { visibility: hidden !important; }');
    document.adoptedStyleSheets = [hide];
    const show = () => (document.adoptedStyleSheets = document.adoptedStyleSheets.filter((sheet) => sheet !== hide));
    window.addEventListener('load', () => setTimeout(show, 1500), { once: true });
    const container = navigator.serviceWorker;
    const register = container.register.bind(container);
    container.register = (...args: Parameters<ServiceWorkerContainer['register']>) => {
      const w = window as unknown as { registeredAt?: { loaded: boolean; painted: number } };
      w.registeredAt = { loaded: document.readyState === 'complete', painted: performance.getEntriesByType('paint').length };
      return register(...args);
    };
  });
  await page.goto('/chapters/degradation-problem/');
  await availableOffline(page);
  const at = await page.evaluate(() => (window as unknown as { registeredAt?: { loaded: boolean; painted: number } }).registeredAt);
  expect(at?.loaded).toBe(true);
  expect(at?.painted).toBeGreaterThan(0);
});

test('when the browser refuses service workers, nothing shows and the site works as it did', async ({ browser }) => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto('/chapters/degradation-problem/');
  await expect(page.locator('h1#_top')).toBeVisible();
  await expect(status(page)).toHaveAttribute('data-offline-state', 'unavailable', UNTIL_STATE);
  await expect(page.locator('[data-offline-line]')).toBeHidden();
  await expect(page.locator('[data-offline-announce]')).toHaveText('');
  expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
  expect(errors).toEqual([]);
  await context.close();
});

test('a quota error while precaching is reported once in the status, never as an uncaught error', async ({ page, context, baseURL }) => {
  const errors = collectErrors(page);
  // Chromium's DevTools protocol gives this origin 1 MB of storage: the 14 MB copy cannot fit.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1024 * 1024 });
  await page.addInitScript(() => {
    const said: string[] = ((window as unknown as { announced: string[] }).announced = []);
    new MutationObserver(() => {
      const text = document.querySelector('[data-offline-announce]')?.textContent ?? '';
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  await page.goto('/chapters/degradation-problem/');
  await expect(status(page)).toHaveAttribute('data-offline-state', 'failed', UNTIL_STATE);
  const text = 'Not available offline: the browser has no room left for this site (storage is full).';
  await expect(statusLine(page)).toHaveText(text);
  // The failed install leaves no worker behind, so nothing later can report it again.
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.every((x) => !x.installing && !x.waiting && !x.active)))).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { announced: string[] }).announced)).toEqual([text]);
  await expect(page.locator('h1#_top')).toBeVisible();
  expect(errors).toEqual([]);
});

// The next tests serve a copy of the built site from a local server of their own, so they can
// change it: a new build (the update notice) or the PDFs a PDF build prints after the build.
test.describe('a copy of the built site', () => {
  let dir: string;
  let server: StaticServer;
  test.beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'offline-site-'));
    cpSync(DIST, dir, { recursive: true });
    server = await serveStatic({ root: dir });
  });
  test.afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a new build is announced with a keyboard-reachable Reload, pages stay whole until then, and Reload shows the new build', async ({ page }) => {
    const errors = collectErrors(page);
    const chapter = `${server.url}chapters/degradation-problem/`;
    await page.goto(chapter);
    await availableOffline(page);
    await auditStatus(page);
    const title = (await page.locator('h1#_top').textContent())!.trim();

    // Deploy a new build: one chapter's text changes, and the build writes a new sw.js.
    const file = join(dir, 'chapters/degradation-problem/index.html');
    const html = readFileSync(file, 'utf8');
    const revised = html.replace(`>${title}</h1>`, `>${title} (second edition)</h1>`);
    expect(revised).not.toBe(html);
    writeFileSync(file, revised);
    await writeServiceWorker({ dir, base: '/', pdfs: false });

    // The next navigation makes the browser check sw.js; the new worker precaches and waits.
    await page.goto(`${server.url}chapters/not-overfitting/`);
    await expect(status(page)).toHaveAttribute('data-offline-state', 'update', UNTIL_STATE);
    await expect(statusLine(page)).toHaveText(UPDATE_READY);
    await expect(page.locator('[data-offline-announce]')).toHaveText(UPDATE_READY);
    // Until the reader reloads, pages come whole from the build they started with.
    await page.goto(chapter);
    await expect(page.locator('h1#_top')).toHaveText(title);
    await expect(status(page)).toHaveAttribute('data-offline-state', 'update', UNTIL_STATE);

    await auditStatus(page);

    // Reached from the keyboard (the next stop after the footer's last link) and pressed with Enter.
    const reload = page.getByRole('button', { name: 'Reload' });
    await expect(reload).toBeVisible();
    await page.locator('footer a').last().focus();
    await page.keyboard.press('Tab');
    await expect(reload).toBeFocused();
    await Promise.all([page.waitForEvent('load'), page.keyboard.press('Enter')]);
    await expect(page.locator('h1#_top')).toHaveText(`${title} (second edition)`);
    await availableOffline(page);
    expect(errors).toEqual([]);
  });

  test('in a PDF build the PDFs printed after the build are precached too and download offline', async ({ page, context }) => {
    // What `npm run pdf` does after its build, in miniature: a worker that lists the PDFs, then the files.
    await writeServiceWorker({ dir, base: '/', pdfs: true });
    const pdf = (name: string) => `%PDF-1.7\n% ${name}\n%%EOF\n`;
    mkdirSync(join(dir, 'pdf'), { recursive: true });
    writeFileSync(join(dir, 'resnet-explained.pdf'), pdf('book'));
    for (const slug of CHAPTER_SLUGS) writeFileSync(join(dir, 'pdf', `${slug}.pdf`), pdf(slug));

    await page.goto(`${server.url}chapters/not-overfitting/`);
    await availableOffline(page);
    await context.setOffline(true);
    await page.goto(`${server.url}chapters/degradation-problem/`);
    // A "Download PDF" link as PdfLink.astro renders it in a PDF build.
    await page.evaluate(() => {
      const link = Object.assign(document.createElement('a'), { href: '/pdf/degradation-problem.pdf', download: '', textContent: 'PDF' });
      document.querySelector('main')!.append(link);
    });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'PDF', exact: true }).click()]);
    expect(await download.failure()).toBeNull();
    expect(readFileSync((await download.path())!, 'utf8')).toBe(pdf('degradation-problem'));
    const book = await page.evaluate(() => fetch('/resnet-explained.pdf').then((r) => r.text()));
    expect(book).toBe(pdf('book'));
  });
});

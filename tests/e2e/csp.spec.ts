import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Page } from '@playwright/test';
import { serveStatic, type StaticServer } from '../../src/scripts/static-server';
import { DIST, builtPages } from '../../src/scripts/built-site.ts';
import { metaPolicy } from '../../src/lib/site/csp-inline';
import { parsePolicy, serialisePolicy, withoutAncestors } from '../../src/lib/site/csp-policy';
import { UNTIL_STATE } from '../support/waits';

// The built site served as Netlify or Cloudflare Pages would serve it: with the headers of the
// _headers file the build wrote (src/scripts/csp/). Every page, lab, search and embed must run
// with no Content-Security-Policy violation and no console error. TEST_DIST names another build,
// TEST_BASE the base path it was made for (e.g. TEST_DIST=dist-sub TEST_BASE=/sub/path/).
const BASE = process.env.TEST_BASE ?? '/';
let site: StaticServer;

test.beforeAll(async () => {
  site = await serveStatic({ root: DIST, base: BASE, headers: true });
});
test.afterAll(() => site?.close());

/** What a page and its frames and workers reported: policy violations, console errors, requests that left. */
interface Watch {
  violations: string[];
  errors: string[];
  offsite: string[];
}

/** A marker the init script prints for each securitypolicyviolation event. */
const VIOLATION = '[csp-violation]';

/**
 * Watches a page: a securitypolicyviolation listener in every document and frame (an init script,
 * which runs before the page's own and is not itself subject to the policy), console messages
 * of the page, its frames and its workers, uncaught errors, and any request to an origin not listed.
 */
async function watch(page: Page, origins: string[] = [site.origin]): Promise<Watch> {
  const seen: Watch = { violations: [], errors: [], offsite: [] };
  await page.addInitScript((marker) => {
    addEventListener(
      'securitypolicyviolation',
      (e) => {
        // Which of the two policies a page has spoke: the header's names frame-ancestors, the meta's cannot.
        const policy = e.originalPolicy.includes('frame-ancestors') ? 'header' : 'meta';
        console.warn(`${marker} ${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${policy} policy) in ${e.documentURI} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
      },
      true,
    );
  }, VIOLATION);
  const read = (type: string, text: string) => {
    if (text.startsWith(VIOLATION) || /Content.Security.Policy/i.test(text)) seen.violations.push(text);
    // Chrome reports a header it cannot read (an unknown Permissions-Policy feature) as a warning.
    else if (type === 'error' || /Permissions-Policy|Referrer-Policy/.test(text)) seen.errors.push(text);
  };
  page.on('console', (m) => read(m.type(), m.text()));
  page.on('worker', (worker) => worker.on('console', (m) => read(m.type(), m.text())));
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && !origins.includes(url.origin)) seen.offsite.push(r.url());
  });
  return seen;
}

function expectClean(seen: Watch): void {
  expect(seen.violations, 'policy violations').toEqual([]);
  expect(seen.errors, 'console errors').toEqual([]);
  expect(seen.offsite, 'requests off the site').toEqual([]);
}

const at = (path: string) => `${site.url}${path.replace(/^\//, '')}`;

test('every page is served with the headers and carries the policy in a meta element: the header policy minus frame-ancestors', async ({ request }) => {
  const pages = builtPages(DIST);
  expect(pages.length).toBeGreaterThan(15);
  for (const path of pages) {
    const response = await request.get(at(path));
    expect(response.status(), path).toBe(200);
    const headers = response.headers();
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('same-origin');
    expect(headers['permissions-policy'], path).toMatch(/camera=\(\)/);
    const header = headers['content-security-policy'] ?? '';
    const ancestors = parsePolicy(header).find(([name]) => name === 'frame-ancestors')?.[1];
    expect(ancestors, path).toEqual(path.startsWith('/embed/') ? ['*'] : ["'self'"]);
    expect(metaPolicy(await response.text()), path).toBe(serialisePolicy(withoutAncestors(parsePolicy(header))));
  }
  // A path the build lacks: its 404 page gets the common headers, and the policy from its meta element.
  const missing = await request.get(at('no-such-page/'));
  expect(missing.status()).toBe(404);
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  expect(metaPolicy(await missing.text())).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-/);
  const script = (await (await request.get(site.url)).text()).match(/src="([^"]*\/_astro\/[^"]+\.js)"/)?.[1];
  expect(script).toMatch(/\/_astro\/[^/]+\.js$/);
  expect((await request.get(`${site.origin}${script}`)).headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('the policy is enforced: a script injected into a page is refused and reported', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(at('/chapters/degradation-problem/'));
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
    return (window as unknown as { injected?: boolean }).injected ?? false;
  });
  expect(ran).toBe(false);
  // Each of the two policies, the header and the meta element, refuses it and says so with an event.
  const events = () => seen.violations.filter((m) => m.startsWith(`${VIOLATION} script-src-elem refused inline`));
  await expect.poll(() => events().length).toBe(2);
  expect(events().some((m) => m.includes('(header policy)'))).toBe(true);
  expect(events().some((m) => m.includes('(meta policy)'))).toBe(true);
  expect(seen.violations.some((m) => m.includes('Executing inline script violates'))).toBe(true);
});

test('every page loads and hydrates each of its figures within the policy', async ({ page }) => {
  const seen = await watch(page);
  let figures = 0;
  // The 404 page by its own name: as the answer to a missing path it would log its 404 status.
  for (const path of [...builtPages(DIST), '/404.html']) {
    await page.goto(at(path));
    await page.evaluate(() => document.fonts.ready);
    for (const figure of await page.locator('figure[data-island]').all()) {
      await figure.scrollIntoViewIfNeeded();
      await expect(figure, `${path} ${await figure.getAttribute('id')}`).toHaveAttribute('data-hydrated', 'ready');
      figures += 1;
    }
  }
  expect(figures).toBeGreaterThan(10);
  expectClean(seen);
});

test('the training lab trains on WASM within the policy', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(at('/chapters/degradation-problem/?lab-depth=12&lab-steps=30&lab-seed=3&lab-backend=wasm&lab-autorun=1#fig-training-lab'));
  const lab = page.locator('#fig-training-lab');
  await expect(lab).toHaveAttribute('data-lab-state', 'done', UNTIL_STATE);
  await expect(lab.locator('.lab-badge')).toHaveText('Backend: CPU · WASM');
  await expect(lab.locator('.lab-results tr[data-model]')).toHaveCount(3);
  expectClean(seen);
});

test('the ablation lab trains every variant on WASM within the policy', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(at('/chapters/shortcut-variants/?abl-autorun=1&abl-seeds=1&abl-steps=20#fig-shortcut-ablation'));
  const figure = page.locator('#fig-shortcut-ablation');
  await expect(figure).toHaveAttribute('data-trained', 'done', UNTIL_STATE);
  await expect(figure.locator('.figure__table caption')).toContainText('(wasm)');
  expectClean(seen);
});

test('the gradient-flow figure measures on WASM within the policy', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(at('/chapters/scaled-shortcuts/?gf-L=6#fig-gradient-flow'));
  const figure = page.locator('#fig-gradient-flow');
  await expect(figure).toHaveAttribute('data-hydrated', 'ready');
  await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  // A setting the recording does not hold: the figure has to measure it.
  const slider = figure.getByLabel('Training steps before measuring');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveValue('110');
  await expect(figure.locator('.figure__status')).toContainText('after 110 training steps on WASM', UNTIL_STATE);
  await expect(figure).toHaveAttribute('data-measured', 'ready', UNTIL_STATE);
  expectClean(seen);
});

test('the FLOPs explorer answers a choice within the policy', async ({ page }) => {
  const seen = await watch(page);
  await page.goto(at('/chapters/flops-vs-vgg/#fig-flops-explorer'));
  const explorer = page.locator('#fig-flops-explorer');
  await expect(explorer).toHaveAttribute('data-hydrated', 'ready');
  await explorer.getByRole('combobox', { name: 'Network beside VGG-19' }).selectOption({ label: 'ResNet-50' });
  await expect(explorer.locator('.fx-readout')).toContainText('ResNet-50: ');
  await expect(page).toHaveURL(/[?&]fx-model=resnet50(&|#|$)/);
  expectClean(seen);
});

test('search loads its index, its worker and its WebAssembly, and finds a chapter, within the policy', async ({ page }) => {
  const seen = await watch(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto(site.url);
  await page.getByRole('button', { name: 'Search' }).click();
  await page.locator('.pagefind-ui__search-input').fill('degradation');
  const first = page.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible();
  await expect(first).toHaveAttribute('href', new RegExp(`^${BASE}chapters/`));
  expect(workers.some((url) => /pagefind-worker\.js$/.test(url))).toBe(true);
  expectClean(seen);
});

test.describe('framed by a course page on another site', () => {
  let course: Server;
  let courseOrigin: string;
  test.beforeAll(async () => {
    // The course page: another host name (localhost, not 127.0.0.1), so another site altogether.
    course = createServer((_request, res) => {
      const frame = (title: string, path: string) => `<iframe title="${title}" src="${at(path)}" width="900" height="700"></iframe>`;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>course</title>${frame('embed', '/embed/flops-explorer/')}${frame('chapter', '/chapters/flops-vs-vgg/')}`);
    });
    await new Promise<void>((done) => course.listen(0, '127.0.0.1', done));
    courseOrigin = `http://localhost:${(course.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((done) => (course ? course.close(() => done()) : done())));

  test('an embed runs inside it within the policy, and a chapter page refuses to be framed there', async ({ page }) => {
    const seen = await watch(page, [site.origin, courseOrigin]);
    await page.goto(`${courseOrigin}/`);
    const embed = page.frameLocator('iframe[title=embed]');
    const explorer = embed.locator('#fig-flops-explorer');
    await expect(explorer).toHaveAttribute('data-hydrated', 'ready');
    await explorer.getByRole('combobox', { name: 'Network beside VGG-19' }).selectOption({ label: 'ResNet-50' });
    await expect(explorer.locator('.fx-readout')).toContainText('ResNet-50: ');
    // frame-ancestors 'self' (a header: a meta element cannot say it) keeps the chapter out.
    await expect.poll(() => seen.violations.filter((m) => m.includes("frame-ancestors 'self'")).length).toBeGreaterThan(0);
    expect(page.frames().some((frame) => frame.url().includes('/chapters/'))).toBe(false);
    // The browser names only the refused frame's origin; the embed from that origin did load.
    const refusal = (m: string) => m.startsWith(`Framing '${site.origin}/' violates`) && m.includes("frame-ancestors 'self'");
    expect(seen.violations.filter(refusal)).toHaveLength(1);
    expect(seen.violations.filter((m) => !refusal(m)), 'policy violations besides the refused chapter').toEqual([]);
    expect(seen.errors, 'console errors').toEqual([]);
    expect(seen.offsite, 'requests off the two sites').toEqual([]);
  });
});

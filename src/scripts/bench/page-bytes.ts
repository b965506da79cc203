/**
 * What a page costs to load, gzipped, by kind: what arrives before any interaction (load, no
 * scrolling, until the network is idle) and what arrives later (scrolling to the bottom step by
 * step, then pressing every lab's Train/Run button). Sizes are the gzipped response bodies, the
 * same measure as tests/e2e/budget.spec.ts.
 */
import { gzipSync } from 'node:zlib';
import type { Browser, Page, Response } from '@playwright/test';
import { watchNetwork, type NetworkWatch } from './network.ts';

/** Gzipped bytes by kind of resource, and how many responses. */
export interface Bytes {
  html: number;
  css: number;
  js: number;
  font: number;
  /** Everything else: images, wasm, JSON, the search index. */
  other: number;
  total: number;
  requests: number;
}

/** One page's bytes before and after interaction. */
export interface PageBytes {
  path: string;
  initial: Bytes;
  later: Bytes;
  /** Initial JavaScript as the byte-budget test counts it: script files plus inline scripts. */
  initialJsWithInline: number;
  /** Files loaded before interaction whose URL shows tfjs (the budget wants none). */
  initialTfjs: string[];
  /** Font files loaded at any point (URL paths). */
  fonts: string[];
  /** Lab buttons that were pressed (their accessible names). */
  pressed: string[];
  /** Scroll steps taken. */
  scrollSteps: number;
  /** Waits for network idle that timed out (0 when every phase settled). */
  idleTimeouts: number;
}

type Kind = 'html' | 'css' | 'js' | 'font' | 'other';

const empty = (): Bytes => ({ html: 0, css: 0, js: 0, font: 0, other: 0, total: 0, requests: 0 });

function kindOf(response: Response): Kind {
  const type = response.request().resourceType();
  const path = new URL(response.url()).pathname;
  if (type === 'document') return 'html';
  if (type === 'stylesheet' || path.endsWith('.css')) return 'css';
  if (type === 'script' || /\.m?js$/.test(path)) return 'js';
  if (type === 'font' || /\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  return 'other';
}

/** The buttons that start a lab: `[data-lab-start]`, or Train/Run/Start/Play inside a figure island. */
const LAB_START = 'figure[data-island] button, [data-lab-start]';
const LAB_NAME = /train|run|start|play/i;

async function scrollToBottom(page: Page, net: NetworkWatch, onTimeout: () => void): Promise<number> {
  let steps = 0;
  for (;;) {
    const atBottom = await page.evaluate(() => {
      const max = document.documentElement.scrollHeight - innerHeight;
      if (scrollY >= max - 1) return true;
      scrollBy(0, Math.round(innerHeight * 0.8));
      return false;
    });
    if (atBottom) return steps;
    steps += 1;
    if (!(await net.idle())) onTimeout();
  }
}

async function pressLabButtons(page: Page, net: NetworkWatch, onTimeout: () => void): Promise<string[]> {
  const pressed: string[] = [];
  for (const button of await page.locator(LAB_START).all()) {
    const name = (await button.getAttribute('aria-label')) ?? (await button.innerText()).trim();
    const marked = (await button.getAttribute('data-lab-start')) !== null;
    if (!marked && !LAB_NAME.test(name)) continue;
    if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
    await button.scrollIntoViewIfNeeded();
    await button.click();
    pressed.push(name);
    if (!(await net.idle(1000, 60_000))) onTimeout();
  }
  return pressed;
}

/** Loads `origin + path` in a fresh context and sorts every response into before/after interaction. */
export async function measurePageBytes(browser: Browser, origin: string, path: string): Promise<PageBytes> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const net = watchNetwork(page);
  const buckets = { initial: empty(), later: empty() };
  let phase: keyof typeof buckets = 'initial';
  const pending: Promise<void>[] = [];
  const fonts: string[] = [];
  const initialTfjs: string[] = [];
  page.on('response', (response) => {
    const bucket = buckets[phase];
    const kind = kindOf(response);
    const url = new URL(response.url());
    if (kind === 'font') fonts.push(url.pathname);
    if (phase === 'initial' && /tfjs|tensorflow|backend-wasm|backend-webgpu/i.test(url.pathname))
      initialTfjs.push(url.pathname);
    pending.push(
      response.body().then(
        (body) => {
          const size = gzipSync(body).length;
          bucket[kind] += size;
          bucket.total += size;
          bucket.requests += 1;
        },
        () => undefined, // redirects and aborted requests have no body
      ),
    );
  });
  // Responses keep arriving while earlier bodies are read: wait until none is left unread.
  const settle = async () => {
    for (let done = 0; done < pending.length;) {
      const batch = pending.slice(done);
      await Promise.all(batch);
      done += batch.length;
    }
  };
  let idleTimeouts = 0;
  const timedOut = () => void (idleTimeouts += 1);
  try {
    await page.goto(origin + path, { waitUntil: 'load' });
    if (!(await net.idle())) timedOut();
    await settle();
    const inline = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')].map((s) => s.textContent ?? '').join('\n'),
    );
    const initialJsWithInline = buckets.initial.js + gzipSync(inline).length;
    phase = 'later';
    const scrollSteps = await scrollToBottom(page, net, timedOut);
    const pressed = await pressLabButtons(page, net, timedOut);
    await settle();
    return {
      path,
      initial: buckets.initial,
      later: buckets.later,
      initialJsWithInline,
      initialTfjs,
      fonts,
      pressed,
      scrollSteps,
      idleTimeouts,
    };
  } finally {
    await context.close();
  }
}

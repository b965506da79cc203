import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';

/** Where a usable Chromium was found, and how. */
export interface BrowserLocation {
  path: string;
  source: 'CHROMIUM_PATH' | 'playwright' | 'system chromium' | 'google-chrome';
}

/** The one-line fix printed when no browser is found. */
export const BROWSER_FIX =
  'No Chromium found: run `apt-get install -y chromium` (or `npx playwright install chromium` where downloads are allowed), or set CHROMIUM_PATH.';

/**
 * Finds Chromium in the documented order: $CHROMIUM_PATH, Playwright's own install,
 * /usr/bin/chromium, then google-chrome on the PATH. Returns null when none exists.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): BrowserLocation | null {
  const fromEnv = env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { path: fromEnv, source: 'CHROMIUM_PATH' };
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return { path: own, source: 'playwright' };
  } catch {
    // Playwright has no browser of its own here; fall through to the system ones.
  }
  if (existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: 'system chromium' };
  for (const name of ['google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return { path, source: 'google-chrome' };
    } catch {
      // not on the PATH
    }
  }
  return null;
}

/**
 * Flags for headless Chromium here: no sandbox (we run as root), no background traffic to
 * Google (the network is closed and every attempt would be a refused request), and a software
 * GL so that the WebGL backend works without a GPU.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

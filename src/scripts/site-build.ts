// Decides whether dist/ can be printed as it is, and builds it when not. A build is reused only
// when it is newer than every source and was made for PDF links under the same base path.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BOOK_PDF } from '../lib/site/pdf.ts';

/** What the site is built from: a change to any of these makes dist/ stale. */
const SOURCES = ['content', 'src', 'components', 'public', 'astro.config.mjs', 'package.json'];

/** Why dist/ must be (re)built, or null when it can be printed as it is. */
export function staleReason(root: string, dist: string, base: string): string | null {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return 'no build in dist/';
  if (!readFileSync(home, 'utf8').includes(`href="${base}${BOOK_PDF}"`)) {
    return `dist/ was not built for PDF links under ${base}`;
  }
  return sourcesNewerThan(root, home) ? 'sources changed since the last build' : null;
}

/** Whether any source of the site changed after `file` (e.g. dist/index.html) was written. */
export function sourcesNewerThan(root: string, file: string): boolean {
  const built = statSync(file).mtimeMs;
  return SOURCES.some((source) => newestChange(join(root, source)) > built);
}

/** Runs `astro build` with PDF links on; throws when the build fails. */
export function buildSite(root: string, env: NodeJS.ProcessEnv): void {
  const result = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit', env: { ...env, PDF_LINKS: '1', ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error(`astro build failed (exit ${result.status ?? result.signal})`);
}

function newestChange(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestChange(join(path, name)));
  return newest;
}

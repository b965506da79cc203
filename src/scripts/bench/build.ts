/**
 * The build side: how long `astro build` takes, what it leaves in dist/, and how long the PDF
 * export takes and what it weighs (when the project has `npm run pdf`).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../built-site.ts';

/** dist/ after a build. */
export interface DistStats {
  /** HTML pages (index.html files outside _astro/ and pagefind/). */
  pages: number;
  /** Bytes of every file in dist/, uncompressed. */
  bytes: number;
  files: number;
}

/** The PDF export, or why it was not measured. */
export type PdfResult =
  | { status: 'measured'; ms: number; bytes: number; files: string[] }
  | { status: 'not available' | 'failed'; reason: string };

/** Every file under `dir`, recursively, with its size. */
function walk(dir: string): { path: string; size: number; mtimeMs: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === '.git' ? [] : walk(path);
    const info = statSync(path);
    return [{ path, size: info.size, mtimeMs: info.mtimeMs }];
  });
}

/** Runs a command in `cwd`, echoing nothing; resolves to the wall time in ms, rejects with its output on failure. */
function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(performance.now() - start);
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-3000)}`));
    });
  });
}

/**
 * `astro build` in `root` under the current Node, with PDF links as `npm run pdf` builds it (so
 * the PDF export reuses this build instead of making its own, and the pages measured are the
 * published ones); resolves to its wall time in ms.
 */
export function timeBuild(root: string): Promise<number> {
  const astro = join(root, 'node_modules/astro/bin/astro.mjs');
  return timed(process.execPath, [astro, 'build'], root, { ...process.env, PDF_LINKS: '1', ASTRO_TELEMETRY_DISABLED: '1' });
}

/** Pages, files and bytes in `dist`. */
export function distStats(dist: string): DistStats {
  const files = walk(dist);
  return { pages: builtPages(dist).length, bytes: files.reduce((s, f) => s + f.size, 0), files: files.length };
}

/** `npm run pdf` when package.json has it: its wall time and the PDFs it wrote or rewrote. */
export async function timePdf(root: string): Promise<PdfResult> {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  if (!pkg.scripts?.pdf) return { status: 'not available', reason: 'package.json has no "pdf" script' };
  const before = Date.now();
  let ms: number;
  try {
    ms = await timed('npm', ['run', '--silent', 'pdf'], root);
  } catch (error) {
    return {
      status: 'failed',
      reason: String((error as Error).message)
        .split('\n')
        .slice(0, 6)
        .join(' '),
    };
  }
  const pdfs = walk(root).filter((f) => f.path.endsWith('.pdf') && f.mtimeMs >= before - 1000);
  return {
    status: 'measured',
    ms,
    bytes: pdfs.reduce((s, f) => s + f.size, 0),
    files: pdfs.map((f) => f.path.slice(root.length + 1)),
  };
}

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The built site, as `npm run build` leaves it. */
export const DIST = new URL(`../../${process.env.TEST_DIST ?? 'dist'}/`, import.meta.url).pathname;

/** Every page of the built site as a URL path (`/`, `/chapters/…/`), found by walking dist/. */
export function builtPages(dist: string = DIST): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        const rel = relative(dist, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** The ids present in a built page's HTML, read from the file rather than a browser. */
export function idsInBuiltPage(path: string, dist: string = DIST): Set<string> {
  const file = join(dist, path, 'index.html');
  const html = readFileSync(file, 'utf8');
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

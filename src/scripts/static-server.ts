// A tiny static file server for the built site (node:http, no dependency), serving it under the
// site's base path exactly as a course's web server would. `npm run pdf` prints through it and
// the sub-path test crawls through it; anything outside the base path answers 404. With
// `headers: true` it also sends the headers of the build's `_headers` file, as Netlify and
// Cloudflare Pages do (the CSP test serves the site that way).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { normaliseBase } from '../lib/site/pdf.ts';
import { headersForPath, parseHeadersFile, type HeaderRule } from '../lib/site/csp-headers-file.ts';
import { contentType } from './content-types.ts';

/** Where to serve from and under which path. */
export interface StaticServerOptions {
  /** The built site's folder, e.g. dist/. */
  root: string;
  /** The base path the site was built for, e.g. '/' or '/courses/resnet/'. */
  base?: string;
  /** 0 picks a free port. */
  port?: number;
  host?: string;
  /** Send the headers that `<root>/_headers` gives each path (and hide that file); off by default. */
  headers?: boolean;
}

/** A running server: its origin, the site's root URL (origin + base), and a way to stop it. */
export interface StaticServer {
  origin: string;
  url: string;
  close(): Promise<void>;
}

/** Starts serving `root` under `base`; resolves once the port is open. */
export async function serveStatic(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const base = normaliseBase(options.base ?? '/');
  const rules = options.headers ? headerRules(root) : null;
  const server = createServer((req, res) => respond({ root, base, rules }, req, res));
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => done());
  });
  const { address, port } = server.address() as AddressInfo;
  const origin = `http://${address}:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** What one request is answered from: the folder, the base path, and the `_headers` rules if sent. */
interface Site {
  root: string;
  base: string;
  rules: HeaderRule[] | null;
}

function headerRules(root: string): HeaderRule[] {
  const file = join(root, '_headers');
  if (!existsSync(file)) throw new Error(`${file} is missing: the build writes it (src/scripts/csp/)`);
  return parseHeadersFile(readFileSync(file, 'utf8'));
}

function respond(site: Site, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  const target = req.url ?? '/';
  const raw = target.replace(/[?#].*$/s, '');
  const query = target.slice(raw.length).replace(/#.*$/s, '');
  const pathname = safeDecode(raw);
  const { root, base } = site;
  const extra = site.rules && pathname !== null ? headersForPath(site.rules, pathname) : [];
  if (pathname === null || !raw.startsWith('/') || !pathname.startsWith(base)) return notFound(root, req, res, extra);
  if (site.rules && pathname === `${base}_headers`) return notFound(root, req, res, extra);
  const file = resolve(join(root, pathname.slice(base.length)));
  if (file !== root && !file.startsWith(root + sep)) return notFound(root, req, res, extra);
  if (existsSync(file) && statSync(file).isDirectory()) {
    // Astro builds with trailingSlash: 'always'; a folder without its slash is redirected, as hosts do.
    if (!pathname.endsWith('/')) return redirect(res, folderLocation(raw, query));
    if (!sendFile(req, res, join(file, 'index.html'), 200, extra)) notFound(root, req, res, extra);
    return;
  }
  if (!sendFile(req, res, file, 200, extra)) notFound(root, req, res, extra);
}

/**
 * Where a folder asked for without its trailing slash is sent: the request's own raw path (still
 * percent-encoded, so `%2F` stays `%2F`) with the slash added and the query kept. It always
 * starts with exactly one `/`: a Location of `//host/…` or `/\host/…` would send the reader to
 * another site. Characters that may not stand in a header are percent-encoded.
 */
export function folderLocation(rawPath: string, query = ''): string {
  const path = `/${rawPath.replace(/^[/\\]+/, '')}`;
  return `${headerSafe(path)}/${headerSafe(query)}`;
}

function headerSafe(text: string): string {
  return text.replace(/[^\x21-\x7e]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `%${code.toString(16).toUpperCase().padStart(2, '0')}` : encodeURIComponent(c);
  });
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number, extra: [string, string][]): boolean {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(status, {
    'content-type': contentType(extname(file)),
    'content-length': statSync(file).size,
    ...Object.fromEntries(extra),
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

function notFound(root: string, req: IncomingMessage, res: ServerResponse, extra: [string, string][]): void {
  if (!sendFile(req, res, join(root, '404.html'), 404, extra)) send(res, 404, 'not found');
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { location });
  res.end();
}

function send(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

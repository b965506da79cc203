// A tiny static file server for the built site (node:http, no dependency), serving it under the
// site's base path exactly as a course's web server would. `npm run pdf` prints through it and
// the sub-path test crawls through it; anything outside the base path answers 404.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { normaliseBase } from '../lib/site/pdf.ts';
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
  const server = createServer((req, res) => respond(root, base, req, res));
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

function respond(root: string, base: string, req: IncomingMessage, res: ServerResponse): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed');
  const pathname = safeDecode(new URL(req.url ?? '/', 'http://x').pathname);
  if (pathname === null || !pathname.startsWith(base)) return notFound(root, req, res);
  const file = resolve(join(root, pathname.slice(base.length)));
  if (file !== root && !file.startsWith(root + sep)) return notFound(root, req, res);
  if (existsSync(file) && statSync(file).isDirectory()) {
    // Astro builds with trailingSlash: 'always'; a folder without its slash is redirected, as hosts do.
    if (!pathname.endsWith('/')) return redirect(res, `${pathname}/`);
    if (!sendFile(req, res, join(file, 'index.html'), 200)) notFound(root, req, res);
    return;
  }
  if (!sendFile(req, res, file, 200)) notFound(root, req, res);
}

function sendFile(req: IncomingMessage, res: ServerResponse, file: string, status: number): boolean {
  if (!existsSync(file) || !statSync(file).isFile()) return false;
  res.writeHead(status, {
    'content-type': contentType(extname(file)),
    'content-length': statSync(file).size,
  });
  if (req.method === 'HEAD') res.end();
  else createReadStream(file).pipe(res);
  return true;
}

function notFound(root: string, req: IncomingMessage, res: ServerResponse): void {
  if (!sendFile(req, res, join(root, '404.html'), 404)) send(res, 404, 'not found');
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

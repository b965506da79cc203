// The Content-Type of each file kind the built site holds, for the two local static servers
// (static-server.ts for the PDF export and tests, bench/serve.ts for the bench).

/** File extension → Content-Type; anything else is served as application/octet-stream. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/** The Content-Type for a file extension such as `.css`. */
export function contentType(ext: string): string {
  return CONTENT_TYPES[ext] ?? 'application/octet-stream';
}

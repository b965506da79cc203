import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/scripts/static-server';

describe('the static server used for the PDF and the sub-path test', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-'));
    mkdirSync(join(root, 'chapters/a'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'chapters/a/index.html'), '<h1>a</h1>');
    writeFileSync(join(root, '404.html'), '<h1>missing</h1>');
    writeFileSync(join(root, 'x.pdf'), '%PDF');
    server = await serveStatic({ root, base: '/sub/path/' });
  });
  afterAll(() => server.close());

  it('serves the site under its base path, folders by their index.html', async () => {
    const home = await fetch(server.url);
    expect(home.status).toBe(200);
    expect(await home.text()).toBe('<h1>home</h1>');
    expect((await fetch(`${server.url}chapters/a/`)).status).toBe(200);
    const pdf = await fetch(`${server.url}x.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
  });

  it('answers 404 with the site 404 page outside the base path and for missing files', async () => {
    const outside = await fetch(`${server.origin}/index.html`);
    expect(outside.status).toBe(404);
    expect(await outside.text()).toBe('<h1>missing</h1>');
    expect((await fetch(`${server.url}nope/`)).status).toBe(404);
  });

  it('redirects a folder without its trailing slash, as static hosts do', async () => {
    const response = await fetch(`${server.url}chapters/a`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/sub/path/chapters/a/');
  });

  it('never serves a file outside its root', async () => {
    expect((await fetch(`${server.url}..%2F..%2Fetc%2Fpasswd`)).status).toBe(404);
  });
});

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderLocation, serveStatic, type StaticServer } from '../../src/scripts/static-server';

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

  it('keeps the query of a folder redirect', async () => {
    const response = await fetch(`${server.url}chapters/a?lab-depth=12`, { redirect: 'manual' });
    expect(response.headers.get('location')).toBe('/sub/path/chapters/a/?lab-depth=12');
  });

  it('sends no headers of a _headers file unless asked', async () => {
    const response = await fetch(server.url);
    expect(response.headers.get('content-security-policy')).toBeNull();
  });
});

describe('folder redirects of a site served at the root', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-root-'));
    mkdirSync(join(root, 'chapters/a'), { recursive: true });
    writeFileSync(join(root, 'chapters/a/index.html'), '<h1>a</h1>');
    server = await serveStatic({ root, base: '/' });
  });
  afterAll(() => server.close());

  it('never send the reader to another host: the Location is the raw path, with one leading slash', async () => {
    // Decoded, this path is //evil.example/../chapters, a folder of the site; a Location built
    // from the decoded path would be //evil.example/../chapters/, which a browser reads as another host.
    const encoded = await fetch(`${server.origin}/%2Fevil.example%2F..%2Fchapters`, { redirect: 'manual' });
    expect(encoded.status).toBe(301);
    expect(encoded.headers.get('location')).toBe('/%2Fevil.example%2F..%2Fchapters/');
    // Slashes left unencoded reach the same folder.
    const doubled = await fetch(`${server.origin}//chapters`, { redirect: 'manual' });
    expect(doubled.status).toBe(301);
    expect(doubled.headers.get('location')).toBe('/chapters/');
  });
});

describe('the Location of a folder redirect', () => {
  it('starts with exactly one slash whatever the raw path starts with', () => {
    expect(folderLocation('/chapters')).toBe('/chapters/');
    expect(folderLocation('//evil.example/chapters')).toBe('/evil.example/chapters/');
    expect(folderLocation('/\\evil.example/chapters')).toBe('/evil.example/chapters/');
    expect(folderLocation('\\/evil.example')).toBe('/evil.example/');
    expect(folderLocation('/%2Fevil.example%2F..%2Fchapters')).toBe('/%2Fevil.example%2F..%2Fchapters/');
  });

  it('percent-encodes what may not stand in a header', () => {
    expect(folderLocation('/a b\u00e9', '?x=1 2')).toBe('/a%20b%E9/?x=1%202');
  });
});

describe('the static server with the headers of a _headers file', () => {
  let server: StaticServer;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-headers-'));
    mkdirSync(join(root, 'embed/x'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<h1>home</h1>');
    writeFileSync(join(root, 'embed/x/index.html'), '<h1>x</h1>');
    writeFileSync(join(root, '404.html'), '<h1>missing</h1>');
    writeFileSync(
      join(root, '_headers'),
      ['# site', '/*', '  X-Content-Type-Options: nosniff', '/', "  Content-Security-Policy: frame-ancestors 'self'", '/embed/*', '  Content-Security-Policy: frame-ancestors *', ''].join('\n'),
    );
    server = await serveStatic({ root, headers: true });
  });
  afterAll(() => server.close());

  it('sends each path the headers of the rules it matches', async () => {
    const home = await fetch(server.url);
    expect(home.headers.get('x-content-type-options')).toBe('nosniff');
    expect(home.headers.get('content-security-policy')).toBe("frame-ancestors 'self'");
    const embed = await fetch(`${server.url}embed/x/`);
    expect(embed.headers.get('content-security-policy')).toBe('frame-ancestors *');
    const missing = await fetch(`${server.url}nope/`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-content-type-options')).toBe('nosniff');
    expect(missing.headers.get('content-security-policy')).toBeNull();
  });

  it('does not serve the _headers file itself, as the hosts do not', async () => {
    expect((await fetch(`${server.url}_headers`)).status).toBe(404);
  });

  it('refuses to start without a _headers file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'static-bare-'));
    await expect(serveStatic({ root, headers: true })).rejects.toThrow(/_headers is missing/);
  });
});


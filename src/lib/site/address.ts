/**
 * The site's public address, set once at build time: `SITE_URL` (with `BASE_PATH`) gives the
 * absolute address that the PDF cover, "cite this", the sitemap, canonical links, the figures'
 * print notes and the embed snippets use. A build without `SITE_URL` knows no address: it prints
 * site paths (/chapters/…/) with a neutral wording instead of a made-up domain.
 */

/** The absolute URL of a site path (one that already carries the base path), or null without SITE_URL. */
export function absoluteUrl(path: string, site: URL | undefined): string | null {
  return site ? new URL(path, site).href : null;
}

/** A site path as printed: its absolute URL when the build knows the address, else the path itself. */
export function printedAddress(path: string, site: URL | undefined): string {
  return absoluteUrl(path, site) ?? path;
}

/** How a page without an address names where the site lives, e.g. on the PDF cover. */
export const WHERE_HOSTED = 'wherever your course hosts this site';

/**
 * The line the build logs once when SITE_URL is not set, or null when it is. Node-side code
 * (astro.config.mjs) logs it; the pages only read `site`.
 */
export function addressNotice(siteUrl: string | undefined): string | null {
  if (siteUrl === undefined || siteUrl === '') {
    return 'SITE_URL is not set: the PDF cover, citations, print notes and embed snippets print site paths instead of absolute addresses, and no sitemap or canonical links are emitted. Set SITE_URL=https://your.host to give them one.';
  }
  return null;
}

/** SITE_URL checked: an http(s) URL, or undefined when unset; anything else is a build error that says why. */
export function parseSiteUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new Error(`SITE_URL "${raw}" is not a URL; give the host's address, e.g. https://courses.example.edu`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`SITE_URL "${raw}" must start with https:// or http://`);
  }
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new Error(`SITE_URL "${raw}" must be the host only; put the sub-path in BASE_PATH (e.g. BASE_PATH=/courses/resnet/)`);
  }
  return url.origin;
}

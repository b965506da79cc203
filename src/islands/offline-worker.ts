/**
 * The service worker behind offline reading (served as `<base>sw.js`). It is not a Vite entry:
 * the offline integration (src/scripts/offline/) bundles it with the Serwist runtime after the
 * build, with `self.__SW_MANIFEST` replaced by the precache manifest of that build.
 *
 * - Install: precache every page, script, style, font, WASM binary, search file and (in PDF
 *   builds) PDF. A failure (a full disk, a dropped network) fails the install, so a half-saved
 *   copy never serves; the pages are told why, once, and the site keeps working online.
 * - Fetch: a precached URL is answered from the cache, whatever its query string (the figures
 *   keep their state in it, Pagefind adds a timestamp); anything else goes to the network.
 * - Update: a new build's worker precaches alongside the old one and waits; the page offers a
 *   reload, and the reader's click (a SKIP_WAITING message) lets it take over. Until then every
 *   page keeps being served whole from the old build, so no page mixes two builds.
 */
import { Serwist, type PrecacheEntry } from 'serwist';
import { INSTALL_FAILED, type InstallFailedMessage } from '~lib/site/offline-status';

/** The part of the worker's global scope used here (the project's types are the DOM's). */
interface WorkerScope {
  __SW_MANIFEST: PrecacheEntry[];
  addEventListener(type: 'install' | 'activate' | 'fetch', listener: (event: never) => void): void;
  clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { postMessage(message: unknown): void }[]>;
  };
}
declare const self: WorkerScope;

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: {
    // The query never changes what a static page or asset is.
    ignoreURLParametersMatching: [/.*/],
    cleanupOutdatedCaches: true,
    // A few requests at a time: the copy is made in the background of a page being read.
    concurrency: 4,
  },
  // The first worker takes the page that installed it (the same build, so nothing mixes); later
  // ones wait for the reader's reload.
  clientsClaim: true,
  skipWaiting: false,
  disableDevLogs: true,
});

self.addEventListener('install', (event: Parameters<typeof serwist.handleInstall>[0]) => {
  serwist.handleInstall(event).catch(reportFailure);
});
self.addEventListener('activate', serwist.handleActivate);
self.addEventListener('fetch', serwist.handleFetch);

/** Tells every open page of the site why precaching failed (the install itself still fails). */
async function reportFailure(error: unknown): Promise<void> {
  const message: InstallFailedMessage = {
    type: INSTALL_FAILED,
    name: error instanceof Error || error instanceof DOMException ? error.name : 'Error',
    message: error instanceof Error || error instanceof DOMException ? error.message : String(error),
  };
  for (const client of await self.clients.matchAll({ type: 'window', includeUncontrolled: true })) {
    client.postMessage(message);
  }
}

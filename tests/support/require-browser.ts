// Run first by `npm test`: stop at once, with the one-line fix, when no Chromium is usable.
import { BROWSER_FIX, findBrowser } from '../../src/scripts/find-browser.ts';

const browser = findBrowser();
if (!browser) {
  console.error(BROWSER_FIX);
  process.exit(1);
}
console.log(`Browser: ${browser.path} (${browser.source})`);

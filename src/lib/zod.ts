/**
 * zod for schemas that run on the page: jitless, so that constructing an object schema never
 * probes `new Function` (zod's fast path compiles parsers at run time), which the site's
 * Content-Security-Policy refuses and reports as a violation. Import `z` from here in code that
 * reaches the browser.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };

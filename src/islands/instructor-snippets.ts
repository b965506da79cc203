/**
 * The instructors page of a build without SITE_URL: its embed snippets name the site's origin by a
 * placeholder, since the build did not know it. In the browser the page knows where it is served,
 * so this puts its own origin in their place and says so.
 */
import { ORIGIN_PLACEHOLDER } from '~lib/site/embeds';

/** Replaces the placeholder in every snippet under `root` with `origin`; returns how many it changed. */
export function fillOrigin(root: ParentNode = document, origin: string = location.origin): number {
  let changed = 0;
  for (const code of root.querySelectorAll<HTMLElement>('.snippet code')) {
    const text = code.textContent ?? '';
    if (!text.includes(ORIGIN_PLACEHOLDER)) continue;
    code.textContent = text.replaceAll(ORIGIN_PLACEHOLDER, origin);
    changed += 1;
  }
  const note = root.querySelector<HTMLElement>('[data-origin-note]');
  if (note && changed > 0) note.textContent = `This copy was built without its address (SITE_URL), so your browser has filled in this page's own origin, ${origin}, in the snippets below.`;
  return changed;
}

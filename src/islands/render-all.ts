/**
 * The end of a chapter's deferred layout (src/styles/site.css). While the page loads, blocks past
 * the first screen are skipped and count as 200 px tall, which keeps a phone's first layout short.
 * A skipped block takes its real height only when the view nears it, and Chromium does not hold
 * the view still when that happens above it: after a jump (a link to a section, a figure scrolled
 * into view) the text and buttons on screen slid by tens of pixels, so a press could land beside
 * its button. So the skipping ends at the first scroll of the page (or at once when the page opens
 * scrolled or at a section): every block is laid out in one go, and the view moves by exactly what
 * the blocks above gained or lost, so what the reader sees stays where it was.
 */

/** The root attribute that switches the skipping off (site.css). */
export const RENDERED_ALL = 'all';

/** Whether an element is shown and its top edge lies in the view. */
function topInView(el: Element | null, viewHeight: number): boolean {
  if (!el || el.getClientRects().length === 0) return false;
  const { top } = el.getBoundingClientRect();
  return top >= 0 && top < viewHeight;
}

/**
 * The first shown block that starts inside the view, else the one the view starts in: what must
 * not move. Blocks without a box (scripts, hidden elements) sit at 0 and are passed over.
 */
function anchorBlock(blocks: readonly Element[], viewHeight: number): Element | undefined {
  let spanning: Element | undefined;
  for (const block of blocks) {
    if (topInView(block, viewHeight)) return block;
    const { top, bottom } = block.getBoundingClientRect();
    if (top < 0 && bottom > 0) spanning = block;
  }
  return spanning;
}

/** The element the address's #fragment names (a link to a section just followed), if any. */
function fragmentTarget(): Element | null {
  let id = location.hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape: look the fragment up as written.
  }
  return id ? document.getElementById(id) : null;
}

/**
 * Lay out every block now, keeping on screen where it is: the section a link just led to, else the
 * element the keyboard just moved to (the browser scrolls to it), else the first block in view.
 */
function renderAll(root: HTMLElement, content: Element): void {
  if (root.dataset.rendered === RENDERED_ALL) return;
  const focused = document.activeElement !== document.body ? document.activeElement : null;
  const anchor = [fragmentTarget(), focused].find((el) => topInView(el, innerHeight)) ?? anchorBlock([...content.children], innerHeight);
  const before = anchor?.getBoundingClientRect().top;
  root.dataset.rendered = RENDERED_ALL;
  if (!anchor || before === undefined) return;
  const moved = anchor.getBoundingClientRect().top - before;
  if (moved !== 0) scrollBy({ top: moved, behavior: 'instant' });
}

/**
 * Render every block at the page's first scroll, or now when it opens at a section. Nothing here may
 * read a position while the page loads: that would force its first layout inside this script, one
 * long task. A position restored before this runs (a reload) is checked once the page has loaded.
 */
export function renderAllOnFirstScroll(root = document.documentElement): void {
  const content = document.querySelector('.sl-markdown-content');
  if (!content) return;
  const now = () => renderAll(root, content);
  if (location.hash !== '') return now();
  addEventListener('scroll', now, { once: true, passive: true });
  const loaded = () => {
    if (scrollY !== 0) now();
  };
  if (document.readyState === 'complete') loaded();
  else addEventListener('load', loaded, { once: true });
}

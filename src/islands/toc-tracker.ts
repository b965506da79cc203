/**
 * The "On this page" list's current-section marker, in place of Starlight's own script (the Vite
 * plugin in src/lib/site/starlight-toc-swap.ts points Starlight's import here; its markup and styles
 * are unchanged, and its mobile list still extends this class).
 *
 * Starlight's version watched every block of the chapter (hundreds of elements, picked with `:has()`
 * selectors) and walked the page back to a heading on each crossing: on a phone that idle-time set-up
 * was the longest task after load. This one watches only the headings the list links to. The
 * observer's box runs from far above the page down to a reading line below the header, so a heading
 * is "passed" exactly while it lies above that line, however far the reader jumps; the current link
 * is the last passed heading's, or the page title's before the first.
 */
const PAGE_TITLE_ID = '_top';
/** Far enough above the viewport to hold any chapter: the box has no top in practice. */
const ABOVE = 100_000;
/** How far below the header (and mobile list) the reading line sits, as in Starlight: 32 + 53 px. */
const LINE_BELOW_HEADER = 85;

export class StarlightTOC extends HTMLElement {
  private _current = this.querySelector<HTMLAnchorElement>('a[aria-current="true"]');
  private observer: IntersectionObserver | undefined;

  protected set current(link: HTMLAnchorElement) {
    if (link === this._current) return;
    this._current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this._current = link;
  }

  constructor() {
    super();
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
    idle(() => this.init());
  }

  private init(): void {
    const links = [...this.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')];
    const tracked = links.flatMap((link) => {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      return heading && heading.id !== PAGE_TITLE_ID ? [{ link, heading, passed: false }] : [];
    });
    const title = links.find((link) => link.hash === `#${PAGE_TITLE_ID}`) ?? links[0];
    if (!title) return;
    const byHeading = new Map(tracked.map((entry) => [entry.heading as Element, entry]));
    const update = (entries: IntersectionObserverEntry[]) => {
      for (const { target, isIntersecting } of entries) {
        const entry = byHeading.get(target);
        if (entry) entry.passed = isIntersecting;
      }
      this.current = tracked.findLast((entry) => entry.passed)?.link ?? title;
    };
    const observe = () => {
      this.observer?.disconnect();
      this.observer = new IntersectionObserver(update, { rootMargin: this.rootMargin() });
      for (const { heading } of tracked) this.observer.observe(heading);
    };
    observe();
    let timer: ReturnType<typeof setTimeout> | undefined;
    window.addEventListener('resize', () => {
      clearTimeout(timer);
      timer = setTimeout(observe, 200);
    });
  }

  /** The observer's box: from far above the page down to the reading line. */
  private rootMargin(): string {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const summary = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    const line = header + summary + LINE_BELOW_HEADER;
    return `${ABOVE}px 0px ${Math.min(0, Math.round(line - document.documentElement.clientHeight))}px 0px`;
  }
}

customElements.define('starlight-toc', StarlightTOC);

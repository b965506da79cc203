/**
 * Browser half of layout.ts: an island draws a figure's drawing into a `.fig-layouts` host at the
 * layout the host's width asks for, and again whenever the width crosses WIDE_FROM (a phone turned,
 * a window resized). Only one layout is in the DOM then; `data-drawn` tells the CSS not to choose.
 */
import { layoutOf, type Drawing, type Layout } from './layout';
import { toDom } from './scene-dom';

const drawings = new WeakMap<HTMLElement, { draw: Drawing; layout: Layout }>();
let observer: ResizeObserver | null = null;

function widthOf(host: HTMLElement): number {
  return host.getBoundingClientRect().width;
}

function paint(host: HTMLElement, draw: Drawing, layout: Layout): void {
  const box = host.ownerDocument.createElement('div');
  box.dataset.layout = layout;
  box.appendChild(toDom(draw(layout), host.ownerDocument));
  host.replaceChildren(box);
  host.dataset.drawn = layout;
  drawings.set(host, { draw, layout });
}

function watch(host: HTMLElement): void {
  if (typeof ResizeObserver !== 'function') return;
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const target = entry.target as HTMLElement;
      const drawn = drawings.get(target);
      if (!drawn) continue;
      const layout = layoutOf(widthOf(target));
      if (layout !== drawn.layout) paint(target, drawn.draw, layout);
    }
  });
  observer.observe(host);
}

/**
 * Draws `draw` into `host` (which becomes a `.fig-layouts` box if it is not one) for its width;
 * returns the layout drawn. A hidden host (width 0) gets the wide layout, as the build's default.
 */
export function drawLayouts(host: HTMLElement, draw: Drawing): Layout {
  host.classList.add('fig-layouts');
  const width = widthOf(host);
  const layout = width > 0 ? layoutOf(width) : 'wide';
  const first = !drawings.has(host);
  paint(host, draw, layout);
  if (first) watch(host);
  return layout;
}


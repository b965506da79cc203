/**
 * Browser-only: replace a host's scene with a new one and let boxes that exist in both (same
 * `data-key`) glide from their old place to the new one, so a reader sees an op move rather than
 * a picture swap. Falls back to a plain swap when the reader prefers reduced motion.
 */
import { renderInto } from './scene-dom';
import type { SvgNode } from './svg';

const translate = /translate\(\s*([-\d.e]+)[ ,]+([-\d.e]+)\s*\)/;

/** CSS transform for an SVG `translate(x,y)` attribute (SVG user units are CSS px here). */
function cssTransform(attr: string | null): string | null {
  const m = attr ? translate.exec(attr) : null;
  return m ? `translate(${m[1]}px, ${m[2]}px)` : null;
}

/** Swap `host`'s scene for `scene`, animating keyed elements between their old and new positions. */
export function morphInto(host: Element, scene: SvgNode, durationMs = 450): void {
  const before = new Map<string, string | null>();
  for (const el of host.querySelectorAll('[data-key]')) before.set(el.getAttribute('data-key') ?? '', el.getAttribute('transform'));
  renderInto(host, scene);
  const reduce = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (reduce) return;
  for (const el of host.querySelectorAll<SVGGElement>('[data-key]')) {
    const from = cssTransform(before.get(el.getAttribute('data-key') ?? '') ?? null);
    const to = cssTransform(el.getAttribute('transform'));
    if (from && to && from !== to && typeof el.animate === 'function') {
      el.animate([{ transform: from }, { transform: to }], { duration: durationMs, easing: 'ease-in-out' });
    }
  }
}

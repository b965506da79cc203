/**
 * Charts are drawn for their width, not scaled down as pictures. Every drawing has two layouts: a
 * narrow one for a phone's column and a wide one for a desktop column, each drawn at about the
 * width it is shown at, so SVG text keeps its size (the type scale in tokens.css) on both.
 *
 * At build time a figure ships both layouts and CSS shows the one its container fits
 * (`.fig-layouts` in charts.css, a container query at WIDE_FROM); in the browser an island draws
 * only the layout its host's width asks for (layout-dom.ts), and draws again when the width crosses.
 */
import { h, toMarkup, type SvgNode } from './svg';

export type Layout = 'narrow' | 'wide';
export const LAYOUTS: readonly Layout[] = ['narrow', 'wide'];

/** The width each layout is drawn at, in CSS px: a 390 px phone's column, a desktop column. */
export const LAYOUT_WIDTH: Readonly<Record<Layout, number>> = { narrow: 360, wide: 640 };

/**
 * The container width from which the wide layout shows. Must equal the container query in
 * charts.css (tests/unit/layout.test.ts checks). The wide layout's 12 px text is then at least
 * 12 × 600 / 640 = 11.25 px, the narrow layout's at least 12 × 358 / 360 on a 390 px phone.
 */
export const WIDE_FROM = 600;

/** The layout for a container `width` CSS px wide. */
export function layoutOf(width: number): Layout {
  return width >= WIDE_FROM ? 'wide' : 'narrow';
}

/** A drawing: one scene per layout. */
export type Drawing = (layout: Layout) => SvgNode;

/** Attributes that refer to ids: by a list of ids, or by `url(#id)` / `#id`. */
const ID_LISTS = ['aria-labelledby', 'aria-describedby'];
const ID_URLS = ['href', 'clip-path', 'mask', 'marker-start', 'marker-mid', 'marker-end', 'fill', 'stroke', 'filter'];

/** The scene with every id it defines renamed `<id>--<suffix>`, and every reference to them, so two layouts can share a page. */
export function suffixIds(scene: SvgNode, suffix: string): SvgNode {
  const ids = new Set<string>();
  const collect = (n: SvgNode | string) => {
    if (typeof n === 'string') return;
    if (typeof n.attrs.id === 'string') ids.add(n.attrs.id);
    n.children.forEach(collect);
  };
  collect(scene);
  const rename = (id: string) => (ids.has(id) ? `${id}--${suffix}` : id);
  const walk = (n: SvgNode | string): SvgNode | string => {
    if (typeof n === 'string') return n;
    const attrs = { ...n.attrs };
    if (typeof attrs.id === 'string') attrs.id = rename(attrs.id);
    for (const key of ID_LISTS) {
      const v = attrs[key];
      if (typeof v === 'string') attrs[key] = v.split(/\s+/).map(rename).join(' ');
    }
    for (const key of ID_URLS) {
      const v = attrs[key];
      if (typeof v === 'string') attrs[key] = v.replace(/#([^\s)]+)/g, (_, id: string) => `#${rename(id)}`);
    }
    return { tag: n.tag, attrs, children: n.children.map(walk) };
  };
  return walk(scene) as SvgNode;
}

/**
 * Build-time markup for a drawing: both layouts in a `.fig-layouts` box, the narrow one's ids
 * suffixed `--narrow` so the page's ids stay unique; CSS shows one.
 */
export function layoutsMarkup(draw: Drawing, extraClass = ''): string {
  const inner = LAYOUTS.map((layout) => {
    const scene = layout === 'wide' ? draw(layout) : suffixIds(draw(layout), layout);
    return toMarkup(h('div', { 'data-layout': layout }, [scene]));
  }).join('');
  return `<div class="fig-layouts${extraClass ? ` ${extraClass}` : ''}">${inner}</div>`;
}

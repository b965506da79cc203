/**
 * WCAG 2.5.8 (Target Size, Minimum) in the browser: finds every control a reader can touch that is
 * smaller than 24 × 24 CSS px, and says whether it meets the standard's spacing exception (a 24 px
 * circle centred on it meets no other control and no other small control's circle).
 *
 * A radio button or checkbox inside a <label>, or named by one, is measured by the larger of the
 * two boxes: a click on the label operates the control, so the label is part of its target. Links
 * in running text are left out under the standard's inline exception; the link icons beside
 * headings, figures, tables and equations are controls and are measured.
 */
import type { Page } from '@playwright/test';

/** One control below 24 × 24 px. */
export interface Target {
  /** A short description: its figure, tag, name or class, and text. */
  what: string;
  width: number;
  height: number;
  /** Whether it meets the spacing exception. */
  spaced: boolean;
}

const CONTROLS = [
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[role="button"]',
  '[role="slider"]',
  '[role="radio"]',
  '[role="checkbox"]',
  '[role="tab"]',
  'a.copy-link',
  'a.sl-anchor-link',
].join(', ');

/** The visible controls in `main` below `minimum` CSS px either way. */
export async function smallTargets(page: Page, minimum = 24): Promise<Target[]> {
  return page.evaluate(
    ({ selector, min }) => {
      type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };
      const boxOf = (el: Element): Box => {
        const own = el.getBoundingClientRect();
        const label = el instanceof HTMLInputElement && /^(radio|checkbox)$/.test(el.type) ? (el.labels?.[0] ?? null) : null;
        const other = label?.getBoundingClientRect();
        return other && other.width * other.height > own.width * own.height ? other : own;
      };
      const controls = [...document.querySelectorAll('main')].flatMap((m) => [...m.querySelectorAll(selector)]);
      const shown = controls.filter((el) => el.checkVisibility({ visibilityProperty: true, opacityProperty: false }));
      const boxes = shown.map((el) => ({ el, box: boxOf(el) })).filter(({ box }) => box.width > 0 && box.height > 0);
      // A tenth of a pixel of slack for sub-pixel layout (a 1.5rem box can measure 23.98 px).
      const small = (b: Box) => b.width < min - 0.1 || b.height < min - 0.1;
      const centre = (b: Box) => ({ x: (b.left + b.right) / 2, y: (b.top + b.bottom) / 2 });
      const distanceToBox = (p: { x: number; y: number }, b: Box) =>
        Math.hypot(Math.max(b.left - p.x, 0, p.x - b.right), Math.max(b.top - p.y, 0, p.y - b.bottom));
      const spaced = (self: Box) => {
        const c = centre(self);
        return boxes.every(({ box }) => {
          if (box === self) return true;
          if (distanceToBox(c, box) < min / 2) return false;
          if (!small(box)) return true;
          const o = centre(box);
          return Math.hypot(c.x - o.x, c.y - o.y) >= min;
        });
      };
      const describe = (el: Element) => {
        const name = el.getAttribute('aria-label') ?? el.getAttribute('name') ?? (el.getAttribute('class') ?? '').split(' ')[0];
        const text = (el.textContent ?? (el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : '') ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
        const type = el instanceof HTMLInputElement ? `[${el.type}]` : '';
        return `${el.closest('figure')?.id ?? 'page'}: ${el.tagName.toLowerCase()}${type} ${name ?? ''} “${text}”`;
      };
      return boxes
        .filter(({ box }) => small(box))
        .map(({ el, box }) => ({ what: describe(el), width: box.width, height: box.height, spaced: spaced(box) }));
    },
    { selector: CONTROLS, min: minimum },
  );
}

/**
 * The contrast of what a figure draws, measured in the browser as it is on screen (issue 20,
 * WCAG 1.4.3 and 1.4.11): every visible SVG text against what lies behind it (a box it sits in, or
 * the page), and every mark that carries meaning (lines, bars, boxes, points) against the same.
 * A mark passes when its edge or its fill stands out; grid lines and the FLOPs chart's row rules
 * are decorative by design (--fig-grid in src/styles/tokens.css) and are left out, as is
 * anything inside a closed <details>.
 * Colours are the computed ones, blended by fill and stroke opacity and the opacity of the
 * element and its ancestors up to the drawing, so a faded mark is measured as faded.
 */
import type { Locator } from '@playwright/test';

export interface ContrastFailure {
  what: string;
  ratio: number;
  needed: number;
}

/** Texts under 4.5:1 and marks under 3:1 in one figure (a `figure` element). */
export function measureFigureContrast(figure: Locator): Promise<ContrastFailure[]> {
  return figure.evaluate((fig) => {
    type Rgb = [number, number, number];
    const parse = (css: string): { rgb: Rgb; alpha: number } | null => {
      const m = /rgba?\(([\d.]+)[ ,]+([\d.]+)[ ,]+([\d.]+)(?:[ ,/]+([\d.]+))?\)/.exec(css);
      return m ? { rgb: [Number(m[1]), Number(m[2]), Number(m[3])], alpha: m[4] === undefined ? 1 : Number(m[4]) } : null;
    };
    const blend = (top: Rgb, alpha: number, under: Rgb): Rgb => top.map((c, i) => c * alpha + under[i]! * (1 - alpha)) as Rgb;
    const luminance = (rgb: Rgb) => {
      const [r, g, b] = rgb.map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: Rgb, b: Rgb) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const short = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${(el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 30)}”`;

    /** The page behind the drawing: the nearest ancestor with an opaque background. */
    const htmlBackground = (el: Element): Rgb => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.alpha > 0.5) return c.rgb;
      }
      return [255, 255, 255];
    };
    /** Opacity of an element and its ancestors inside its drawing. */
    const opacityOf = (el: Element) => {
      let o = 1;
      for (let e: Element | null = el; e && e.tagName.toLowerCase() !== 'svg'; e = e.parentElement) o *= Number(getComputedStyle(e).opacity);
      return o;
    };
    const paint = (el: Element, prop: 'fill' | 'stroke', under: Rgb): Rgb | null => {
      const style = getComputedStyle(el);
      const c = parse(style[prop]);
      if (!c || c.alpha === 0) return null;
      if (prop === 'stroke' && parseFloat(style.strokeWidth) <= 0) return null;
      const own = Number(prop === 'fill' ? style.fillOpacity : style.strokeOpacity);
      return blend(c.rgb, c.alpha * own * opacityOf(el), under);
    };
    const SHAPES = 'rect, circle, ellipse, polygon, path, line, polyline';
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return (r.width > 0 || r.height > 0) && !el.closest('details:not([open])') && getComputedStyle(el).visibility !== 'hidden';
    };

    const failures: { what: string; ratio: number; needed: number }[] = [];
    for (const svg of fig.querySelectorAll('svg')) {
      if (!visible(svg)) continue;
      const page = htmlBackground(svg);
      const shapes = [...svg.querySelectorAll(SHAPES)].filter(visible);
      const order = new Map([...svg.querySelectorAll('*')].map((e, i) => [e, i]));
      /** What is painted behind a point, under the element `el`: the last filled shape drawn before it there. */
      const behind = (el: Element, x: number, y: number): Rgb => {
        let colour = page;
        const before = order.get(el) ?? Infinity;
        for (const s of shapes) {
          if ((order.get(s) ?? Infinity) >= before || s.contains(el) || s.tagName.toLowerCase() === 'line') continue;
          const r = s.getBoundingClientRect();
          if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
          const fill = paint(s, 'fill', colour);
          if (fill) colour = fill;
        }
        return colour;
      };

      for (const t of svg.querySelectorAll('text')) {
        if (!visible(t) || !(t.textContent ?? '').trim()) continue;
        const r = t.getBoundingClientRect();
        const under = behind(t, r.left + r.width / 2, r.top + r.height / 2);
        const fill = paint(t, 'fill', under);
        if (!fill) continue;
        const k = ratio(fill, under);
        if (k < 4.5) failures.push({ what: short(t), ratio: Math.round(k * 100) / 100, needed: 4.5 });
      }
      for (const s of shapes) {
        if (s.closest('.axis__grid, .flops__rule, defs, marker, clipPath, mask, pattern')) continue;
        const r = s.getBoundingClientRect();
        const under = behind(s, r.left + r.width / 2, r.top + r.height / 2);
        const best = Math.max(
          ...(['stroke', 'fill'] as const).map((prop) => {
            const c = paint(s, prop, under);
            return c ? ratio(c, under) : 0;
          }),
        );
        if (best === 0) continue; // an invisible hit area or a clip shape
        if (best < 3) failures.push({ what: short(s), ratio: Math.round(best * 100) / 100, needed: 3 });
      }
    }
    return failures;
  });
}

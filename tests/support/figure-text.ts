/**
 * What a reader sees of a figure's SVG text, measured in the browser: the rendered size of every
 * visible text (its font size times the drawing's scale on screen), pairs of texts whose boxes
 * overlap, texts that run past their drawing's or their figure's edge, and the figure's height
 * with its disclosures closed, and any visible raw TeX. Texts inside a closed <details> or not
 * rendered are left out.
 */
import type { Locator } from '@playwright/test';

export interface FigureText {
  id: string;
  /** The smallest rendered text, in CSS px, and what it says. */
  smallest: { px: number; text: string } | null;
  /** "a | b" for each pair of texts that overlap by more than a pixel each way. */
  overlaps: string[];
  /** Texts that run past their drawing's or their figure's edge. */
  cut: string[];
  /** The figure's height in CSS px (its open disclosures not counted). */
  height: number;
  /** Visible text, outside KaTeX's typeset maths, that shows raw TeX ("W_s", "x^{2}", "\\lambda"). */
  rawTex: string[];
}

/** Measures one figure (a `figure` element) as it is on screen now. */
export function measureFigureText(figure: Locator): Promise<FigureText> {
  return figure.evaluate((fig) => {
    const short = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
    const texts = [...fig.querySelectorAll('svg text')].filter((t) => {
      const r = t.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && short(t) !== '' && !t.closest('details:not([open])');
    }) as SVGTextElement[];
    let smallest: { px: number; text: string } | null = null;
    for (const t of texts) {
      const ctm = t.getScreenCTM();
      const px = parseFloat(getComputedStyle(t).fontSize) * (ctm ? Math.hypot(ctm.a, ctm.b) : 1);
      if (!smallest || px < smallest.px) smallest = { px: Math.round(px * 100) / 100, text: short(t) };
    }
    const boxes = texts.map((t) => ({ t, r: t.getBoundingClientRect() }));
    const overlaps: string[] = [];
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!.r;
        const b = boxes[j]!.r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) overlaps.push(`${short(boxes[i]!.t)} | ${short(boxes[j]!.t)}`);
      }
    }
    const figureBox = fig.getBoundingClientRect();
    const cut: string[] = [];
    for (const { t, r } of boxes) {
      const svg = t.ownerSVGElement!.getBoundingClientRect();
      const outside = (box: DOMRect) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      if (outside(svg) || outside(figureBox)) cut.push(short(t));
    }
    const open = [...fig.querySelectorAll('details[open]')].reduce((sum, d) => sum + d.getBoundingClientRect().height, 0);
    // Maths in a figure is typeset (KaTeX) or written with real sub- and superscripts, never as TeX.
    const tex = /(^|[^\w])[A-Za-z]_\{?[A-Za-z0-9]|\^\{|\\[a-zA-Z]{2,}/;
    const rawTex: string[] = [];
    const walker = document.createTreeWalker(fig, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('.katex, script, style') || !parent.checkVisibility()) continue;
      const text = node.textContent ?? '';
      if (tex.test(text)) rawTex.push(text.trim().slice(0, 60));
    }
    return { id: fig.id, smallest, overlaps, cut, height: Math.round(figureBox.height - open), rawTex };
  });
}

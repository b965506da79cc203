/**
 * Small marks every block diagram shares: op boxes (a shape per kind, so kinds differ by more than
 * colour), the addition node, arrowheads, wires and wrapped text. Styles: src/styles/diagrams.css.
 */
import type { DiagramOp } from '~lib/diagrams/types';
import { h, type SvgNode } from './svg';

/** An op box centred at (x, y); `main` marks an op that sits on the main (shortcut) path. */
export function opBox(op: DiagramOp, x: number, y: number, width: number, height: number, main = false): SvgNode {
  const rx = op.kind === 'act' ? height / 2 : op.kind === 'bn' ? 2 : 4;
  const cls = `op op--${op.kind}${main ? ' op--main' : ''}`;
  const hasDetail = op.detail !== undefined;
  // Two lines sit at fixed offsets (user units, 12 px type), so label and detail never touch.
  return h('g', { class: cls, 'data-key': op.key, transform: `translate(${x},${y})` }, [
    h('rect', { x: -width / 2, y: -height / 2, width, height, rx }),
    h('text', { class: 'op__label', 'text-anchor': 'middle', ...(hasDetail ? { y: -5 } : { dy: '0.35em' }) }, mathText(op.label)),
    hasDetail ? h('text', { class: 'op__detail', 'text-anchor': 'middle', y: 13 }, [op.detail as string]) : null,
  ]);
}

/** The addition ⊕ at (x, y). */
export function plusNode(x: number, y: number, r = 9): SvgNode {
  return h('g', { class: 'plus', transform: `translate(${x},${y})` }, [
    h('circle', { r }),
    h('path', { d: `M${-r + 4},0H${r - 4}M0,${-r + 4}V${r - 4}` }),
  ]);
}

/** A filled arrowhead whose tip is at (x, y), pointing along `angle` degrees (0 = right, 90 = down). */
export function arrowHead(x: number, y: number, angle: number, cls = 'wire__head'): SvgNode {
  return h('path', { class: cls, d: 'M0,0L-7,-3.5L-7,3.5Z', transform: `translate(${x},${y}) rotate(${angle})` });
}

/** A polyline wire through `points`. */
export function wire(points: readonly (readonly [number, number])[], cls = 'wire'): SvgNode {
  const d = points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${Math.round(x * 100) / 100},${Math.round(y * 100) / 100}`).join('');
  return h('path', { class: cls, d, fill: 'none' });
}

/** Splits text into lines of at most `maxChars` characters at spaces (a longer word keeps its own line). */
export function wrapText(text: string, maxChars: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** Lines of text starting at (x, y), one every `lineHeight` ("b_g" style subscripts set lower). */
export function textLines(lines: readonly string[], x: number, y: number, cls: string, anchor = 'middle', lineHeight = 15): SvgNode {
  return h(
    'text',
    { class: cls, 'text-anchor': anchor, x, y },
    lines.map((line, i) => h('tspan', { x, dy: i === 0 ? 0 : lineHeight }, mathText(line))),
  );
}

/** How far a subscript sits below the baseline, in user units (absolute, so leaving it is exact). */
const SUB_SHIFT = 3.5;

/**
 * Text children for labels like "x_l+1", "x_54" or "W_s: 1×1": the letter before "_" is set in
 * italic (a variable, as KaTeX sets it in the prose) and "_sub" becomes a lowered, smaller tspan.
 */
export function mathText(label: string): (string | SvgNode)[] {
  const parts: (string | SvgNode)[] = [];
  const pattern = /(\p{L})_([\p{L}0-9+−-]+)/gu;
  let at = 0;
  let lowered = false;
  const back = (text: string) => (lowered ? h('tspan', { dy: -SUB_SHIFT }, [text]) : text);
  for (const m of label.matchAll(pattern)) {
    const before = label.slice(at, m.index);
    if (before) {
      parts.push(back(before));
      lowered = false;
    }
    parts.push(h('tspan', { class: 'math', ...(lowered ? { dy: -SUB_SHIFT } : {}) }, [m[1] as string]));
    parts.push(h('tspan', { class: 'sub', dy: SUB_SHIFT }, [m[2] as string]));
    lowered = true;
    at = m.index + m[0].length;
  }
  // Always return to the baseline, so text after this (or the next line) is not left lowered.
  const rest = label.slice(at) || (lowered ? '\u200b' : '');
  if (rest) parts.push(back(rest));
  return parts;
}

/** The same label as plain text for titles, descriptions and tables: "W_s" → "Wₛ" where Unicode has the subscript, else "b_g" → "bg" (Unicode has no subscript g). */
export function plainMath(label: string): string {
  const SUBS: Record<string, string> = { s: 'ₛ', l: 'ₗ', '+': '₊', '−': '₋', '-': '₋', '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉' };
  return label.replace(/(\p{L})_([\p{L}0-9+−-]+)/gu, (_, base: string, sub: string) =>
    [...sub].every((c) => SUBS[c]) ? base + [...sub].map((c) => SUBS[c]).join('') : base + sub,
  );
}

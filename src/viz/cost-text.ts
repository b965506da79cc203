/**
 * Text in the cost charts that must fit a width: labels broken into lines at the separators they
 * are written with (' · ', '; ', ' + ', ' vs ', ' ('), else after a comma, else at a space; and
 * the boxes texts take, so a reference line can leave a gap where it would cross one.
 */
import { textWidth } from './legend';

/** Height of one line of 12 px chart text, in drawing px. */
export const LINE = 15;

/** Where a line may break: the text before `end` stays on this line, the next line starts at `next`. */
interface Break {
  end: number;
  next: number;
  /** 3 between parts (' · ', ' + ', ' vs ', ' ('), 2 after '; ', 1 after ',', 0 at any other space. */
  rank: number;
}

function breaks(text: string): Break[] {
  const found: Break[] = [];
  for (const m of text.matchAll(/ · |; | \+ | vs | \(|, | /g)) {
    const at = m.index;
    const sep = m[0];
    // '; ' and ', ' keep their mark on the line they end, '+ ', 'vs ' and '(' open the next line, ' · ' is dropped.
    if (sep === '; ' || sep === ', ') found.push({ end: at + 1, next: at + 2, rank: sep === '; ' ? 2 : 1 });
    else if (sep === ' · ') found.push({ end: at, next: at + 3, rank: 3 });
    else if (sep === ' ') found.push({ end: at, next: at + 1, rank: 0 });
    else found.push({ end: at, next: at + 1, rank: 3 });
  }
  return found;
}

/** Lines and the lowest rank of the breaks between them. */
interface Wrapped {
  lines: string[];
  rank: number;
}

/**
 * `text` in lines no wider than `width` at `size` px (textWidth's upper estimate), as few as fit,
 * then as even as they can be without breaking at a lesser place, so a wrapped label does not
 * leave one word dangling on its own.
 */
export function fitLines(text: string, width: number, size = 12): string[] {
  let best = greedy(text, width, size);
  for (let w = width - 6; best.lines.length > 1 && w > 0; w -= 6) {
    const next = greedy(text, w, size);
    if (next.lines.length !== best.lines.length || next.rank < best.rank || next.lines.some((l) => textWidth(l, size) > w)) break;
    best = next;
  }
  return best.lines;
}

/** Lines filled one at a time, each broken at the best-ranked place that fits. */
function greedy(text: string, width: number, size: number): Wrapped {
  const all = breaks(text);
  const lines: string[] = [];
  let rank = Infinity;
  let start = 0;
  while (textWidth(text.slice(start), size) > width) {
    const fits = all.filter((b) => b.end > start && textWidth(text.slice(start, b.end), size) <= width);
    // The best-ranked break among those that fill at least half the line, so a line never ends too early.
    const full = fits.filter((b) => textWidth(text.slice(start, b.end), size) >= width / 2);
    const pool = full.length ? full : fits;
    const best = Math.max(...pool.map((b) => b.rank));
    const pick = pool.filter((b) => b.rank === best).at(-1) ?? all.find((b) => b.end > start);
    if (!pick) break;
    lines.push(text.slice(start, pick.end));
    rank = Math.min(rank, pick.rank);
    start = pick.next;
  }
  lines.push(text.slice(start));
  return { lines, rank };
}

/** A text's box in drawing px, for keeping lines out of it. */
export interface TextBox {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** The box of a 12 px text at baseline `y`, anchored at `x` ('start', 'end' or 'middle'). */
export function textBox(text: string, x: number, y: number, anchor: 'start' | 'end' | 'middle' = 'start', size = 12): TextBox {
  const w = textWidth(text, size);
  const x1 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
  return { x1, x2: x1 + w, y1: y - size, y2: y + size * 0.3 };
}

/** The stretches of a vertical line at `x` from `y1` to `y2` that miss every box (with a 3 px margin). */
export function gapsAround(x: number, y1: number, y2: number, boxes: readonly TextBox[]): [number, number][] {
  const hit = boxes
    .filter((b) => b.x1 - 3 <= x && x <= b.x2 + 3 && b.y2 + 3 > y1 && b.y1 - 3 < y2)
    .map((b) => [b.y1 - 3, b.y2 + 3] as const)
    .sort((a, b) => a[0] - b[0]);
  const runs: [number, number][] = [];
  let from = y1;
  for (const [a, b] of hit) {
    if (a > from) runs.push([from, a]);
    from = Math.max(from, b);
  }
  if (from < y2) runs.push([from, y2]);
  return runs;
}

/**
 * Residual units drawn top to bottom as in the papers' figures: input, branch boxes on the left,
 * the shortcut as a wire on the right (with its boxes, if any), the addition, the ops after it (on
 * the main path, so highlighted), the output, then the paper results. Panels of one figure share
 * rows, so their additions line up. Sizes are user units drawn at about 1 CSS px each (12 px type,
 * 13 px titles, src/styles/diagrams.css), so widths here are what a reader's column must hold.
 */
import type { DiagramOp, UnitDiagram } from '~lib/diagrams/types';
import { arrowHead, mathText, opBox, plainMath, plusNode, textLines, wire, wrapText } from './diagram-parts';
import { h, type SvgNode } from './svg';

/** Sizes of one panel. */
export interface UnitLayout {
  /** Smallest panel width (a panel grows to hold its boxes). */
  width: number;
  /** Width of branch and after-addition boxes. */
  boxWidth: number;
  /** Width of shortcut boxes. */
  shortcutBoxWidth: number;
  /** Height of a box (a box with a detail line is at least 36). */
  boxHeight: number;
  /** Vertical distance between box centres: the box plus the wire seen between boxes. */
  step: number;
  /** Space left of the branch boxes, for path labels (default 4). */
  left?: number;
  /** Print results as values only (e.g. "x % · y %"), their names said once under the figure. */
  valuesOnly?: boolean;
}

/** A compact panel for units whose boxes say "weight", "BN", "ReLU". */
export const COMPACT_LAYOUT: UnitLayout = { width: 120, boxWidth: 64, shortcutBoxWidth: 80, boxHeight: 22, step: 30 };

/** Rows every panel of a figure reserves, so additions and outputs line up across panels. */
export interface PanelRows {
  /** Boxes on the longest branch. */
  branch: number;
  /** Boxes after the longest addition. */
  afterAdd: number;
  /** Title lines. */
  title: number;
  /** Result and note lines. */
  footer: number;
}

/** Line heights of 13 px titles and 12 px footers; characters per line from legend.ts's 0.6 em estimate. */
const TITLE_LINE = 16;
const FOOT_LINE = 15;
const titleChars = (width: number) => Math.floor(width / 7.8);
const footChars = (width: number) => Math.floor(width / 7.2);
/** Wire left clear before an arrow's tip: the 7-unit head plus 8 of wire, so no box covers a head. */
const CLEAR = 15;
const PLUS_R = 9;
/** Room right of a bare shortcut wire for its rotated label. */
const LABEL_ROOM = 20;

/** A panel's footer: results (named, or values only) and notes, wrapped to its width. */
function footerLines(unit: UnitDiagram, layout: UnitLayout, width: number): string[] {
  const results = layout.valuesOnly
    ? unit.results.length ? [unit.results.map((r) => r.text).join(' · ')] : []
    : unit.results.map((r) => `${r.label}: ${r.text}`);
  return [...results, ...unit.notes].flatMap((line) => wrapText(line, footChars(width)));
}

/** The width a unit's panel needs: its boxes side by side, or the branch and a labelled wire. */
export function naturalWidth(unit: UnitDiagram, layout: UnitLayout): number {
  const left = layout.left ?? 4;
  const right = unit.shortcut?.length ? 14 + layout.shortcutBoxWidth + 4 : 16 + LABEL_ROOM;
  return Math.max(layout.width, left + layout.boxWidth + right);
}

/** The rows a set of panels needs (`widths`: each panel's width, for wrapping; default its natural width). */
export function rowsFor(units: readonly UnitDiagram[], layout: UnitLayout, widths?: readonly number[]): PanelRows {
  const width = (i: number) => widths?.[i] ?? naturalWidth(units[i] as UnitDiagram, layout);
  return {
    branch: Math.max(...units.map((u) => u.branch.length)),
    afterAdd: Math.max(...units.map((u) => u.afterAdd.length)),
    title: Math.max(...units.map((u, i) => wrapText(u.title, titleChars(width(i))).length)),
    footer: Math.max(...units.map((u, i) => footerLines(u, layout, width(i)).length)),
  };
}

/** Heights down a panel: title, input label, boxes, addition, boxes after it, output, footer. */
function vertical(rows: PanelRows, layout: UnitLayout) {
  const stackEnd = (top: number, n: number) => top + Math.max(0, n * layout.step - (layout.step - layout.boxHeight));
  const inY = rows.title * TITLE_LINE + 18;
  const splitY = inY + 12;
  const top = splitY + 12;
  const plusY = stackEnd(top, rows.branch) + CLEAR + PLUS_R;
  const afterTop = plusY + PLUS_R + 12;
  const tipY = (rows.afterAdd ? stackEnd(afterTop, rows.afterAdd) : plusY + PLUS_R) + CLEAR;
  const outY = tipY + 15;
  const footY = outY + 22;
  const height = rows.footer ? footY + (rows.footer - 1) * FOOT_LINE + 6 : outY + 8;
  return { inY, splitY, top, plusY, afterTop, tipY, outY, footY, height };
}

/** Height of a panel with these rows. */
export function panelHeight(rows: PanelRows, layout: UnitLayout): number {
  return vertical(rows, layout).height;
}

/** Where each box of a unit sits (centre points), for drawing and for moving boxes between variants. */
export function unitGeometry(unit: UnitDiagram, rows: PanelRows, layout: UnitLayout, width = naturalWidth(unit, layout)) {
  const v = vertical(rows, layout);
  const bx = (layout.left ?? 4) + layout.boxWidth / 2;
  const sx = unit.shortcut?.length ? width - 4 - layout.shortcutBoxWidth / 2 : width - LABEL_ROOM;
  const branchAt = (i: number) => v.top + layout.step * i + layout.boxHeight / 2;
  const afterAt = (i: number) => v.afterTop + layout.step * i + layout.boxHeight / 2;
  const n = unit.shortcut?.length ?? 0;
  const shortcutAt = (i: number) => v.splitY + ((v.plusY - v.splitY) * (i + 1)) / (n + 1);
  return { ...v, bx, sx, branchAt, afterAt, shortcutAt };
}

/** One unit's panel, `width` wide, at the origin (translate it into place). */
export function unitPanel(unit: UnitDiagram, rows: PanelRows, layout: UnitLayout, width = naturalWidth(unit, layout)): SvgNode {
  const g = unitGeometry(unit, rows, layout, width);
  const box = (op: DiagramOp, x: number, y: number, w: number, main = false) => opBox(op, x, y, w, op.detail ? Math.max(36, layout.boxHeight) : layout.boxHeight, main);
  const lastBranchY = unit.branch.length ? g.branchAt(unit.branch.length - 1) + layout.boxHeight / 2 : g.splitY;
  const hasShortcut = unit.shortcut !== null;
  // A plain pair has no addition: the branch runs straight on to the output.
  const branchEnd = hasShortcut ? g.plusY - PLUS_R : g.tipY;

  return h('g', { class: 'unit', 'data-unit': unit.id }, [
    textLines(wrapText(unit.title, titleChars(width)), width / 2, 13, 'unit__title', 'middle', TITLE_LINE),
    h('text', { class: 'unit__io', x: g.bx, y: g.inY, 'text-anchor': 'middle' }, mathText(unit.input)),
    wire([
      [g.bx, g.inY + 7],
      [g.bx, branchEnd],
    ]),
    arrowHead(g.bx, branchEnd, 90),
    hasShortcut
      ? h('g', { class: `shortcut${unit.shortcut?.length ? '' : ' shortcut--clean'}` }, [
          wire([
            [g.bx, g.splitY],
            [g.sx, g.splitY],
            [g.sx, g.plusY],
            [g.bx + PLUS_R + 7, g.plusY],
          ], 'wire wire--shortcut'),
          arrowHead(g.bx + PLUS_R, g.plusY, 180, 'wire__head wire__head--shortcut'),
          unit.shortcut?.length && !unit.labels?.shortcut
            ? null
            : h('text', { class: 'shortcut__label', 'text-anchor': 'middle', transform: `translate(${g.sx + 6},${(g.splitY + g.plusY) / 2}) rotate(90)` }, [unit.labels?.shortcut ?? 'identity']),
        ])
      : null,
    ...unit.branch.map((op, i) => box(op, g.bx, g.branchAt(i), layout.boxWidth)),
    ...(unit.shortcut ?? []).map((op, i) => box(op, g.sx, g.shortcutAt(i), layout.shortcutBoxWidth, true)),
    hasShortcut ? plusNode(g.bx, g.plusY, PLUS_R) : null,
    unit.labels?.branch ? branchLabel(unit.labels.branch, g.bx - layout.boxWidth / 2 - 6, g.branchAt(0) - layout.boxHeight / 2, lastBranchY) : null,
    unit.labels?.sum ? h('text', { class: 'path__label', x: g.bx - PLUS_R - 6, y: g.plusY + 4, 'text-anchor': 'end' }, [unit.labels.sum]) : null,
    // After the addition: the main path, which every later unit's shortcut carries.
    hasShortcut
      ? wire([
          [g.bx, g.plusY + PLUS_R],
          [g.bx, g.tipY - 6],
        ], `wire${unit.afterAdd.length ? ' wire--main-op' : ''}`)
      : null,
    hasShortcut ? arrowHead(g.bx, g.tipY, 90) : null,
    ...unit.afterAdd.map((op, i) => box(op, g.bx, g.afterAt(i), layout.boxWidth, true)),
    h('text', { class: 'unit__io', x: g.bx, y: g.outY, 'text-anchor': 'middle' }, mathText(unit.output)),
    textLines(footerLines(unit, layout, width), width / 2, g.footY, 'unit__foot', 'middle', FOOT_LINE),
  ]);
}

/** A bracket beside the branch boxes with the branch's name, e.g. F(x). */
function branchLabel(text: string, x: number, top: number, bottom: number): SvgNode {
  return h('g', { class: 'path__bracket' }, [
    wire([
      [x + 4, top],
      [x, top],
      [x, bottom],
      [x + 4, bottom],
    ]),
    h('text', { class: 'path__label', x: x - 4, y: (top + bottom) / 2 + 4, 'text-anchor': 'end' }, [text]),
  ]);
}

/** Everything a multi-panel unit figure needs. */
export interface UnitFigureSpec {
  /** Prefix for the title and desc ids (unique on the page). */
  id: string;
  /** Accessible title. */
  title: string;
  /** Accessible description: what the panels show, in words. */
  description: string;
  /** The panels, in reading order. */
  units: readonly UnitDiagram[];
  /** Panel sizes. */
  layout?: UnitLayout;
  /** The drawing's width (a layout's width, layout.ts); default: the widest row of panels. */
  width?: number;
  /** Panels per row at most (default: as many as fit); rows wrap like text. */
  perRow?: number;
  /** Smallest horizontal gap between panels (default 12). */
  gap?: number;
  /** Every panel as wide as the widest, in a grid of equal cells filling `width` (default true). */
  uniform?: boolean;
  /** Rows to reserve (default: what these panels need), e.g. to share geometry with other variants. */
  rows?: PanelRows;
  /** Draw at most this many times the viewBox width, so a single panel does not fill a whole column. */
  maxScale?: number;
  /** A line under all panels, e.g. what the values under each panel are. */
  key?: string;
}

const ROW_GAP = 20;

/** Panels' widths and rows of panels: greedy, like words in a line, each row's spare width spread evenly around its panels. */
function placePanels(spec: UnitFigureSpec, layout: UnitLayout) {
  const gap = spec.gap ?? 12;
  const natural = spec.units.map((u) => naturalWidth(u, layout));
  const perRow = Math.min(spec.perRow ?? spec.units.length, spec.units.length);
  const widest = Math.max(...natural);
  const cell = spec.width && (spec.uniform ?? true) ? Math.floor((spec.width - (perRow - 1) * gap) / perRow) : widest;
  if (cell < widest) throw new Error(`${spec.id}: ${perRow} panels of ${widest} do not fit ${spec.width}`);
  const widths = (spec.uniform ?? true) ? natural.map(() => cell) : natural;
  const total = spec.width ?? perRow * cell + (perRow - 1) * gap;
  const lines: number[][] = [];
  widths.forEach((w, i) => {
    const line = lines.at(-1);
    const used = line ? line.reduce((a, j) => a + (widths[j] as number) + gap, 0) : 0;
    if (line && line.length < perRow && used + w <= total) line.push(i);
    else lines.push([i]);
  });
  const xs: number[] = [];
  for (const line of lines) {
    const spare = (total - line.reduce((a, j) => a + (widths[j] as number), 0)) / (line.length + 1);
    let x = spare;
    for (const j of line) {
      xs[j] = Math.round(x * 10) / 10;
      x += (widths[j] as number) + spare;
    }
  }
  const lineOf = (i: number) => lines.findIndex((line) => line.includes(i));
  return { widths, total, lines: lines.length, xs, lineOf };
}

/** Panels in rows in one SVG with a title and description. */
export function unitFigure(spec: UnitFigureSpec): SvgNode {
  const layout = spec.layout ?? COMPACT_LAYOUT;
  const place = placePanels(spec, layout);
  const rows = spec.rows ?? rowsFor(spec.units, layout, place.widths);
  const height = panelHeight(rows, layout);
  const keyLines = spec.key ? wrapText(spec.key, footChars(place.total)) : [];
  const panelsEnd = place.lines * height + (place.lines - 1) * ROW_GAP;
  const total = panelsEnd + (keyLines.length ? 10 + keyLines.length * FOOT_LINE : 0);
  const style = spec.maxScale ? `max-width:${Math.round(place.total * spec.maxScale)}px;margin-inline:auto` : undefined;
  return h('svg', { viewBox: `0 0 ${place.total} ${total}`, class: 'diagram', role: 'img', 'aria-labelledby': `${spec.id}-title ${spec.id}-desc`, style }, [
    h('title', { id: `${spec.id}-title` }, [plainMath(spec.title)]),
    h('desc', { id: `${spec.id}-desc` }, [plainMath(spec.description)]),
    ...spec.units.map((unit, i) =>
      h('g', { transform: `translate(${place.xs[i]},${place.lineOf(i) * (height + ROW_GAP)})` }, [unitPanel(unit, rows, layout, place.widths[i])]),
    ),
    keyLines.length ? textLines(keyLines, place.total / 2, panelsEnd + 18, 'unit__foot unit__key', 'middle', FOOT_LINE) : null,
  ]);
}

/** A sentence per unit, for descriptions: "(a) original: weight, BN, ReLU, weight, BN; shortcut: identity; after the addition: ReLU. error: d.dd %." */
export function describeUnit(unit: UnitDiagram): string {
  const list = (ops: readonly DiagramOp[]) => ops.map((o) => o.label).join(', ');
  const shortcut = unit.shortcut === null ? 'none' : unit.shortcut.length ? list(unit.shortcut) : 'identity';
  const after = unit.afterAdd.length ? list(unit.afterAdd) : 'nothing';
  const results = unit.results.map((r) => `${r.label}: ${r.text}`).join('; ');
  return plainMath(`${unit.title}: branch ${list(unit.branch)}; shortcut ${shortcut}; after the addition ${after}${results ? `. ${results}` : ''}.`);
}

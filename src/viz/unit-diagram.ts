/**
 * Residual units drawn top to bottom as in the papers' figures: input, branch boxes on the left,
 * the shortcut as a wire on the right (with its boxes, if any), the addition, the ops after it (on
 * the main path, so highlighted), the output, then the paper results. Panels of one figure share
 * rows, so their additions line up.
 */
import type { DiagramOp, UnitDiagram } from '~lib/diagrams/types';
import { arrowHead, mathText, opBox, plusNode, textLines, wire, wrapText } from './diagram-parts';
import { h, type SvgNode } from './svg';

/** Sizes of one panel. */
export interface UnitLayout {
  /** Panel width. */
  width: number;
  /** Width of branch and after-addition boxes. */
  boxWidth: number;
  /** Width of shortcut boxes. */
  shortcutBoxWidth: number;
  /** Height of a box (taller when boxes carry a detail line). */
  boxHeight: number;
  /** Vertical distance between box centres. */
  step: number;
  /** Space left of the branch boxes, for path labels (default 6). */
  left?: number;
}

/** A compact panel for units whose boxes say "weight", "BN", "ReLU". */
export const COMPACT_LAYOUT: UnitLayout = { width: 150, boxWidth: 70, shortcutBoxWidth: 62, boxHeight: 22, step: 30 };

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

const TITLE_LINE = 14;
/** Characters that fit a panel's width: bold 11.5 px titles, 11 px footers. */
const charsPerLine = (layout: UnitLayout) => ({ title: Math.floor(layout.width / 7), foot: Math.floor(layout.width / 6.2) });
const FOOT_LINE = 14;

/** The rows a set of panels needs. */
export function rowsFor(units: readonly UnitDiagram[], layout: UnitLayout): PanelRows {
  const { title: titleChars, foot: maxChars } = charsPerLine(layout);
  return {
    branch: Math.max(...units.map((u) => u.branch.length)),
    afterAdd: Math.max(...units.map((u) => u.afterAdd.length)),
    title: Math.max(...units.map((u) => wrapText(u.title, titleChars).length)),
    footer: Math.max(...units.map((u) => u.results.length + u.notes.flatMap((n) => wrapText(n, maxChars)).length)),
  };
}

/** Height of a panel with these rows. */
export function panelHeight(rows: PanelRows, layout: UnitLayout): number {
  const plusY = branchTop(rows) + rows.branch * layout.step + 6;
  return plusY + 14 + rows.afterAdd * layout.step + 30 + rows.footer * FOOT_LINE + 6;
}

const branchTop = (rows: PanelRows) => rows.title * TITLE_LINE + 44;

/** Where each box of a unit sits (centre points), for drawing and for moving boxes between variants. */
export function unitGeometry(unit: UnitDiagram, rows: PanelRows, layout: UnitLayout) {
  const bx = (layout.left ?? 6) + layout.boxWidth / 2;
  const sx = layout.width - 6 - layout.shortcutBoxWidth / 2;
  const top = branchTop(rows);
  const splitY = top - 14;
  const plusY = top + rows.branch * layout.step + 6;
  const branchAt = (i: number) => top + layout.step * i + layout.step / 2 - 4;
  const afterAt = (i: number) => plusY + 14 + layout.step * i + layout.step / 2;
  const outY = plusY + 14 + rows.afterAdd * layout.step + 10;
  const shortcut = unit.shortcut ?? [];
  const span = plusY - 12 - (splitY + 12);
  const shortcutAt = (i: number) => splitY + 12 + (span * (i + 1)) / (shortcut.length + 1);
  return { bx, sx, splitY, plusY, outY, branchAt, afterAt, shortcutAt };
}

/** One unit's panel at the origin (translate it into place). */
export function unitPanel(unit: UnitDiagram, rows: PanelRows, layout: UnitLayout): SvgNode {
  const g = unitGeometry(unit, rows, layout);
  const { title: titleChars, foot: maxChars } = charsPerLine(layout);
  const box = (op: DiagramOp, x: number, y: number, w: number, main = false) => opBox(op, x, y, w, layout.boxHeight, main);
  const lastBranchY = unit.branch.length ? g.branchAt(unit.branch.length - 1) + layout.boxHeight / 2 : g.splitY;
  const lastAfterY = unit.afterAdd.length ? g.afterAt(unit.afterAdd.length - 1) + layout.boxHeight / 2 : g.plusY + 9;
  const hasShortcut = unit.shortcut !== null;
  const footer = [...unit.results.map((r) => `${r.label}: ${r.text}`), ...unit.notes.flatMap((n) => wrapText(n, maxChars))];

  return h('g', { class: 'unit', 'data-unit': unit.id }, [
    textLines(wrapText(unit.title, titleChars), layout.width / 2, 12, 'unit__title'),
    h('text', { class: 'unit__io', x: g.bx, y: g.splitY - 10, 'text-anchor': 'middle' }, mathText(unit.input)),
    // Branch: input → boxes → addition (or straight on, for a plain pair).
    wire([
      [g.bx, g.splitY - 6],
      [g.bx, hasShortcut ? g.plusY - 9 : lastAfterY],
    ]),
    arrowHead(g.bx, hasShortcut ? g.plusY - 9 : g.outY - 12, 90),
    hasShortcut
      ? h('g', { class: `shortcut${unit.shortcut?.length ? '' : ' shortcut--clean'}` }, [
          wire([
            [g.bx, g.splitY],
            [g.sx, g.splitY],
            [g.sx, g.plusY],
            [g.bx + 9, g.plusY],
          ], 'wire wire--shortcut'),
          arrowHead(g.bx + 9, g.plusY, 180, 'wire__head wire__head--shortcut'),
          unit.shortcut?.length && !unit.labels?.shortcut
            ? null
            : h('text', { class: 'shortcut__label', 'text-anchor': 'middle', transform: `translate(${g.sx + 11},${(g.splitY + g.plusY) / 2}) rotate(90)` }, [unit.labels?.shortcut ?? 'identity']),
        ])
      : null,
    ...unit.branch.map((op, i) => box(op, g.bx, g.branchAt(i), layout.boxWidth)),
    ...(unit.shortcut ?? []).map((op, i) => box(op, g.sx, g.shortcutAt(i), layout.shortcutBoxWidth, true)),
    hasShortcut ? plusNode(g.bx, g.plusY) : null,
    unit.labels?.branch ? branchLabel(unit.labels.branch, g.bx - layout.boxWidth / 2 - 6, g.branchAt(0) - layout.boxHeight / 2, lastBranchY) : null,
    unit.labels?.sum ? h('text', { class: 'path__label', x: g.bx - 14, y: g.plusY + 4, 'text-anchor': 'end' }, [unit.labels.sum]) : null,
    // After the addition: the main path, which every later unit's shortcut carries.
    wire([
      [g.bx, hasShortcut ? g.plusY + 9 : lastBranchY],
      [g.bx, g.outY - 12],
    ], `wire${unit.afterAdd.length ? ' wire--main-op' : ''}`),
    hasShortcut ? arrowHead(g.bx, g.outY - 12, 90) : null,
    ...unit.afterAdd.map((op, i) => box(op, g.bx, g.afterAt(i), layout.boxWidth, true)),
    h('text', { class: 'unit__io', x: g.bx, y: g.outY + 2, 'text-anchor': 'middle' }, mathText(unit.output)),
    textLines(footer, layout.width / 2, g.outY + 22, 'unit__foot'),
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
  /** The panels, left to right. */
  units: readonly UnitDiagram[];
  /** Panel sizes. */
  layout?: UnitLayout;
  /** Horizontal gap between panels. */
  gap?: number;
  /** Rows to reserve (default: what these panels need), e.g. to share geometry with other variants. */
  rows?: PanelRows;
  /** Draw at most this many times the viewBox width, so a single panel does not fill a whole column. */
  maxScale?: number;
  /** Panels per row (default: all in one row); more rows keep the text readable on a narrow column. */
  columns?: number;
}

/** Panels side by side in one SVG with a title and description. */
export function unitFigure(spec: UnitFigureSpec): SvgNode {
  const layout = spec.layout ?? COMPACT_LAYOUT;
  const gap = spec.gap ?? 14;
  const rows = spec.rows ?? rowsFor(spec.units, layout);
  const height = panelHeight(rows, layout);
  const columns = Math.max(1, Math.min(spec.columns ?? spec.units.length, spec.units.length));
  const lines = Math.ceil(spec.units.length / columns);
  const width = columns * layout.width + (columns - 1) * gap;
  const total = lines * height + (lines - 1) * gap;
  const style = spec.maxScale ? `max-width:${Math.round(width * spec.maxScale)}px;margin-inline:auto` : undefined;
  const place = (i: number) => `translate(${(i % columns) * (layout.width + gap)},${Math.floor(i / columns) * (height + gap)})`;
  return h('svg', { viewBox: `0 0 ${width} ${total}`, class: 'diagram', role: 'img', 'aria-labelledby': `${spec.id}-title ${spec.id}-desc`, style }, [
    h('title', { id: `${spec.id}-title` }, [spec.title]),
    h('desc', { id: `${spec.id}-desc` }, [spec.description]),
    ...spec.units.map((unit, i) => h('g', { transform: place(i) }, [unitPanel(unit, rows, layout)])),
  ]);
}

/** A sentence per unit, for descriptions: "(a) original: weight, BN, ReLU, weight, BN; shortcut: identity; after the addition: ReLU. error: d.dd %." */
export function describeUnit(unit: UnitDiagram): string {
  const list = (ops: readonly DiagramOp[]) => ops.map((o) => o.label).join(', ');
  const shortcut = unit.shortcut === null ? 'none' : unit.shortcut.length ? list(unit.shortcut) : 'identity';
  const after = unit.afterAdd.length ? list(unit.afterAdd) : 'nothing';
  const results = unit.results.map((r) => `${r.label}: ${r.text}`).join('; ');
  return `${unit.title}: branch ${list(unit.branch)}; shortcut ${shortcut}; after the addition ${after}${results ? `. ${results}` : ''}.`;
}

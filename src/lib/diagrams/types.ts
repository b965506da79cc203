/**
 * A residual unit as a block diagram sees it: boxes on the branch, boxes on the shortcut, boxes
 * after the addition, and the paper results it carries. Built from a unit of the architecture
 * description (from-block.ts), drawn by src/viz/unit-diagram.ts.
 */

/** What a box stands for; the drawing gives each kind its own shape, not only its own colour. */
export type DiagramOpKind = 'weight' | 'bn' | 'act' | 'shortcut' | 'scale';

/** One box on a path. */
export interface DiagramOp {
  /** Stable within a unit across variants (e.g. 'bn-1'), so a drawing can move the same box. */
  key: string;
  /** What the box shows, e.g. "weight", "BN", "ReLU", "3×3 conv, 64", "×0.5". */
  label: string;
  /** Its kind. */
  kind: DiagramOpKind;
  /** A second, smaller line, e.g. "115.6 M multiply-adds". */
  detail?: string;
}

/** A published result a diagram carries, read from src/lib/papers. */
export interface PaperResult {
  /** What the number is, e.g. "ResNet-110" or "F unscaled". */
  label: string;
  /** Paper table id, e.g. 'p2-table-1'. */
  table: string;
  /** Row key in that table. */
  row: string;
  /** Column key in that table. */
  column: string;
  /** The cell as printed, with its unit, e.g. "d.dd %" or "fail". */
  text: string;
  /** The number, or null for "fail" and missing cells. */
  value: number | null;
}

/** One residual unit (or plain pair of layers) as a diagram. */
export interface UnitDiagram {
  /** Stable id within its figure, e.g. 'a' or 'bottleneck'. */
  id: string;
  /** Panel heading, e.g. "(a) original". */
  title: string;
  /** Label of the input, e.g. "x_l" or "56×56×64". */
  input: string;
  /** Label of the output. */
  output: string;
  /** Branch boxes, input to addition. */
  branch: DiagramOp[];
  /** Shortcut boxes; [] is a clean identity, null is no shortcut at all (a plain pair). */
  shortcut: DiagramOp[] | null;
  /** Boxes after the addition (f in P2's notation): on the main path. */
  afterAdd: DiagramOp[];
  /** Results printed under the panel. */
  results: PaperResult[];
  /** Short remarks printed under the results. */
  notes: string[];
  /** Optional names written beside the paths, e.g. F(x) by the branch and F(x) + x by the sum. */
  labels?: { branch?: string; shortcut?: string; sum?: string };
}

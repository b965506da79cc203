/**
 * The block-diagram figures: each one's units (from src/lib/diagrams), drawn as panels, plus the data
 * table that carries the same content for screen readers and course tooling.
 */
import {
  activationPlacementUnit,
  activationPlacementUnits,
  blockComparisonUnits,
  residualBlockUnit,
  shortcutOptionUnits,
  shortcutVariantUnits,
} from '~lib/diagrams/figures';
import type { UnitDiagram } from '~lib/diagrams/types';
import type { PlacementKey } from '~lib/arch/placements';
import { figureId, type FigureId } from '~lib/site/figures';
import type { DataTable } from './data-table';
import { COMPACT_LAYOUT, describeUnit, rowsFor, unitFigure, type UnitLayout } from './unit-diagram';
import { toMarkup, type SvgNode } from './svg';

const WIDE: UnitLayout = { width: 230, boxWidth: 108, shortcutBoxWidth: 104, boxHeight: 30, step: 38 };
const CNN: UnitLayout = { width: 230, boxWidth: 104, shortcutBoxWidth: 108, boxHeight: 28, step: 34 };

const describe = (units: readonly UnitDiagram[]) => units.map(describeUnit).join(' ');

/** P1 Fig. 2 (fig-residual-block): one residual building block with its identity shortcut. */
export function residualBlockScene(): SvgNode {
  const unit = residualBlockUnit();
  return unitFigure({
    id: `${figureId('residual-block')}-svg`,
    title: 'A residual building block (P1 Fig. 2)',
    description: `The residual function F(x) is the stack of weight layers on the left; the identity shortcut on the right carries x unchanged to the addition, which outputs F(x) + x. ${describeUnit(unit)}`,
    units: [unit],
    layout: { ...CNN, width: 250, boxWidth: 110, shortcutBoxWidth: 40, left: 64 },
    maxScale: 1.4,
  });
}

/** P1 Fig. 5 (fig-block-diagrams): basic block, bottleneck, bottleneck with a projection shortcut. */
export function blockComparisonScene(): SvgNode {
  const units = blockComparisonUnits();
  return unitFigure({
    id: `${figureId('block-diagrams')}-svg`,
    title: 'Basic block and bottleneck block (P1 Fig. 5)',
    description: `Multiply-adds are our arithmetic for a 56×56 map. ${describe(units)}`,
    units,
    layout: WIDE,
  });
}

/** P1 Sec. 3.3 (fig-shortcut-options): identity, option A, option B, option C. */
export function shortcutOptionsScene(): SvgNode {
  const units = shortcutOptionUnits();
  return unitFigure({
    id: `${figureId('shortcut-options')}-svg`,
    title: 'Shortcut options where dimensions change (P1 Sec. 3.3)',
    description: `Units of ResNet-34 with the shapes they read and write. ${describe(units)}`,
    units,
    layout: CNN,
    columns: 2,
    gap: 20,
    maxScale: 1.25,
  });
}

/** P2 Fig. 2 (fig-shortcut-variants): the six shortcut variants with their P2 Table 1 errors. */
export function shortcutVariantsScene(): SvgNode {
  const units = shortcutVariantUnits();
  return unitFigure({
    id: `${figureId('shortcut-variants')}-svg`,
    title: 'Six shortcut variants (P2 Fig. 2) with their P2 Table 1 errors',
    description: `ResNet-110 on CIFAR-10, ReLU after every addition. Only (a) leaves the shortcut clean. ${describe(units)}`,
    units,
    layout: { ...COMPACT_LAYOUT, shortcutBoxWidth: 66 },
    gap: 16,
    columns: 3,
    maxScale: 1.25,
  });
}

/** P2 Fig. 4 (fig-activation-placements): all five placements side by side. */
export function activationPlacementsScene(): SvgNode {
  const units = activationPlacementUnits();
  return unitFigure({
    id: `${figureId('activation-placements')}-svg`,
    title: 'Five activation placements (P2 Fig. 4) with their P2 Table 2 errors',
    description: `Boxes with a thick dashed outline sit on the main path after the addition. ${describe(units)}`,
    units,
    layout: { ...COMPACT_LAYOUT, width: 140, boxWidth: 66 },
    gap: 10,
  });
}

/**
 * One placement drawn large, on rows shared by all five, so moving between them only moves boxes.
 * `figureAnchor` is the id of the figure it sits in (the island passes its element's).
 */
export function placementFocusScene(key: PlacementKey, figureAnchor: string): SvgNode {
  const unit = activationPlacementUnit(key);
  const layout: UnitLayout = { width: 240, boxWidth: 120, shortcutBoxWidth: 70, boxHeight: 24, step: 32 };
  return unitFigure({
    id: `${figureAnchor}-focus`,
    title: `One residual unit: ${unit.title}`,
    description: describeUnit(unit),
    units: [unit],
    layout,
    rows: rowsFor(activationPlacementUnits(), layout),
    maxScale: 1.3,
  });
}

/** The data table of a unit figure: one row per unit with its ops and results (raw numbers in data-*). */
export function unitTable(caption: string, units: readonly UnitDiagram[]): DataTable {
  const list = (ops: readonly { label: string }[] | null) => (ops === null ? 'none' : ops.length ? ops.map((o) => o.label).join(' → ') : 'identity');
  return {
    caption,
    columns: [
      { key: 'unit', label: 'unit' },
      { key: 'branch', label: 'branch' },
      { key: 'shortcut', label: 'shortcut' },
      { key: 'after', label: 'after the addition' },
      { key: 'results', label: 'paper results' },
    ],
    rows: units.map((u) => ({
      attrs: {
        unit: u.id,
        ...Object.fromEntries(u.results.flatMap((r, i) => [[`row-${i + 1}`, `${r.table}/${r.row}/${r.column}`], [`value-${i + 1}`, r.value ?? r.text]])),
      },
      cells: [u.title, list(u.branch), list(u.shortcut), list(u.afterAdd) === 'identity' ? 'nothing' : list(u.afterAdd), [...u.results.map((r) => `${r.label}: ${r.text}`), ...u.notes].join('; ')],
    })),
  };
}

/** A block-diagram figure as the component renders it. */
export interface BlockFigure {
  /** Figure anchor, from the figure manifest (which also names its island, if any). */
  id: FigureId;
  /** Default caption. */
  caption: string;
  /** Static art (HTML with the SVG). */
  art: () => string;
  /** The data table. */
  table: () => DataTable;
}

const svg = (scene: () => SvgNode) => () => toMarkup(scene());

/** Every block-diagram figure, by the name the component takes. */
export const BLOCK_FIGURES = {
  'residual-block': {
    id: figureId('residual-block'),
    caption: 'A residual building block (P1 Fig. 2), drawn from ResNet-34’s description: the weight layers compute F(x), the identity shortcut carries x, and the block outputs ReLU(F(x) + x).',
    art: svg(residualBlockScene),
    table: () => unitTable('The residual block', [residualBlockUnit()]),
  },
  'block-comparison': {
    id: figureId('block-diagrams'),
    caption: 'Basic block (64-d) and bottleneck block (256-d) of P1 Fig. 5, and the bottleneck with a projection shortcut, with each layer’s multiply-adds on a 56×56 map (our arithmetic from the cost model).',
    art: svg(blockComparisonScene),
    table: () => unitTable('Blocks and their cost at 56×56', blockComparisonUnits()),
  },
  'shortcut-options': {
    id: figureId('shortcut-options'),
    caption: 'Filling a shortcut where the shape changes (P1 Sec. 3.3), on units of ResNet-34: the identity where it does not; option A subsamples and zero-pads; option B projects with a stride-2 1×1 convolution W_s; option C projects on every unit. Each carries its P1 Table 3 top-1 error.',
    art: svg(shortcutOptionsScene),
    table: () => unitTable('Shortcut options and P1 Table 3 top-1 error', shortcutOptionUnits()),
  },
  'shortcut-variants': {
    id: figureId('shortcut-variants'),
    caption: 'The six shortcut variants of P2 Fig. 2, drawn from the lab’s shortcut registry, each with its P2 Table 1 error (ResNet-110, CIFAR-10). A dashed outline marks an operation on the shortcut; only (a) leaves it clean.',
    art: svg(shortcutVariantsScene),
    table: () => unitTable('Shortcut variants and P2 Table 1 error', shortcutVariantUnits()),
  },
  'activation-placements': {
    id: figureId('activation-placements'),
    caption: 'The five activation placements of P2 Fig. 4, drawn from the lab’s placement registry, with their P2 Table 2 errors. A dashed outline marks an operation on the main path after the addition; from (c) on the path is clean. Above: one unit drawn large.',
    art: () => `<div class="ap__focus">${toMarkup(placementFocusScene('original', figureId('activation-placements')))}</div><div class="ap__all">${toMarkup(activationPlacementsScene())}</div>`,
    table: () => unitTable('Activation placements and P2 Table 2 error', activationPlacementUnits()),
  },
} as const satisfies Record<string, BlockFigure>;

/** A key of {@link BLOCK_FIGURES}. */
export type BlockFigureName = keyof typeof BLOCK_FIGURES;

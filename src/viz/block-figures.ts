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
import { plainMath } from './diagram-parts';
import { LAYOUT_WIDTH, layoutsMarkup, type Layout } from './layout';
import { COMPACT_LAYOUT, describeUnit, rowsFor, unitFigure, type UnitLayout } from './unit-diagram';
import { toMarkup, type SvgNode } from './svg';

/** P1's conv boxes ("3×3 conv, 128, /2"; a detail line makes a box 36 tall). */
const CNN: UnitLayout = { width: 150, boxWidth: 128, shortcutBoxWidth: 128, boxHeight: 26, step: 34 };

const describe = (units: readonly UnitDiagram[]) => units.map(describeUnit).join(' ');

/**
 * P1 Fig. 2 (fig-residual-block): one residual building block with its identity shortcut. One
 * drawing for both widths: at 1.25 × 280 = 350 px it fits a phone's column as it is.
 */
export function residualBlockScene(): SvgNode {
  const unit = residualBlockUnit();
  return unitFigure({
    id: `${figureId('residual-block')}-svg`,
    title: 'A residual building block (P1 Fig. 2)',
    description: `The residual function F(x) is the stack of weight layers on the left; the identity shortcut on the right carries x unchanged to the addition, which outputs F(x) + x. ${describeUnit(unit)}`,
    units: [unit],
    layout: { width: 280, boxWidth: 128, shortcutBoxWidth: 40, boxHeight: 28, step: 38, left: 70 },
    maxScale: 1.25,
  });
}

/**
 * Boxes as wide as each layout allows, for "115.6 M multiply-adds" (117 px in Arial's metrics, a few
 * more in SF): narrow, two 174-wide panels side by side fill 360; wide, the three panels fill 640.
 */
const COMPARISON_BOXES: Record<Layout, Pick<UnitLayout, 'boxWidth' | 'shortcutBoxWidth'>> = {
  narrow: { boxWidth: 134, shortcutBoxWidth: 134 },
  wide: { boxWidth: 131, shortcutBoxWidth: 131 },
};

/**
 * P1 Fig. 5 (fig-block-diagrams): basic block, bottleneck, bottleneck with a projection shortcut.
 * Panels keep their own widths (the projection needs a second column of boxes): one row when wide,
 * the two identity blocks side by side over the projection when narrow.
 */
export function blockComparisonScene(layout: Layout): SvgNode {
  const units = blockComparisonUnits();
  return unitFigure({
    id: `${figureId('block-diagrams')}-svg`,
    title: 'Basic block and bottleneck block (P1 Fig. 5)',
    description: `Multiply-adds are our arithmetic for a 56×56 map. ${describe(units)}`,
    units,
    layout: { ...CNN, boxHeight: 24, step: 44, ...COMPARISON_BOXES[layout] },
    width: LAYOUT_WIDTH[layout],
    uniform: false,
    gap: 6,
    key: 'multiply-adds on a 56×56 map, from our cost model; under each block: its totals',
  });
}

/** P1 Sec. 3.3 (fig-shortcut-options): identity, option A, option B, option C; two a row when wide, one when narrow. */
export function shortcutOptionsScene(layout: Layout): SvgNode {
  const units = shortcutOptionUnits();
  return unitFigure({
    id: `${figureId('shortcut-options')}-svg`,
    title: 'Shortcut options where dimensions change (P1 Sec. 3.3)',
    description: `Units of ResNet-34 with the shapes they read and write. ${describe(units)}`,
    units,
    layout: CNN,
    width: LAYOUT_WIDTH[layout],
    perRow: layout === 'wide' ? 2 : 1,
    gap: 20,
  });
}

/** P2 Fig. 2 (fig-shortcut-variants): the six shortcut variants with their P2 Table 1 errors; three a row when wide, two when narrow. */
export function shortcutVariantsScene(layout: Layout): SvgNode {
  const units = shortcutVariantUnits();
  return unitFigure({
    id: `${figureId('shortcut-variants')}-svg`,
    title: 'Six shortcut variants (P2 Fig. 2) with their P2 Table 1 errors',
    description: `ResNet-110 on CIFAR-10, ReLU after every addition. Only (a) leaves the shortcut clean. ${describe(units)}`,
    units,
    layout: COMPACT_LAYOUT,
    width: LAYOUT_WIDTH[layout],
    perRow: layout === 'wide' ? 3 : 2,
  });
}

/** The small panels of P2 Fig. 4: errors printed as values, named once under the panels. */
const PLACEMENT_PANEL: UnitLayout = { width: 104, boxWidth: 64, shortcutBoxWidth: 40, boxHeight: 20, step: 26, valuesOnly: true };

/** P2 Fig. 4 (fig-activation-placements): all five placements, in one row when wide, three a row when narrow. */
export function activationPlacementsScene(layout: Layout): SvgNode {
  const units = activationPlacementUnits();
  return unitFigure({
    id: `${figureId('activation-placements')}-svg`,
    title: 'Five activation placements (P2 Fig. 4) with their P2 Table 2 errors',
    description: `Boxes with a thick dashed outline sit on the main path after the addition. ${describe(units)}`,
    units,
    layout: PLACEMENT_PANEL,
    width: LAYOUT_WIDTH[layout],
    perRow: layout === 'wide' ? 5 : 3,
    key: 'under each unit: error of ResNet-110 · ResNet-164 (P2 Table 2)',
  });
}

/** The large unit's sizes; its rows are shared by all five placements, so moving between them only moves boxes. */
const FOCUS: UnitLayout = { width: 240, boxWidth: 120, shortcutBoxWidth: 40, boxHeight: 22, step: 28 };

/**
 * One placement drawn large, on rows shared by all five, so moving between them only moves boxes.
 * One drawing for both widths: 240 units at 1 × fit a phone's column, and at 1280 × 900 the figure
 * (controls, this, the five panels, caption) stays within 1.2 viewports. `figureAnchor` is
 * the id of the figure it sits in (the island passes its element's).
 */
export function placementFocusScene(key: PlacementKey, figureAnchor: string): SvgNode {
  const unit = activationPlacementUnit(key);
  return unitFigure({
    id: `${figureAnchor}-focus`,
    title: `One residual unit: ${unit.title}`,
    description: describeUnit(unit),
    units: [unit],
    layout: FOCUS,
    rows: rowsFor(activationPlacementUnits(), FOCUS, activationPlacementUnits().map(() => FOCUS.width)),
    maxScale: 1,
  });
}

/** The data table of a unit figure: one row per unit with its ops and results (raw numbers in data-*). */
export function unitTable(caption: string, units: readonly UnitDiagram[]): DataTable {
  const list = (ops: readonly { label: string }[] | null) => (ops === null ? 'none' : ops.length ? ops.map((o) => plainMath(o.label)).join(' → ') : 'identity');
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
      cells: [plainMath(u.title), list(u.branch), list(u.shortcut), list(u.afterAdd) === 'identity' ? 'nothing' : list(u.afterAdd), plainMath([...u.results.map((r) => `${r.label}: ${r.text}`), ...u.notes].join('; '))],
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
/** Both layouts, the container picks (layout.ts). */
const layouts = (scene: (layout: Layout) => SvgNode, extraClass?: string) => () => layoutsMarkup(scene, extraClass);

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
    art: layouts(blockComparisonScene),
    table: () => unitTable('Blocks and their cost at 56×56', blockComparisonUnits()),
  },
  'shortcut-options': {
    id: figureId('shortcut-options'),
    caption: 'Filling a shortcut where the shape changes (P1 Sec. 3.3), on units of ResNet-34: the identity where it does not; option A subsamples and zero-pads; option B projects with a stride-2 1×1 convolution; option C projects on every unit. Each carries its P1 Table 3 top-1 error.',
    art: layouts(shortcutOptionsScene),
    table: () => unitTable('Shortcut options and P1 Table 3 top-1 error', shortcutOptionUnits()),
  },
  'shortcut-variants': {
    id: figureId('shortcut-variants'),
    caption: 'The six shortcut variants of P2 Fig. 2, drawn from the lab’s shortcut registry, each with its P2 Table 1 error (ResNet-110, CIFAR-10). A thick dashed outline marks an operation on the main path: on the shortcut, or after the addition (the ReLU every panel keeps); only (a) leaves the shortcut clean.',
    art: layouts(shortcutVariantsScene),
    table: () => unitTable('Shortcut variants and P2 Table 1 error', shortcutVariantUnits()),
  },
  'activation-placements': {
    id: figureId('activation-placements'),
    caption: 'The five activation placements of P2 Fig. 4, drawn from the lab’s placement registry, with their P2 Table 2 errors. A thick dashed outline marks an operation on the main path, here after the addition; from (c) on the path is clean. Above: one unit drawn large.',
    art: () => `<div class="ap__focus">${toMarkup(placementFocusScene('original', figureId('activation-placements')))}</div>${layoutsMarkup(activationPlacementsScene, 'ap__all')}`,
    table: () => unitTable('Activation placements and P2 Table 2 error', activationPlacementUnits()),
  },
} as const satisfies Record<string, BlockFigure>;

/** A key of {@link BLOCK_FIGURES}. */
export type BlockFigureName = keyof typeof BLOCK_FIGURES;

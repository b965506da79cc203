/**
 * The units each block-diagram figure draws, as data, all from the one architecture description
 * (src/lib/arch) through one adapter: P1 Fig. 2 and Fig. 5 and the shortcut options of P1 Sec. 3.3
 * from the papers' CNNs; P2 Fig. 2 and Fig. 4 from the lab's nets. Published errors are read from
 * src/lib/papers.
 */
import { blockCost, imagenetResNet, traceShapes, type ResidualBlock, type Shape, type ShortcutOption } from '../arch';
import { activationPlacements, placementKeys, type PlacementKey } from '../arch/placements';
import { shortcutKinds, shortcutKeys } from '../arch/shortcuts';
import { blockOfSpec, makeSpec, type MlpSpec } from '../nets/spec';
import { formatCell, paperTable, tableCell } from '../papers';
import { formatMacs, unitDiagram } from './from-block';
import type { PaperResult, UnitDiagram } from './types';

/** A published cell as a diagram result: printed text with its unit, and the number (null for "fail"). */
export function paperResult(label: string, table: string, row: string, column: string): PaperResult {
  const cell = tableCell(table, row, column);
  const col = paperTable(table).columns.find((c) => c.key === column);
  const text = formatCell(cell, col) + (cell.kind === 'number' && col?.unit ? ` ${col.unit}` : '');
  return { label, table, row, column, text, value: cell.kind === 'number' ? cell.value : null };
}

/** A lab net's unit, one box per op, as P2 Fig. 2 and Fig. 4 draw it. */
function labUnit(spec: MlpSpec, id: string, title: string): UnitDiagram {
  return unitDiagram(blockOfSpec(spec), { height: 1, width: 1, channels: spec.width }, { id, title, detail: 'ops', io: 'symbols' });
}

/** The residual units of ResNet-34 (option A, B or C) with the shapes they read. */
function resnet34Units(option: ShortcutOption): { block: ResidualBlock; input: Shape; stage: string }[] {
  return traceShapes(imagenetResNet(34, option))
    .filter((t) => t.layer.kind === 'block')
    .map((t) => ({ block: t.layer as ResidualBlock, input: t.input, stage: t.stage }));
}

/** P1 Fig. 2: one residual building block, ResNet-34's second conv2_x unit. */
export function residualBlockUnit(): UnitDiagram {
  const unit = resnet34Units('A').filter((u) => u.stage === 'conv2_x')[1];
  if (!unit) throw new Error('ResNet-34 has no second conv2_x unit');
  const diagram = unitDiagram(unit.block, unit.input, { id: 'block', title: 'a residual block of ResNet-34 (conv2_x)', detail: 'layers' });
  return { ...diagram, labels: { branch: 'F(x)', shortcut: 'x (identity)', sum: 'F(x) + x' } };
}

/** P1 Fig. 5: basic block (64-d), bottleneck (256-d), and the bottleneck with a projection shortcut. */
export function blockComparisonUnits(size = 56): UnitDiagram[] {
  const titles = { basic: 'basic block (ResNet-34)', bottleneck: 'bottleneck (ResNet-50/101/152)', 'bottleneck-projection': 'bottleneck, projection shortcut' };
  return blockCost(size).map((row) => {
    const input = { height: size, width: size, channels: row.block.inChannels };
    const unit = unitDiagram(row.block, input, { id: row.key, title: titles[row.key], detail: 'layers', macs: true, io: 'channels' });
    // The block's totals. The map size and what the notes are ("totals") are said once, for the whole
    // figure (its key and caption), so each note fits one line of a narrow panel.
    return { ...unit, notes: [formatMacs(row.macs), `${(row.params / 1e3).toFixed(1)} k parameters`] };
  });
}

/** P1 Sec. 3.3: identity, option A (zero-padding), B (projection where the map halves), C (projection everywhere). */
export function shortcutOptionUnits(): UnitDiagram[] {
  const firstOf = (option: ShortcutOption, stage: string, index = 0) => {
    const unit = resnet34Units(option).filter((u) => u.stage === stage)[index];
    if (!unit) throw new Error(`ResNet-34 ${option} has no unit ${index} in ${stage}`);
    return unit;
  };
  const top1 = (option: 'a' | 'b' | 'c') => paperResult(`ResNet-34 ${option.toUpperCase()}, top-1`, 'p1-table-3', `resnet-34-${option}`, 'top1');
  const make = (option: ShortcutOption, stage: string, index: number, id: string, title: string) => {
    const { block, input } = firstOf(option, stage, index);
    return unitDiagram(block, input, { id, title, detail: 'layers' });
  };
  return [
    { ...make('A', 'conv2_x', 1, 'identity', 'identity (same shape)'), notes: ['every option, where the shape stays'] },
    { ...make('A', 'conv3_x', 0, 'A', 'option A: zero-padding'), results: [top1('a')], notes: ['no extra parameters'] },
    { ...make('B', 'conv3_x', 0, 'B', 'option B: projection W_s'), results: [top1('b')], notes: ['projection only where the map halves'] },
    { ...make('C', 'conv3_x', 1, 'C', 'option C: all projections'), results: [top1('c')], notes: ['a projection even on same-shape units'] },
  ];
}

/** P2 Table 1 rows drawn under each P2 Fig. 2 panel. */
const VARIANT_RESULTS: Record<string, [label: string, row: string][]> = {
  a: [['error', 'original']],
  b: [
    ['F unscaled', 'scale-0.5-f1'],
    ['F × 0.5', 'scale-0.5-f0.5'],
  ],
  c: [
    ['b_g = −6', 'excl-gate-b-6'],
    ['b_g = 0 … −5', 'excl-gate-b-0-to-5'],
  ],
  d: [
    ['b_g = −6', 'shortcut-gate-b-6'],
    ['b_g = 0', 'shortcut-gate-b-0'],
  ],
  e: [['error', 'conv-1x1']],
  f: [['error', 'dropout']],
};

/** P2 Fig. 2: the six shortcut variants on P1's original unit (f = ReLU), each with its P2 Table 1 errors. */
export function shortcutVariantUnits(): UnitDiagram[] {
  return shortcutKeys.flatMap((key) => {
    const panel = shortcutKinds[key].panel;
    if (panel === null) return [];
    const spec = makeSpec({ shortcut: key, placement: 'original', batchNorm: true, lambda: 0.5, dropP: 0.5 });
    const unit = labUnit(spec, panel, `(${panel}) ${shortcutKinds[key].label}`);
    const results = (VARIANT_RESULTS[panel] ?? []).map(([label, row]) => paperResult(label, 'p2-table-1', row, 'error'));
    // No-break spaces keep σ(…) on one line when a narrow panel wraps the note.
    const notes = key === 'scaling' ? ['second run: F × 0.5 too'] : key === 'exclusiveGate' || key === 'shortcutGate' ? ['g(x) = σ(1×1\u00a0conv(x)\u00a0+\u00a0b_g)'] : [];
    return [{ ...unit, results, notes }];
  });
}

/** P2 Fig. 4: one unit per activation placement, with its P2 Table 2 errors (ResNet-110 and ResNet-164). */
export function activationPlacementUnit(key: PlacementKey): UnitDiagram {
  const p = activationPlacements[key];
  const unit = labUnit(makeSpec({ shortcut: 'identity', placement: key, batchNorm: true }), p.panel, `(${p.panel}) ${p.label}`);
  const row = { original: 'original', bnAfterAdd: 'bn-after-add', actBeforeAdd: 'relu-before-add', actPreact: 'relu-only-preact', fullPreact: 'full-preact' }[key];
  return {
    ...unit,
    results: [paperResult('ResNet-110', 'p2-table-2', row, 'resnet110'), paperResult('ResNet-164', 'p2-table-2', row, 'resnet164')],
  };
}

/** All five placements of P2 Fig. 4, in the paper's order. */
export function activationPlacementUnits(): UnitDiagram[] {
  return placementKeys.map(activationPlacementUnit);
}

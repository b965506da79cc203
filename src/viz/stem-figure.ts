/**
 * The stem comparison (chapter 5, the study guide's "7×7 kernel" error): ResNet-34 with P1's
 * 7×7/2 conv + 3×3/2 max-pool against a 3×3 stride-1 stem at 224×224, stage by stage; and where
 * VGG-19's multiply-adds and parameters sit, conv layers against FC layers.
 */
import { compareStem, withStrideOneStem, type StemCase, type StemComparison } from '~lib/arch/comparisons';
import { flopsColumn, networkColumn, type FlopsColumn } from '~lib/arch/flops-columns';
import { printedFlops } from '~lib/arch/printed-flops';
import { imagenetResNet } from '~lib/arch/resnet';
import { figureId } from '~lib/site/figures';
import { barPanels } from './bar-panels';
import { formatMacs, formatParams, formatShare } from './cost-format';
import { STAGE_TABLE_COLUMNS, stageTableRows, totalTableRow } from './cost-table';
import type { DataTable } from './data-table';
import type { Drawing, Layout } from './layout';
import type { SvgNode } from './svg';

/** Key of the what-if network in tables and snapshots. */
export const STRIDE_ONE_KEY = 'resnet34-stride1-stem';

/** The figure's scenes (stem chart, VGG-19 split) and its data table. */
export interface StemFigure {
  /** ResNet-34's stages with both stems, in either layout. */
  stem: Drawing;
  /** VGG-19's conv layers against its FC layers, in either layout. */
  vgg: Drawing;
  /** Every number drawn. */
  table: DataTable;
}

const G = (macs: number) => macs / 1e9;

/** Builds both charts and the table from the cost model. */
export function stemFigure(id: string = figureId('stem-comparison')): StemFigure {
  const net = imagenetResNet(34);
  const real = networkColumn('resnet34', net, printedFlops('resnet34'));
  const one = networkColumn(STRIDE_ONE_KEY, withStrideOneStem(net));
  const vgg = flopsColumn('vgg19');
  const cmp = compareStem(net);
  return {
    stem: (layout) => stemChart(id, real, one, vgg, cmp, layout),
    vgg: (layout) => vggChart(`${id}-vgg`, vgg, layout),
    table: stemTable(real, one, vgg),
  };
}

/** One sentence per stem from compareStem: conv1's cost, the next stage's map and cost, the total. */
function stemSentence(c: StemCase, stem: string): string {
  return `With ${stem}, conv1 costs ${formatMacs(c.stemMacs)}, ${c.nextStage} runs at ${c.nextStageSize}×${c.nextStageSize} for ${formatMacs(c.nextStageMacs)} and the network costs ${formatMacs(c.totalMacs)}.`;
}

function stemChart(id: string, real: FlopsColumn, one: FlopsColumn, vgg: FlopsColumn, cmp: StemComparison, layout: Layout): SvgNode {
  const stages = real.stages.map((s, i) => ({ real: s, one: one.stages[i]! }));
  const at = (macs: number, size: number, head: boolean) => (head ? formatMacs(macs) : `${formatMacs(macs)} at ${size}×${size}`);
  return barPanels({
    id,
    layout,
    title: `${real.label} with P1’s downsampling stem and with a 3×3 stride-1 stem, stage by stage`,
    description:
      `Multiply-adds (P1's FLOPs) per stage. ${stemSentence(cmp.real, 'P1’s 7×7 stride-2 conv1 and stride-2 max-pool')} ` +
      `${stemSentence(cmp.strideOne, 'a 3×3 stride-1 conv1 and no max-pool')} VGG-19 costs ${formatMacs(vgg.totalMacs)}.`,
    rows: [
      ...stages.map(({ real: r, one: o }) => ({ key: r.name, label: r.name, note: r.head ? 'classifier' : `${r.size}×${r.size} vs ${o.size}×${o.size}` })),
      { key: 'total', label: 'whole network', note: `${real.depth} weighted layers` },
    ],
    panels: [
      {
        title: 'multiply-adds per stage',
        axisTitle: 'G multiply-adds (P1’s “FLOPs”)',
        reference: { value: G(vgg.totalMacs), label: `VGG-19 total, ${formatMacs(vgg.totalMacs)}` },
        series: [
          {
            key: 'real',
            label: 'P1: 7×7 conv /2, then 3×3 max-pool /2',
            role: 'paper',
            values: [...stages.map((s) => G(s.real.macs)), G(real.totalMacs)],
            labels: [...stages.map((s) => at(s.real.macs, s.real.size, s.real.head)), formatMacs(real.totalMacs)],
          },
          {
            key: 'stride-one',
            label: 'what-if: 3×3 conv /1, no max-pool',
            role: 'ours',
            style: 'outline',
            values: [...stages.map((s) => G(s.one.macs)), G(one.totalMacs)],
            labels: [...stages.map((s) => at(s.one.macs, s.one.size, s.one.head)), formatMacs(one.totalMacs)],
          },
        ],
      },
    ],
    labelWidth: 150,
  });
}

/** VGG-19 split into its 16 conv layers (block1–block5) and its 3 FC layers. */
function vggParts(vgg: FlopsColumn) {
  const head = vgg.stages.filter((s) => s.head);
  const body = vgg.stages.filter((s) => !s.head);
  const sum = (rows: typeof head, pick: (s: (typeof head)[number]) => number) => rows.reduce((t, s) => t + pick(s), 0);
  const part = (key: string, label: string, rows: typeof head) => ({
    key,
    label,
    macs: sum(rows, (s) => s.macs),
    params: sum(rows, (s) => s.params),
    macsShare: sum(rows, (s) => s.macsShare),
    paramsShare: sum(rows, (s) => s.paramsShare),
    layers: rows.map((s) => s.layers).join('; '),
  });
  return [part('conv', `conv layers (${body.map((s) => s.name).join(', ')})`, body), part('fc', 'FC layers', head)];
}

function vggChart(id: string, vgg: FlopsColumn, layout: Layout): SvgNode {
  const parts = vggParts(vgg);
  const [conv, fc] = parts as [(typeof parts)[number], (typeof parts)[number]];
  return barPanels({
    id,
    layout,
    title: 'VGG-19: its FC layers hold most of the parameters but little of the multiply-adds',
    description: `VGG-19's conv layers do ${formatShare(conv.macsShare)} of its ${formatMacs(vgg.totalMacs)} multiply-adds with ${formatShare(conv.paramsShare)} of its ${formatParams(vgg.totalParams)} parameters; its three FC layers do ${formatShare(fc.macsShare)} of the multiply-adds (${formatMacs(fc.macs)}) with ${formatShare(fc.paramsShare)} of the parameters (${formatParams(fc.params)}).`,
    rows: [
      { key: 'conv', label: 'conv layers', note: 'block1–block5' },
      { key: 'fc', label: 'FC layers', note: '4096, 4096, 1000' },
    ],
    panels: [
      {
        title: 'share of multiply-adds',
        axisTitle: '% of VGG-19’s multiply-adds',
        max: 100,
        series: [{ key: 'macs', label: 'multiply-adds', role: 'macs', values: parts.map((p) => p.macsShare * 100), labels: parts.map((p) => `${formatShare(p.macsShare)} · ${formatMacs(p.macs)}`) }],
      },
      {
        title: 'share of parameters',
        axisTitle: '% of VGG-19’s parameters',
        max: 100,
        series: [{ key: 'params', label: 'parameters', role: 'params', values: parts.map((p) => p.paramsShare * 100), labels: parts.map((p) => `${formatShare(p.paramsShare)} · ${formatParams(p.params)}`) }],
      },
    ],
    labelWidth: 150,
  });
}

function stemTable(real: FlopsColumn, one: FlopsColumn, vgg: FlopsColumn): DataTable {
  const vggRows = vggParts(vgg).map((p) => ({
    attrs: { model: vgg.key, stage: p.key, flops: p.macs, params: p.params },
    cells: [vgg.label, p.label, '–', p.layers, formatMacs(p.macs), formatShare(p.macsShare), formatParams(p.params), formatShare(p.paramsShare), '–'],
  }));
  return {
    caption: `${real.label} with P1’s stem and with a 3×3 stride-1 stem, stage by stage, and VGG-19’s conv layers against its FC layers (multiply-adds are P1’s FLOPs)`,
    columns: STAGE_TABLE_COLUMNS,
    rows: [
      ...stageTableRows(real),
      totalTableRow(real),
      ...stageTableRows(one),
      totalTableRow(one),
      ...vggRows,
      totalTableRow(vgg),
    ],
  };
}

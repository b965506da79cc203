/**
 * What P1's shortcut options A, B and C cost on ResNet-34 (chapter 4): extra parameters and
 * multiply-adds over option A, whose zero-padded shortcuts add none.
 */
import { shortcutOverhead, type OptionOverheadRow } from '~lib/arch/comparisons';
import { printedFlops } from '~lib/arch/printed-flops';
import { figureId } from '~lib/site/figures';
import { barPanels } from './bar-panels';
import { formatExtra, formatMacs, formatMegaMacs, formatParams, formatShare } from './cost-format';
import type { DataTable } from './data-table';
import type { Drawing } from './layout';

/** The figure's scene and data table. */
export interface ShortcutCostFigure {
  /** Extra parameters and multiply-adds per option, in either layout. */
  scene: Drawing;
  /** Every number drawn, with the totals. */
  table: DataTable;
}

const WHAT: Record<OptionOverheadRow['option'], string> = {
  A: 'zero-padding where dimensions grow',
  B: 'projections where dimensions grow',
  C: 'projections on every shortcut',
};

const extraShare = (extra: number, base: number) => (extra === 0 ? '' : ` (+${formatShare(extra / base)})`);

/** Builds the chart and table for ResNet-`depth` (P1 Table 3 compares the options on ResNet-34). */
export function shortcutCostFigure(id: string = figureId('shortcut-params'), depth: 34 = 34): ShortcutCostFigure {
  const rows = shortcutOverhead(depth);
  const base = rows[0]!;
  const net = `ResNet-${depth}`;
  const scene: Drawing = (layout) => barPanels({
    id,
    layout,
    title: `What shortcut options A, B and C add to ${net}`,
    description: rows
      .map((r) => `Option ${r.option} (${WHAT[r.option]}, ${r.projections} projection shortcuts): ${formatParams(r.params)} parameters and ${formatMacs(r.macs)} multiply-adds, ${formatExtra(r.extraParams, formatParams)} parameters and ${formatExtra(r.extraMacs, formatMegaMacs)} multiply-adds over option A.`)
      .join(' '),
    rows: rows.map((r) => ({ key: r.option, label: `option ${r.option}`, note: `${r.projections} projections` })),
    panels: [
      {
        title: 'extra parameters over option A',
        axisTitle: 'M parameters',
        series: [{ key: 'params', label: 'parameters', role: 'params', values: rows.map((r) => r.extraParams / 1e6), labels: rows.map((r) => `${formatExtra(r.extraParams, formatParams)}${extraShare(r.extraParams, base.params)}`) }],
      },
      {
        title: 'extra multiply-adds over option A',
        axisTitle: 'M multiply-adds (P1’s “FLOPs”)',
        series: [{ key: 'macs', label: 'multiply-adds', role: 'macs', values: rows.map((r) => r.extraMacs / 1e6), labels: rows.map((r) => `${formatExtra(r.extraMacs, formatMegaMacs)}${extraShare(r.extraMacs, base.macs)}`) }],
      },
    ],
    labelWidth: 124,
  });
  return { scene, table: shortcutTable(rows, net) };
}

function shortcutTable(rows: OptionOverheadRow[], net: string): DataTable {
  const printed = printedFlops('resnet34');
  return {
    caption: `Parameters and multiply-adds (P1’s FLOPs) of ${net} with shortcut options A, B and C`,
    columns: [
      { key: 'option', label: 'network' },
      { key: 'shortcuts', label: 'shortcuts' },
      { key: 'projections', label: 'projections', numeric: true },
      { key: 'params', label: 'parameters', numeric: true },
      { key: 'extra-params', label: 'over A', numeric: true },
      { key: 'macs', label: 'multiply-adds', numeric: true },
      { key: 'extra-macs', label: 'over A', numeric: true },
      { key: 'paper', label: 'P1 prints' },
    ],
    rows: rows.map((r) => ({
      attrs: {
        model: `resnet${net.replace(/\D/g, '')}-${r.option.toLowerCase()}`,
        option: r.option,
        flops: r.macs,
        params: r.params,
        projections: r.projections,
        'extra-flops': r.extraMacs,
        'extra-params': r.extraParams,
        ...(r.option === 'A' && printed ? { 'paper-flops': printed.value } : {}),
      },
      cells: [
        `${net}, option ${r.option}`,
        WHAT[r.option],
        String(r.projections),
        formatParams(r.params),
        formatExtra(r.extraParams, formatParams),
        formatMacs(r.macs),
        formatExtra(r.extraMacs, formatMegaMacs),
        r.option === 'A' && printed ? `${printed.text}, ${printed.source} (no option named)` : '–',
      ],
    })),
  };
}

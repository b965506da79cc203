/**
 * The lab's gradient-health panel: ‖∂E/∂x_l‖ at every unit boundary of every net on one shared
 * log scale, a one-line reading per net, and the numbers as a table whose rows carry
 * data-model, data-step, data-layer and data-grad-norm.
 */
import { formatLoss } from '~lib/training-lab/lab-config';
import { firstToLastRatio, gradientReading, gradientVerdict, HEALTHY_BAND, type NetGradients } from '~lib/training-lab/gradient-health';
import type { LabSnapshot } from '~lib/training-lab/lab-record';
import { tableMarkup, type DataTable } from '../data-table';
import type { Layout } from '../layout';
import { lineChart, type Series } from '../line-chart';
import { labNetRole } from '../roles';
import { escapeXml, type SvgNode } from '../svg';

const styleOf = (snapshot: LabSnapshot, id: string) => ({ role: labNetRole(Math.max(0, snapshot.models.findIndex((m) => m.id === id))) });

/** The chart: x is the unit boundary l (0 = first unit's input), y the gradient norm (log). */
export function gradientChart(snapshot: LabSnapshot, gradients: readonly NetGradients[], id: string, layout: Layout = 'wide'): SvgNode {
  return gradientNormChart(gradients, { id, layout, styleOf: (g) => styleOf(snapshot, g.modelId) });
}

/** How to draw one net's norms, and where. */
export interface GradientChartOptions {
  id: string;
  layout?: Layout;
  /** Colour and dash of a net's line, and its name (the net's id by default). */
  styleOf: (g: NetGradients) => Pick<Series, 'role'> & Partial<Pick<Series, 'dash' | 'label'>>;
  /** Title and the text before the per-net values in the description (the training lab's wording by default). */
  title?: string;
  what?: string;
  xLabel?: string;
  yLabel?: string;
  /** Name the lines in a legend under the plot (many nets' end labels would collide). */
  legendBelow?: boolean;
}

/** ‖∂E/∂x_l‖ against the unit boundary l for several nets on one log scale (the training lab's and the CNN lab's panels). */
export function gradientNormChart(gradients: readonly NetGradients[], o: GradientChartOptions): SvgNode {
  const series: Series[] = gradients.map((g) => ({ key: g.modelId, label: g.modelId, points: g.norms.map((y, x) => ({ x, y })), ...o.styleOf(g) }));
  const maxL = Math.max(1, ...gradients.map((g) => g.norms.length - 1));
  const described = gradients.map((g) => `${o.styleOf(g).label ?? g.modelId} ${formatLoss(g.norms[0] ?? Number.NaN)} at x₀ and ${formatLoss(g.norms.at(-1) ?? Number.NaN)} at its last boundary`);
  return lineChart({
    id: o.id,
    title: o.title ?? 'Gradient norm at every unit boundary',
    description: gradients.length
      ? `${o.what ?? '‖∂E/∂x_l‖ on the training set against the unit boundary l, log scale'}: ${described.join('; ')}.`
      : 'No gradient norms measured yet.',
    xLabel: o.xLabel ?? 'unit boundary l (0 = input side)',
    yLabel: o.yLabel ?? '‖∂E/∂x_l‖ (log scale)',
    series,
    xDomain: [0, maxL],
    yLog: true,
    layout: o.layout ?? 'wide',
    ...(o.legendBelow ? { legendBelow: true } : {}),
  });
}

/** One row per net and boundary, raw values in data-* attributes. */
export function gradientTable(gradients: readonly NetGradients[]): DataTable {
  return {
    caption: 'Gradient norms ‖∂E/∂x_l‖ per unit boundary, latest measurement of each net',
    columns: [
      { key: 'net', label: 'Net' },
      { key: 'step', label: 'Step', numeric: true },
      { key: 'layer', label: 'Boundary l', numeric: true },
      { key: 'grad-norm', label: '‖∂E/∂x_l‖', numeric: true },
    ],
    rows: gradients.flatMap((g) =>
      g.norms.map((n, l) => ({
        attrs: { model: g.modelId, step: g.step, layer: l, 'grad-norm': Number.isFinite(n) ? n : '' },
        cells: [g.modelId, String(g.step), String(l), formatLoss(n)],
      })),
    ),
  };
}

/** The readings (one line per net, with data-model, data-ratio and data-verdict) and the folded table. */
export function gradientExtras(snapshot: LabSnapshot, gradients: readonly NetGradients[]): string {
  const identity = (id: string) => snapshot.config.models.find((m) => m.id === id)?.spec.shortcut === 'identity';
  const items = gradients
    .map((g) => {
      const ratio = firstToLastRatio(g.norms);
      const attrs = `data-model="${escapeXml(g.modelId)}" data-ratio="${Number.isFinite(ratio) ? ratio : ''}" data-verdict="${gradientVerdict(ratio)}"`;
      return `<li ${attrs}>${escapeXml(gradientReading(g, HEALTHY_BAND, identity(g.modelId)))}</li>`;
    })
    .join('');
  const readings = items ? `<ul class="lab-readings">${items}</ul>` : '';
  return `${readings}<details class="lab-gradients__data"><summary>Gradient norms as numbers</summary>${tableMarkup(gradientTable(gradients))}</details>`;
}

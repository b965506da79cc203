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
  const series: Series[] = gradients.map((g) => ({
    key: g.modelId,
    label: g.modelId,
    points: g.norms.map((y, x) => ({ x, y })),
    ...styleOf(snapshot, g.modelId),
  }));
  const maxL = Math.max(1, ...gradients.map((g) => g.norms.length - 1));
  const described = gradients.map((g) => `${g.modelId} ${formatLoss(g.norms[0] ?? Number.NaN)} at x₀ and ${formatLoss(g.norms.at(-1) ?? Number.NaN)} at its last boundary`);
  return lineChart({
    id,
    title: 'Gradient norm at every unit boundary',
    description: gradients.length
      ? `‖∂E/∂x_l‖ on the training set against the unit boundary l, log scale: ${described.join('; ')}.`
      : 'No gradient norms measured yet.',
    xLabel: 'unit boundary l (0 = input side)',
    yLabel: '‖∂E/∂x_l‖ (log scale)',
    series,
    xDomain: [0, maxL],
    yLog: true,
    layout,
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

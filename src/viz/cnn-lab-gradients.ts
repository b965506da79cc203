/**
 * The CNN lab's gradient panel: P1 Sec. 4.1's check that the gradient reaches the early layers of
 * a plain net with BN at a usable size. ‖∂E/∂x_l‖ at every unit boundary (0 = the stem's output)
 * after the last measurement, the median over the seeds, every net on one log scale: colour is
 * depth as in the error chart, plain nets dashed, ResNets solid. Drawn with the training lab's
 * gradient chart (training-lab/gradient-health.ts).
 */
import { GRADIENT_IMAGES } from '~lib/cnn-lab/record';
import type { CnnLabSummary } from '~lib/cnn-lab/summary';
import type { Layout } from './layout';
import { DASH, depthRole } from './roles';
import type { SvgNode } from './svg';
import { gradientNormChart } from './training-lab/gradient-health';

export function cnnGradientChart(id: string, summary: CnnLabSummary, layout: Layout = 'wide'): SvgNode {
  const depths = [...new Set(summary.rows.map((r) => r.depth))].sort((a, b) => a - b);
  const rows = summary.rows.filter((r) => r.finalGradNorms.length > 0);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return gradientNormChart(
    rows.map((r) => ({ modelId: r.id, step: summary.steps.at(-1) ?? 0, norms: r.finalGradNorms })),
    {
      id,
      layout,
      legendBelow: true,
      title: 'Gradient norm at every unit boundary, end of the run',
      what: `‖∂E/∂xₗ‖ on ${summary.seeds > 1 ? 'the median of the seeds, ' : ''}${GRADIENT_IMAGES} training images after the last measurement, against the unit boundary l (0 = the stem's output), log scale`,
      xLabel: 'unit boundary l (0 = the stem’s output)',
      yLabel: '‖∂E/∂xₗ‖ (log scale)',
      styleOf: (g) => {
        const row = byId.get(g.modelId);
        return { role: depthRole(Math.max(0, depths.indexOf(row?.depth ?? 0))), dash: row?.residual ? DASH.solid : DASH.dashed, label: row?.label ?? g.modelId };
      },
    },
  );
}

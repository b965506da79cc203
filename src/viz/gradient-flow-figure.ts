/**
 * The gradient-flow figure as one pure function of (setting, measurement): chain diagram, chart,
 * readout with its P2 Table 1 row, the words on where measurement and theory differ (in the
 * figure's notes disclosure), and the data table. The Astro component renders it at build time from
 * recorded norms, both layouts of each drawing (layout.ts); the island re-renders the parts in the
 * browser from fresh ones, at the layout its width asks for.
 */
import { analyticFactors } from '~lib/gradient-flow/direct-term';
import { p2Table1Match } from '~lib/gradient-flow/paper-row';
import {
  comparisonSentence,
  deviationReasons,
  directTermSentence,
  divergedSentence,
  dominanceSentence,
  formatPower,
  normaliseNorms,
  trainingSentence,
} from '~lib/gradient-flow/readout';
import { GRADIENT_FLOW_DROP_P, type GradientFlowState } from '~lib/gradient-flow/state';
import { whenPhrase, type GradientFlowMeasurement } from '~lib/gradient-flow/training';
import type { DataTable } from './data-table';
import { gradientChain } from './gradient-chain';
import { gradientChart } from './gradient-chart';
import { layoutsMarkup, type Layout } from './layout';
import { escapeXml, type SvgNode } from './svg';

/** Escaped text with "x_l"-style subscripts as <sub>, for the figure's HTML prose. */
export function htmlMath(text: string): string {
  return escapeXml(text).replace(/(\p{L})_([\p{L}0-9]+)/gu, '$1<sub>$2</sub>');
}

/** Where the measured curve stands: in, under way, could not run, or training diverged. */
export type MeasuredStatus = 'measured' | 'pending' | 'failed' | 'diverged';

/** Everything the figure shows for one setting. */
export interface GradientFlowFigure {
  state: GradientFlowState;
  /** Analytic direct-term factors, l = 0 … L. */
  analytic: number[];
  /** The measurement shown (how it was trained, its raw norms), or null. */
  measurement: GradientFlowMeasurement | null;
  /** Raw measured norms, l = 0 … L, or null. */
  norms: number[] | null;
  /** Measured norms divided by the norm at x_L, or null (none yet, or ‖∂E/∂x_L‖ = 0). */
  measured: number[] | null;
  /** Whether a measurement is in, under way or failed. */
  status: MeasuredStatus;
}

/** Put a setting and its measurement (if any) together; a measurement of another L is ignored. */
export function gradientFlowFigure(state: GradientFlowState, measurement: GradientFlowMeasurement | null, status?: MeasuredStatus): GradientFlowFigure {
  const analytic = analyticFactors(state.kind, { lambda: state.lambda, gateBias: state.bg, dropP: GRADIENT_FLOW_DROP_P }, state.L);
  const norms = measurement?.norms && measurement.norms.length === state.L + 1 ? measurement.norms : null;
  const diverged = measurement !== null && measurement.norms === null;
  const shown = norms || diverged ? measurement : null;
  let settled: MeasuredStatus = status ?? (norms ? 'measured' : diverged ? 'diverged' : 'pending');
  if (settled === 'measured' && !norms) settled = diverged ? 'diverged' : 'pending';
  return { state, analytic, measurement: shown, norms, measured: norms ? normaliseNorms(norms) : null, status: settled };
}

/** The chain diagram. */
export function chainScene(fig: GradientFlowFigure, id: string, layout: Layout = 'wide'): SvgNode {
  return gradientChain({ id: `${id}-chain`, state: fig.state, factors: fig.analytic, layout });
}

function chartNote(fig: GradientFlowFigure): string | undefined {
  if (fig.state.kind === 'none') return 'plain net: the direct term is 0 below l = L, so there is no dashed line';
  if (fig.norms && !fig.measured) return 'nothing reaches x_L (‖∂E/∂x_L‖ = 0), so no measured curve';
  if (fig.status === 'pending') return 'measuring…';
  if (fig.status === 'failed') return 'no measurement: see the note below';
  if (fig.status === 'diverged') return 'training diverged, so no measured curve';
  return undefined;
}

/** The chart. */
export function chartScene(fig: GradientFlowFigure, id: string, layout: Layout = 'wide'): SvgNode {
  const note = chartNote(fig);
  return gradientChart({ id: `${id}-chart`, L: fig.state.L, analytic: fig.analytic, measured: fig.measured, layout, ...(note ? { note } : {}) });
}

/** The readout: the direct term for this setting and the matching P2 Table 1 row (HTML). */
export function readoutMarkup(fig: GradientFlowFigure, base = '/'): string {
  const row = p2Table1Match(fig.state);
  const sentence = directTermSentence(fig.state, fig.analytic[0] ?? Number.NaN);
  const which = row.exact ? 'P2 Table 1' : 'Nearest row of P2 Table 1';
  return (
    `<strong>${htmlMath(sentence)}.</strong> ${which} (ResNet-110, 54 units, ReLU after each addition): ` +
    `<a href="${escapeXml(base + row.href)}" data-row="${escapeXml(row.key)}">${escapeXml(row.label)}</a>, error <span data-error>${escapeXml(row.error)}</span>.`
  );
}

/** Measured against analytic in words, with the reasons they may differ (HTML). */
export function comparisonMarkup(fig: GradientFlowFigure): string {
  const m = fig.measurement;
  let head: string;
  if (fig.status === 'failed') head = 'The measurement could not run here; the dashed curve is the analytic one.';
  else if (fig.status === 'diverged' && m) head = divergedSentence(m);
  else if (!fig.norms || !m) head = fig.state.steps > 0 ? `Training for ${fig.state.steps} steps, then measuring ‖∂E/∂x_l‖ in the net…` : 'Measuring ‖∂E/∂x_l‖ in the net…';
  else if (!fig.measured) head = `${trainingSentence(m)} No gradient reaches x_L at all (its norm is 0), so there is nothing to compare.`;
  else head = `${trainingSentence(m)} ${comparisonSentence(fig.state, fig.analytic, fig.measured)}`;
  const dominance = fig.measured ? dominanceSentence(fig.state, fig.analytic, fig.measured) : null;
  const reasons = [...(dominance ? [dominance] : []), ...deviationReasons(fig.state)].map((r) => `<li>${htmlMath(r)}</li>`).join('');
  return `<p>${htmlMath(head)} Measured norms are divided by ${htmlMath('‖∂E/∂x_L‖')}, so both curves are 1 at l = L.</p><ul>${reasons}</ul>`;
}

/** One row per unit boundary l: analytic factor and measured ratio (raw numbers in data-*). */
export function gradientFlowTable(fig: GradientFlowFigure): DataTable {
  return {
    caption: `Direct term and measured gradient per unit, L = ${fig.state.L}${fig.measurement ? `, ${whenPhrase(fig.measurement)}` : ''}`,
    columns: [
      { key: 'unit', label: 'l', numeric: true },
      { key: 'analytic', label: 'analytic direct term ∏h’', numeric: true },
      { key: 'measured', label: 'measured ‖∂E/∂x_l‖ / ‖∂E/∂x_L‖', numeric: true },
    ],
    rows: fig.analytic.map((a, l) => {
      const m = fig.measured?.[l];
      return {
        attrs: { unit: l, analytic: a, measured: m ?? '' },
        cells: [String(l), formatPower(a), m === undefined ? (fig.status === 'pending' ? 'measuring…' : '–') : formatPower(m)],
      };
    }),
  };
}

/** The figure's static art (HTML): chain and chart (both layouts of each) and the readout, each in its own slot. */
export function gradientFlowArt(fig: GradientFlowFigure, id: string, base = '/'): string {
  return (
    `<div class="gf">` +
    layoutsMarkup((layout) => chainScene(fig, id, layout), 'gf__chain') +
    layoutsMarkup((layout) => chartScene(fig, id, layout), 'gf__chart') +
    `<p class="gf__readout">${readoutMarkup(fig, base)}</p>` +
    `</div>`
  );
}

/** The comparison's slot, for the figure's notes disclosure (the island rewrites it). */
export function gradientFlowNotesMarkup(fig: GradientFlowFigure): string {
  return `<div class="gf__compare">${comparisonMarkup(fig)}</div>`;
}

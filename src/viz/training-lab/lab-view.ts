/**
 * The whole training-lab picture from one run snapshot: which panels a chapter's focus shows and
 * in which order, the results table and the curve table. The build turns it into markup (the
 * recorded run, what shows without JavaScript and in the PDF); the island redraws the same panels
 * while a run is live.
 */
import type { SpiralData } from '~lib/data/spirals';
import { formatAccuracy, formatLoss } from '~lib/training-lab/lab-config';
import type { LabSnapshot, LabSnapshotModel } from '~lib/training-lab/lab-record';
import type { DataTable } from '../data-table';
import { boundaryPoints, decisionBoundary } from '../decision-boundary';
import { gradientChart, gradientExtras } from './gradient-health';
import { accuracyCharts, earlySteps, lastOf, lossChart, roleOf } from './lab-charts';
import { LAYOUT_WIDTH, layoutsMarkup, type Drawing, type Layout } from '../layout';
import { tiles } from './lab-tiles';
import { labNetRole } from '../roles';
import { escapeXml, type SvgNode } from '../svg';

/** A chapter's emphasis: ch. 1 training loss, ch. 2 training vs test accuracy, ch. 9 the first steps. */
export const LAB_FOCI = ['degradation', 'train-vs-test', 'early-convergence'] as const;

/** One of {@link LAB_FOCI}. */
export type LabFocus = (typeof LAB_FOCI)[number];

/** True when `value` is a focus. */
export function isLabFocus(value: unknown): value is LabFocus {
  return typeof value === 'string' && (LAB_FOCI as readonly string[]).includes(value);
}

/** A panel of the lab: a heading, an optional legend and its drawing (one per layout, layout.ts). */
export interface LabPanel {
  key: 'loss' | 'loss-early' | 'accuracy' | 'gradients' | 'boundaries';
  title: string;
  legend?: string;
  /** The chapter's emphasised panel: drawn first, and the one shown outside the "more" disclosure. */
  primary: boolean;
  /** The panel's picture for a layout: one chart, or the nets' small multiples in one drawing. */
  draw: Drawing;
  /** Markup after the pictures (readings, a folded table). */
  extra?: string;
}

const ORDER: Record<LabFocus, LabPanel['key'][]> = {
  degradation: ['loss', 'gradients', 'accuracy', 'boundaries'],
  'train-vs-test': ['accuracy', 'gradients', 'loss', 'boundaries'],
  'early-convergence': ['loss-early', 'loss', 'gradients', 'accuracy', 'boundaries'],
};

/**
 * The panels for a focus, primary first; `id` prefixes every SVG id so several labs can share a
 * page. `only` limits the work to some panels (a live redraw of the curves skips the boundaries).
 */
export function labPanels(snapshot: LabSnapshot, focus: LabFocus, id: string, data: SpiralData, only?: readonly LabPanel['key'][]): LabPanel[] {
  const step = snapshot.step;
  const build = (key: LabPanel['key'], primary: boolean): LabPanel => {
    switch (key) {
      case 'loss':
        return { key, primary, title: 'Training loss, whole run (log scale)', draw: (layout) => lossChart(snapshot, `${id}-loss`, false, layout) };
      case 'loss-early':
        return {
          key,
          primary,
          title: `Training loss in the first ${earlySteps(snapshot.config.steps)} steps (linear scale)`,
          draw: (layout) => lossChart(snapshot, `${id}-early`, true, layout),
        };
      case 'accuracy': {
        const title = 'Accuracy on training points and on held-out test points';
        return {
          key,
          primary,
          title,
          legend: 'Solid line: training accuracy. Dash-dot line: test accuracy. One chart per net, in its colour.',
          // Three across a desktop column, stacked on a phone's.
          draw: (layout) => tiles(accuracyCharts(snapshot, `${id}-acc`, layout), { ...TILES[layout], columns: layout === 'wide' ? 3 : 1, heads: netHeads(snapshot), label: title }),
        };
      }
      case 'gradients': {
        const gradients = snapshot.gradients ?? [];
        const at = [...new Set(gradients.map((g) => g.step))];
        return {
          key,
          primary,
          title: `Gradient health: ‖∂E/∂x_l‖ at every unit boundary${at.length === 1 ? ` at step ${at[0]}` : ''} (log scale)`,
          legend:
            'The norm of the back-propagated gradient at each unit boundary l, from the input side (l = 0) to the last unit (right), measured on the training set; its first-to-last ratio says whether it vanishes on the way back.',
          draw: (layout) => gradientChart(snapshot, gradients, `${id}-grad`, layout),
          extra: gradientExtras(snapshot, gradients),
        };
      }
      case 'boundaries': {
        const title = `Decision boundaries at step ${snapshot.gridStep ?? step}`;
        return {
          key,
          primary,
          title,
          legend: 'Shading: the class each net predicts, darker where it is more confident. Circles: class A; squares: class B; hollow marks are held-out test points.',
          // A boundary has no text, so three fit across a phone's column too.
          // The points are the same under every net: drawn once per drawing, shown in each tile by reference.
          draw: (layout) =>
            tiles(
              snapshot.models.map((m, i) => boundaryScene(m, i, snapshot, `${id}-db`, data)),
              { ...TILES[layout], columns: 3, heads: netHeads(snapshot), label: title, defs: [boundaryPoints(`${id}-db-points`, { geometry: snapshot.grid, train: data.train, test: data.test })] },
            ),
        };
      }
    }
  };
  return ORDER[focus].flatMap((key, i) => (only && !only.includes(key) ? [] : [build(key, i === 0)]));
}

/** The small multiples' drawing width and gap per layout. */
const TILES: Record<Layout, { width: number; gap: number }> = {
  wide: { width: LAYOUT_WIDTH.wide, gap: 20 },
  narrow: { width: LAYOUT_WIDTH.narrow, gap: 12 },
};

/** Each net's name in its colour, over its tile. */
const netHeads = (snapshot: LabSnapshot) => snapshot.models.map((m, i) => ({ text: m.id, role: labNetRole(i) }));

function boundaryScene(m: LabSnapshotModel, i: number, snapshot: LabSnapshot, id: string, data: SpiralData): SvgNode {
  const acc = m.final?.trainAcc ?? lastOf(m.curves.trainAcc);
  return decisionBoundary({
    id: `${id}-${m.id}`,
    title: `${m.id} (${roleOf(i)}): decision boundary at step ${snapshot.gridStep ?? snapshot.step}`,
    description: m.grid
      ? `Predicted class over the plane with the two spirals on top; training accuracy ${formatAccuracy(acc)}.`
      : 'The two spirals; the boundary appears once the net has been measured.',
    grid: m.grid,
    geometry: snapshot.grid,
    train: data.train,
    test: data.test,
    pointsRef: `${id}-points`,
  });
}

/** The figure's markup for a set of panels (build time): both layouts of each drawing, CSS shows one. */
export function panelsMarkup(panels: readonly LabPanel[]): string {
  return panels
    .map((p) => {
      const cls = `lab-panel lab-panel--${p.key}${p.primary ? ' lab-panel--primary' : ''}`;
      const legend = p.legend ? `<p class="lab-panel__legend">${escapeXml(p.legend)}</p>` : '';
      const body = layoutsMarkup(p.draw, 'lab-panel__art') + (p.extra ?? '');
      return `<div class="${cls}" data-panel="${p.key}"><p class="lab-panel__title">${escapeXml(p.title)}</p>${legend}<div class="lab-panel__body">${body}</div></div>`;
    })
    .join('');
}

/** Each panel in a few words, for the summary of the disclosure that holds it. */
const PANEL_NAMES: Record<LabPanel['key'], string> = {
  loss: 'the whole run’s loss',
  'loss-early': 'the first steps’ loss',
  accuracy: 'accuracy per net',
  gradients: 'gradient health',
  boundaries: 'decision boundaries',
};

/** The rest of a run's story, in the "more" disclosure: what its summary lists. */
export function moreSummary(panels: readonly LabPanel[]): string {
  const names = [...panels.filter((p) => !p.primary).map((p) => PANEL_NAMES[p.key]), 'results table', 'set-up'];
  return `More of this run: ${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * The lab's art (build time): the chapter's primary panel, then a disclosure, closed on screen and
 * open in print (PrintSupport.astro, print.css), with the other panels, the results table (HTML),
 * where the numbers come from and the set-up. The island redraws inside the same markup.
 */
export function labArt(focus: LabFocus, panels: readonly LabPanel[], parts: { results: string; source: string; setup: readonly string[] }): string {
  const setup = parts.setup.map((line) => `<li>${escapeXml(line)}</li>`).join('');
  return (
    `<div class="lab" data-focus="${focus}"><div class="lab__panels">${panelsMarkup(panels.filter((p) => p.primary))}</div>` +
    `<details class="lab-more"><summary>${escapeXml(moreSummary(panels))}</summary>` +
    `<div class="lab__panels">${panelsMarkup(panels.filter((p) => !p.primary))}</div>` +
    `<div class="lab-results">${parts.results}</div><p class="lab-source">${escapeXml(parts.source)}</p>` +
    `<p class="lab-setup__title">Set-up</p><ul class="lab-setup">${setup}</ul></details></div>`
  );
}

/** Latest (or final) numbers of one net. */
function latest(m: LabSnapshotModel): { trainLoss: number; trainAcc: number; testAcc: number; steps: number } {
  const steps = lastOf(m.curves.step);
  if (m.final) return { trainLoss: m.final.trainLoss, trainAcc: m.final.trainAcc, testAcc: m.final.testAcc, steps };
  return { trainLoss: lastOf(m.curves.trainLoss), trainAcc: lastOf(m.curves.trainAcc), testAcc: lastOf(m.curves.testAcc), steps };
}

const raw = (x: number) => (Number.isFinite(x) ? x : '');

/** One row per net: training loss, training and test accuracy, parameters and steps (raw data-* values). */
export function resultsTable(snapshot: LabSnapshot, caption: string): DataTable {
  return {
    caption,
    columns: [
      { key: 'net', label: 'Net' },
      { key: 'role', label: 'Role' },
      { key: 'train-loss', label: 'Training loss', numeric: true },
      { key: 'train-acc', label: 'Training accuracy', numeric: true },
      { key: 'test-acc', label: 'Test accuracy', numeric: true },
      { key: 'params', label: 'Parameters', numeric: true },
      { key: 'steps', label: 'Steps', numeric: true },
    ],
    rows: snapshot.models.map((m, i) => {
      const v = latest(m);
      const stopped = m.stoppedAt !== null;
      return {
        attrs: {
          model: m.id,
          role: roleOf(i),
          'train-loss': raw(v.trainLoss),
          'train-acc': raw(v.trainAcc),
          'test-acc': raw(v.testAcc),
          params: m.params,
          steps: raw(v.steps),
          status: stopped ? 'diverged' : m.final ? 'final' : 'running',
        },
        cells: [
          m.id,
          roleOf(i),
          stopped ? `diverged (${formatLoss(v.trainLoss)})` : formatLoss(v.trainLoss),
          formatAccuracy(v.trainAcc),
          formatAccuracy(v.testAcc),
          m.params.toLocaleString('en-US'),
          Number.isFinite(v.steps) ? String(v.steps) : '–',
        ],
      };
    }),
  };
}

/** The curves at about every tenth of the run, one row per net and step: the charts' data as a table. */
export function curvesTable(snapshot: LabSnapshot): DataTable {
  const rows: DataTable['rows'] = [];
  for (const m of snapshot.models) {
    const n = m.curves.step.length;
    const every = Math.max(1, Math.ceil((n - 1) / 10));
    for (let k = 0; k < n; k++) {
      if (k % every !== 0 && k !== n - 1) continue;
      const [step, loss, tr, te] = [m.curves.step[k], m.curves.trainLoss[k], m.curves.trainAcc[k], m.curves.testAcc[k]] as number[];
      rows.push({
        attrs: { model: m.id, step: step as number, 'train-loss': raw(loss as number), 'train-acc': raw(tr as number), 'test-acc': raw(te as number) },
        cells: [m.id, String(step), formatLoss(loss as number), formatAccuracy(tr as number), formatAccuracy(te as number)],
      });
    }
  }
  return {
    caption: 'Training loss and accuracies during the run, about every tenth of the steps',
    columns: [
      { key: 'net', label: 'Net' },
      { key: 'step', label: 'Step', numeric: true },
      { key: 'train-loss', label: 'Training loss', numeric: true },
      { key: 'train-acc', label: 'Training accuracy', numeric: true },
      { key: 'test-acc', label: 'Test accuracy', numeric: true },
    ],
    rows,
  };
}

/**
 * The CNN lab's part of the bench report (issue 16): step times per net, backend and convolution;
 * which convolution is faster where both train; the whole-run times; the data asset. Pure.
 */
import { spread, table } from '../report.ts';
import type { CnnResults } from './cnn.ts';
import type { CnnBackendResult } from './cnn-measure.ts';

const CONV = { ours: 'ours (matMul)', tfjs: 'tf.conv2d' } as const;
const seconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);

/** "webgl (SwiftShader: software)": the backend, and what it ran on when that is a software renderer or known. */
function backendLabel(b: CnnBackendResult): string {
  if (!b.device) return b.requested;
  return /swiftshader/i.test(b.device) ? `${b.requested} (SwiftShader: software)` : `${b.requested} (${b.device})`;
}

function stepTable(c: CnnResults): string {
  const rows = c.backends.flatMap((b) => {
    if (b.status !== 'measured') return [[b.where, backendLabel(b), '*', '—', `did not start (${b.reason ?? `tfjs fell back to ${b.active}`})`, '—', '—', '—']];
    return b.rows.map((r) => [
      b.where,
      backendLabel(b),
      r.net,
      CONV[r.conv],
      r.skipped ? `not timed: ${r.skipped}` : r.error ? `failed: ${r.error}` : spread(r.msPerStep),
      r.sampled ? `${r.sampled.rounds > 1 ? `1 + ${r.sampled.rounds - 1} × ${r.sampled.steps}` : '1 × 1'}${r.sampled.firstStepTimed ? ' (first step timed)' : ''}` : '—',
      r.oursOverTfjs ? spread(r.oursOverTfjs, '×') : '—',
      r.tensors ? `${r.tensors.before} → ${r.tensors.after}` : '—',
    ]);
  });
  return table(['where', 'backend', 'net', 'convolution', 'ms/step', 'rounds: steps each', 'ours ÷ tf.conv2d', 'tensors before → after'], rows);
}

/** Per backend where both convolutions trained: the faster one by net (ratios < 1 favour ours). */
function fasterLines(c: CnnResults): string[] {
  return c.backends
    .filter((b) => b.rows.some((r) => r.oursOverTfjs))
    .map((b) => {
      const compared = b.rows.filter((r) => r.oursOverTfjs);
      const oursWins = compared.filter((r) => r.oursOverTfjs!.median < 1).length;
      const verdict =
        oursWins === compared.length ? 'ours faster on every net' : oursWins === 0 ? 'tf.conv2d faster on every net' : `ours faster on ${oursWins} of ${compared.length} nets`;
      // A ratio whose rounds fall on both sides of 1 does not pick a winner.
      const unclear = compared.filter((r) => r.oursOverTfjs!.min < 1 && r.oursOverTfjs!.max > 1).length;
      const noise = unclear ? `; on ${unclear} of them the rounds disagree, so no clear winner there` : '';
      return `- ${b.where} ${backendLabel(b)}: ${verdict} (${compared.map((r) => `${r.net} ${spread(r.oursOverTfjs, '×')}`).join(', ')})${noise}.`;
    });
}

function runTable(c: CnnResults): string {
  const rows = c.backends
    .filter((b) => b.status === 'measured')
    .map((b) => {
      const e = b.estimates;
      return [
        b.where,
        backendLabel(b),
        b.quickLab ? seconds(b.quickLab.ms) : 'not run',
        b.quickLab ? `${b.quickLab.tensors.before} → ${b.quickLab.tensors.after}` : '—',
        seconds(e?.quickStepsMs),
        e?.overhead ? `${e.overhead.toFixed(2)}×` : '—',
        e?.fullMs ? `${seconds(e.fullMs)}${e.overhead ? '' : ' (steps only)'}` : '—',
      ];
    });
  return table(
    ['where', 'backend', 'quick run, measured', 'tensors before → after', 'quick run, Σ steps × ms/step', 'measured ÷ Σ', 'full run (6 nets), estimate'],
    rows,
  );
}

/** The CNN section: a heading, the tables and their notes. */
export function cnnReport(c: CnnResults): string[] {
  const standIns = [...new Set(c.backends.flatMap((b) => b.estimates?.standIns ?? []))];
  const quick = c.backends.find((b) => b.quickLab)?.quickLab;
  const faster = fasterLines(c);
  return [
    `### CNN lab (issue 16): ms per SGD step, the lab's own (\`cnnTrainStep\`: batch 64 of 8×8×1 digits, flat momentum optimiser, weight decay); widths 8/16/32; median (min–max) over at most ${c.plan.rounds} rounds after an untimed step (the first round of one step, the others of up to ${c.plan.steps}), cut to fit ${seconds(c.plan.rowBudgetMs)} per row`,
    stepTable(c),
    ...(faster.length ? ['Faster convolution where the backend trains both (ours ÷ tf.conv2d per round, median (min–max); below 1: ours faster):', faster.join('\n')] : []),
    `#### CNN lab runs end to end (\`runCnnLab\`, one seed, our convolution): the live quick comparison${quick ? ` (${quick.nets.join(', ')}; ${quick.steps} steps each)` : ''} timed, the full comparison (8, 20 and 56 layers) estimated from the step times above × the quick run's measured ÷ Σ`,
    runTable(c),
    ...(standIns.length ? [`Nets not timed on their own are counted at the step time of the other net of their depth: ${standIns.join(', ')}.`] : []),
    `Data asset \`${c.asset.path}\`: ${c.asset.images} images, ${c.asset.bytes} bytes raw, ${c.asset.gzipBytes} bytes gzipped (the bench's server, like many hosts, gzips text, JSON, WASM and SVG, so it sends this file raw).`,
  ];
}

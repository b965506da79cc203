/**
 * The CNN lab in words: its set-up, how it departs from P1 Sec. 4.2, and what the recorded (or
 * live) numbers say against P1 Fig. 6. The comparison is computed from the summary, never written
 * by hand, so it can claim no more than the numbers show: each sentence names the medians it rests
 * on and on how many seeds the same order holds.
 */
import { DIGITS_SIDE } from '../data/digits';
import type { CnnLabRow, CnnLabSummary } from './summary';
import type { CnnLabSetup } from './setup';

/**
 * Images in the shipped digits asset (src/scripts/data/convert-digits.ts refuses any other count);
 * the split's sizes follow from it as splitDigits draws them.
 */
const DIGITS_IMAGES = 1797;

/** An error fraction as a percentage: one decimal, two below 1 % (a few training images are 0.1 %). */
export function errorPercent(v: number): string {
  if (!Number.isFinite(v)) return '–';
  const p = v * 100;
  return `${p.toFixed(p < 1 ? 2 : 1)}%`;
}

const count = (n: number) => n.toLocaleString('en-GB');
const list = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The set-up as one paragraph: nets, data, optimiser, schedule, seeds and the backend it ran on. */
export function describeCnnSetup(setup: CnnLabSetup, backend: string): string {
  const depths = [...new Set(setup.nets.map((n) => 6 * n.n + 2))].sort((a, b) => a - b);
  const kinds = [setup.nets.some((n) => !n.residual) ? 'plain' : '', setup.nets.some((n) => n.residual) ? 'residual (option A shortcuts)' : ''].filter(Boolean);
  const test = Math.ceil(DIGITS_IMAGES * setup.split.testFraction);
  const o = setup.optimizer;
  const drops = o.decaySteps?.length ? `, divided by ${Math.round(1 / (o.decayFactor ?? 0.1))} after iterations ${list(o.decaySteps.map(count))}` : '';
  const momentum = o.kind === 'momentum' ? ` with momentum ${o.momentum ?? 0.9}` : '';
  const seeds = setup.seeds.length === 1 ? `one seed (${setup.seeds[0]})` : `${setup.seeds.length} seeds (${setup.seeds.join(', ')}); the lines and the table give the median over the seeds`;
  return [
    `Set-up: ${list(kinds)} nets of ${list(depths.map(String))} layers, built as P1 Sec. 4.2 builds its CIFAR-10 nets: 6n + 2 weighted layers in three stages of ${setup.widths.join('/')} channels, batch norm after every convolution, global average pooling and a 10-way classifier.`,
    `Data: the ${count(DIGITS_IMAGES)} ${DIGITS_SIDE}×${DIGITS_SIDE} handwritten digits shipped with this site, split once (seed ${setup.split.seed}) into ${count(DIGITS_IMAGES - test)} training and ${count(test)} test images.`,
    `Training: SGD${momentum}, weight decay ${o.weightDecay ?? 0}, ${count(setup.steps)} iterations of ${setup.batch} images, learning rate ${o.learningRate}${drops}; errors measured every ${setup.recordEvery} iterations on the whole training and test sets, batch norm in inference mode.`,
    `Each net trains on ${seeds}. Recorded on the ${backend} backend.`,
  ].join(' ');
}

/** What the toy changes from P1 Sec. 4.2, in one paragraph. */
export function describeCnnDepartures(setup: CnnLabSetup): string {
  return (
    `What differs from P1 Sec. 4.2: ${DIGITS_SIDE}×${DIGITS_SIDE} grey digits instead of CIFAR-10's 32×32 colour images, ` +
    `so each stage's maps are ${DIGITS_SIDE}×${DIGITS_SIDE}, ${DIGITS_SIDE / 2}×${DIGITS_SIDE / 2} and ${DIGITS_SIDE / 4}×${DIGITS_SIDE / 4}; ` +
    `${setup.widths.join('/')} channels instead of 16/32/64; no data augmentation; ` +
    `and ${count(setup.steps)} iterations instead of P1's 64k. The y axis is cut, as P1 Fig. 6's is at 20%, so the first measurements run off the top.`
  );
}

/** How two nets' final training errors compare: on the median and seed by seed. */
interface Pair {
  deeper: CnnLabRow;
  shallower: CnnLabRow;
}

/** Seeds on which `a` ends with higher training error than `b`, of the seeds where both ended with a number. */
function seedsHigher(a: CnnLabRow, b: CnnLabRow): { higher: number; of: number } {
  let higher = 0;
  let of = 0;
  for (const s of a.seedFinals) {
    const t = b.seedFinals.find((x) => x.seed === s.seed);
    if (!t || !Number.isFinite(s.trainError) || !Number.isFinite(t.trainError)) continue;
    of += 1;
    if (s.trainError > t.trainError) higher += 1;
  }
  return { higher, of };
}

const seedText = ({ higher, of }: { higher: number; of: number }) => (of === 0 ? 'no seed ended with both numbers' : `higher on ${higher} of ${of} seed${of === 1 ? '' : 's'}`);

/** One sentence per pair of consecutive depths: does the deeper net end with higher training error? */
function pairSentence({ deeper, shallower }: Pair): { sentence: string; higher: boolean | null } {
  const a = deeper.finalTrainError;
  const b = shallower.finalTrainError;
  if (!Number.isFinite(a) || !Number.isFinite(b)) {
    return { sentence: `${deeper.label} against ${shallower.label}: no comparison, ${Number.isFinite(a) ? shallower.label : deeper.label} has no final training error.`, higher: null };
  }
  const order = a > b ? 'higher' : a < b ? 'lower' : 'the same';
  const than = order === 'the same' ? 'as' : 'than';
  return {
    sentence: `${deeper.label} ends with ${order} median training error ${than} ${shallower.label} (${errorPercent(a)} against ${errorPercent(b)}; ${seedText(seedsHigher(deeper, shallower))}).`,
    higher: a > b,
  };
}

/** Consecutive-depth pairs of one kind of net, shallowest first. */
function pairsOf(rows: readonly CnnLabRow[], residual: boolean): Pair[] {
  const kind = rows.filter((r) => r.residual === residual).sort((a, b) => a.depth - b.depth);
  return kind.slice(1).map((deeper, i) => ({ deeper, shallower: kind[i] as CnnLabRow }));
}

/** The plain nets' comparison against P1 Fig. 6 (left), which shows degradation. */
function plainSentences(rows: readonly CnnLabRow[]): string[] {
  const pairs = pairsOf(rows, false).map(pairSentence);
  if (pairs.length === 0) return ['With fewer than two plain nets, this run cannot show degradation.'];
  const judged = pairs.filter((p) => p.higher !== null);
  const higher = judged.filter((p) => p.higher).length;
  const lead =
    judged.length === 0
      ? 'The plain nets cannot be compared yet.'
      : higher === judged.length
        ? 'As in P1 Fig. 6 (left), where deeper plain nets end with higher training error, each deeper plain net here ends with higher median training error than the next shallower one.'
        : higher === 0
          ? 'Unlike P1 Fig. 6 (left), where deeper plain nets end with higher training error, no deeper plain net here ends with higher median training error than the next shallower one: degradation does not appear on the median at this scale.'
          : `Only in part as in P1 Fig. 6 (left), where deeper plain nets end with higher training error: ${higher} of ${judged.length} deeper plain nets here end with higher median training error than the next shallower one.`;
  return [lead, ...pairs.map((p) => p.sentence)];
}

/** The ResNets: depth pairs, then each depth against the plain net of the same depth. */
function residualSentences(rows: readonly CnnLabRow[]): string[] {
  const pairs = pairsOf(rows, true).map((p) => pairSentence(p).sentence);
  const sameDepth = rows
    .filter((r) => r.residual)
    .map((res) => ({ res, plain: rows.find((p) => !p.residual && p.depth === res.depth) }))
    .filter((x): x is { res: CnnLabRow; plain: CnnLabRow } => x.plain !== undefined)
    .map(({ res, plain }) => {
      const a = res.finalTrainError;
      const b = plain.finalTrainError;
      if (!Number.isFinite(a) || !Number.isFinite(b)) return `${res.label} against ${plain.label}: no comparison yet.`;
      const order = a < b ? 'lower' : a > b ? 'higher' : 'the same';
      const { higher, of } = seedsHigher(plain, res);
      return `${res.label} ends with ${order} median training error ${order === 'the same' ? 'as' : 'than'} ${plain.label} (${errorPercent(a)} against ${errorPercent(b)}; lower on ${higher} of ${of} seed${of === 1 ? '' : 's'}).`;
    });
  return [...pairs, ...sameDepth];
}

/** The sentences that set the run beside P1 Fig. 6, exactly as strong as its numbers. */
export function compareWithFig6(summary: CnnLabSummary): string[] {
  if (!summary.rows.some((r) => Number.isFinite(r.finalTrainError))) return ['No net has finished yet, so there is nothing to compare with P1 Fig. 6.'];
  return [...plainSentences(summary.rows), ...residualSentences(summary.rows)];
}

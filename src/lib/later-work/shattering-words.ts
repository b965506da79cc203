/**
 * What the shattering figure says in words, computed from a record (recorded or live) so the
 * notes, the chapter and the live status never claim more than the numbers: the set-up, what the
 * measurement shows here, what Balduzzi et al. found at their scale, and the verdict on the
 * reader's prediction.
 */
import { medians, smootherAtDepth, type ShatteringRecord, type ShatterGuess, type ShatterKind } from './shattering';

const two = (x: number) => x.toFixed(2);

/** The median correlation of a kind at a depth. */
export function medianAt(record: ShatteringRecord, kind: ShatterKind, depth: number): number {
  return (
    medians(record)
      .find((m) => m.kind === kind)!
      .points.find((p) => p.depth === depth)?.correlation ?? Number.NaN
  );
}

/** The shallowest depth from which a kind's median stays below `level` at every deeper depth measured, or null. */
export function depthBelow(record: ShatteringRecord, kind: ShatterKind, level: number): number | null {
  const points = medians(record).find((m) => m.kind === kind)!.points;
  for (let i = 0; i < points.length; i++) if (points.slice(i).every((p) => p.correlation < level)) return points[i]!.depth;
  return null;
}

/** How the measurement is made. */
export function shatteringSetup(record: ShatteringRecord): string {
  return `Set-up: the training lab’s nets (width 16, batch norm after every weight layer, P1’s original unit, He initialisation) at ${record.depths.join(', ')} weight layers, each freshly initialised from seeds ${record.firstSeed}–${record.firstSeed + record.seeds - 1}. ${record.points} points lie evenly on a segment through the middle of the spirals’ square, at an angle drawn from the seed. At each point we take the gradient of the output (logit of class 1 minus logit of class 0) with respect to the input, along the segment, and report the correlation between the gradients at neighbouring points. At initialisation batch norm uses the statistics of these ${record.points} points; a trained net uses its running averages.`;
}

/** What this record shows, in numbers. */
export function shatteringFinding(record: ShatteringRecord): string {
  const deepest = Math.max(...record.depths);
  const shallow = Math.min(...record.depths);
  const plainGone = depthBelow(record, 'plain', 0.1);
  const residualGone = depthBelow(record, 'residual', 0.1);
  const first = `At ${shallow} layers (one unit) the median is ${two(medianAt(record, 'plain', shallow))} for the plain nets and ${two(medianAt(record, 'residual', shallow))} for the residual ones. The plain nets’ median falls ${plainGone === null ? 'but not below 0.1' : `below 0.1 from ${plainGone} layers on`}, like noise; the residual nets’ falls more slowly: ${record.depths
    .filter((d) => d > shallow)
    .map((d) => `${two(medianAt(record, 'residual', d))} at ${d}`)
    .join(', ')}${residualGone === null ? '' : `, below 0.1 from ${residualGone} layers`}.`;
  const t = record.trained;
  const trained = t
    ? ` After training (${t.source === 'reader' ? 'your run' : 'the recorded run'}, ${t.depth} layers, ${t.step} steps) the plain net’s correlation is ${two(t.plain)} and the residual net’s ${two(t.residual)}.`
    : '';
  return `${first}${trained} At ${deepest} layers the ${smootherAtDepth(record) ?? 'neither'} nets keep the smoother gradients at initialisation.`;
}

/** What the paper found, and how our setting differs. */
export const BALDUZZI_NOTE =
  'Balduzzi et al. (2017) fed 256 equally spaced one-dimensional inputs to rectifier nets of up to about 50 layers and found that the correlation between gradients at neighbouring inputs decays exponentially with depth in feedforward nets, until the gradients resemble white noise, while in residual nets with batch norm it decays only sublinearly. Our nets take two-dimensional inputs, are much narrower (16 units) and use P1’s original unit with a ReLU after each addition; the measure, neighbouring inputs on a line, is theirs.';

/** The verdict on the reader's prediction, or an empty string without one. */
export function shatterVerdict(record: ShatteringRecord, guess: ShatterGuess | null): string {
  if (guess === null) return '';
  const smoother = smootherAtDepth(record);
  if (smoother === null) return `You predicted the ${guess} nets; this measurement cannot tell them apart.`;
  return `You predicted the ${guess} nets would stay smoother: ${guess === smoother ? 'right' : `not this time (the ${smoother} nets did)`}.`;
}

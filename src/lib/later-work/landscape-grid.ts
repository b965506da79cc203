/**
 * The loss-landscape slice's grids: where along the directions the loss is evaluated, how many
 * cells each backend may take, the time a slice should need, and the contour levels both nets
 * share. Pure, so the island, the worker, the recorder and the tests agree.
 */

/** Points of the 1-D slice, α from −1 to 1 (odd, so α = 0 is one of them). */
export const LINE_POINTS = 41;
/** Cells per side of the 2-D grid unless the link or the backend says otherwise (odd: α = β = 0 is on it). */
export const DEFAULT_GRID = 21;
/** The smallest and largest sides a link may ask for. */
export const GRID_MIN = 5;
export const GRID_MAX = 61;

/**
 * The largest side each backend may take. On the recorded pair, 2-core machine shared with other
 * work, one evaluation took 7–23 ms on WASM and 150–240 ms in plain JavaScript (the bench's
 * landscape section measures it), so a 41 × 41 pair of grids is 25–80 s on WASM and an 11 × 11
 * pair 35–60 s on the CPU backend. GPU backends are not timed here; they get the link's largest grid.
 */
export const GRID_CAPS: Readonly<Record<string, number>> = { cpu: 11, wasm: 41, webgl: GRID_MAX, webgpu: GRID_MAX };

/** n evenly spaced values from −1 to 1 (n ≥ 2). */
export function axis(n: number): number[] {
  return Array.from({ length: n }, (_, i) => Number((-1 + (2 * i) / (n - 1)).toFixed(6)));
}

/** Backend names as readers know them. */
const BACKEND_WORDS: Readonly<Record<string, string>> = { cpu: 'plain JavaScript (CPU)', wasm: 'WebAssembly', webgl: 'WebGL', webgpu: 'WebGPU' };

/** A backend's name in words. */
export const backendWords = (name: string): string => BACKEND_WORDS[name] ?? name;

/** The side a run uses on `backend`: the asked side, or the backend's cap (odd) with a note saying why. */
export function capGrid(asked: number, backend: string): { n: number; note: string | null } {
  const cap = GRID_CAPS[backend] ?? GRID_CAPS.cpu!;
  if (asked <= cap) return { n: asked, note: null };
  return {
    n: cap,
    note: `The grid is capped at ${cap} × ${cap} on ${backendWords(backend)} (you asked for ${asked} × ${asked}), so the slice ends in reasonable time.`,
  };
}

/** Evaluations of a whole run: the 1-D line and the n × n grid, for both nets. */
export const evaluationsOf = (n: number, linePoints = LINE_POINTS): number => 2 * (linePoints + n * n);

/** "about 20 s" / "about 3 minutes" / "a few seconds" for an estimate in milliseconds. */
export function aboutTime(ms: number): string {
  const s = ms / 1000;
  if (!Number.isFinite(s) || s < 0) return 'an unknown time';
  if (s < 5) return 'a few seconds';
  if (s < 90) return `about ${Math.max(10, Math.round(s / 10) * 10)} s`;
  return `about ${Math.round(s / 60)} minutes`;
}

/** What the reader sees before the 2-D slice starts: its size and, from one timed evaluation, its time. */
export function planSentence(n: number, msPerEvaluation: number, backend: string): string {
  const cells = n * n;
  return `Next: the 2-D slice, ${n} × ${n} = ${cells} points per net, ${2 * cells} evaluations; at ${Number(msPerEvaluation.toPrecision(2))} ms each on ${backendWords(backend)}, ${aboutTime(2 * cells * msPerEvaluation)}.`;
}

/**
 * Contour levels both nets' grids share: `count` levels spaced evenly in log(loss) between the
 * smallest loss either grid reaches (at least 1e-3, since a trained net's loss can be ~1e-5) and the
 * largest. Log spacing, because the residual net's basin spans orders of magnitude near its centre.
 */
export function sharedLevels(grids: readonly (readonly number[])[], count = 10): number[] {
  const finite = grids.flat().filter(Number.isFinite);
  if (finite.length === 0) return [];
  const lo = Math.max(1e-3, Math.min(...finite));
  const hi = Math.max(...finite);
  if (!(hi > lo)) return [lo];
  const r = Math.log(hi / lo);
  return Array.from({ length: count }, (_, i) => Number((lo * Math.exp((r * (i + 0.5)) / count)).toPrecision(3)));
}

/** The line under the progress bar, e.g. "2-D slice of the residual net: 700 of 964 evaluations." */
export function progressLine(t: { done: number; total: number; part: 'line' | 'grid'; model: string }): string {
  return `${t.part === 'line' ? '1-D' : '2-D'} slice of the ${t.model} net: ${t.done} of ${t.total} evaluations.`;
}

/**
 * Colour maths for the palette tests: WCAG 2 contrast, colour-vision-deficiency simulation
 * (Machado, Oliveira & Fernandes 2009, severity 1.0, applied to linear sRGB) and CIELAB ΔE*ab
 * (CIE 1976, D65 white). Plain numbers in, plain numbers out.
 */

export type Rgb = readonly [number, number, number];

/** "#rrggbb" or "#rgb" → 0–255 channels. */
export function parseHex(hex: string): Rgb {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) throw new Error(`not a hex colour: ${hex}`);
  const digits = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** sRGB channel 0–255 → linear 0–1 (the WCAG 2 formula). */
const toLinear = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance of a hex colour. */
export function luminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map(toLinear) as unknown as Rgb;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two hex colours, 1–21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Machado et al. (2009) simulation matrices at severity 1.0, for linear RGB. */
export const CVD = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
} as const;

export type Deficiency = keyof typeof CVD | 'none';

const linearRgb = (hex: string): Rgb => parseHex(hex).map(toLinear) as unknown as Rgb;

/** Linear RGB as seen with a deficiency (clamped to the gamut). */
export function simulate(hex: string, kind: Deficiency): Rgb {
  const c = linearRgb(hex);
  if (kind === 'none') return c;
  return CVD[kind].map((row) => Math.min(1, Math.max(0, row[0]! * c[0] + row[1]! * c[1] + row[2]! * c[2]))) as unknown as Rgb;
}

/** Linear sRGB → CIELAB (D65). */
export function lab([r, g, b]: Rgb): Rgb {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE 1976 colour difference of two hex colours as seen with a deficiency. */
export function deltaE(a: string, b: string, kind: Deficiency): number {
  const [la, lb] = [lab(simulate(a, kind)), lab(simulate(b, kind))];
  return Math.hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

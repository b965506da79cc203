/**
 * The 8×8 optical digits (Alpaydin & Kaynak, UCI, 1998; CC BY 4.0): 1,797 real handwritten digits,
 * shipped with the site as public/data/digits-8x8.bin and written by
 * src/scripts/data/convert-digits.ts. This module decodes that file and splits it, with a fixed
 * seed, into the training and test sets every reader gets. It is pure: the caller fetches or reads
 * the bytes (the labs with fetch, the tests with readFileSync), so nothing here knows about I/O.
 *
 * The file, all integers little-endian:
 *   offset  size  field
 *   0       4     magic, the ASCII bytes "DG88"
 *   4       1     format version, 1
 *   5       1     image width, 8
 *   6       1     image height, 8
 *   7       1     number of classes, 10
 *   8       4     image count N (uint32)
 *   12      N×64  pixels, uint8 in 0..16, image after image, each row-major (row 0 first)
 *   12+N×64 N     labels, uint8 in 0..9, in the images' order
 * and nothing after the labels. With N = 1,797 that is 116,817 bytes.
 */
import { createRng, deriveSeed } from '../random.ts';

/** The file's first four bytes, "DG88": a wrong file (an HTML 404 page, say) fails here. */
export const DIGITS_MAGIC = [0x44, 0x47, 0x38, 0x38] as const;
/** The only format version this decoder reads; a change of layout bumps it. */
export const DIGITS_VERSION = 1;
/** Bytes before the pixels. */
export const DIGITS_HEADER_BYTES = 12;
/** Image side, in pixels. */
export const DIGITS_SIDE = 8;
/** Pixels per image. */
export const DIGITS_PIXELS = DIGITS_SIDE * DIGITS_SIDE;
/** The digits 0–9. */
export const DIGITS_CLASSES = 10;
/** The largest pixel value: each pixel counts the inked dots of a 4×4 block of the 32×32 scan. */
export const DIGITS_MAX_VALUE = 16;
/** The asset's path under the site's base path (the labs prefix the base URL). */
export const DIGITS_ASSET = 'data/digits-8x8.bin';

/** Images and labels, index-aligned: image i is pixels[64i .. 64i+63], its digit labels[i]. */
export interface DigitSet {
  /** Number of images. */
  count: number;
  /** Pixel values 0..16, row-major per image. */
  pixels: Uint8Array;
  /** Digits 0..9. */
  labels: Uint8Array;
}

/** A subset of the decoded file: its images, copied out, and which images of the file they are. */
export interface DigitSubset extends DigitSet {
  /** Each image's index in the decoded file, ascending. */
  indices: Uint16Array;
}

/** Thrown for bytes that are not a well-formed digits file; the message says what is wrong. */
export class DigitsFormatError extends Error {
  override name = 'DigitsFormatError';
}

/** The number of bytes a file of `count` images has. */
export function digitsFileBytes(count: number): number {
  return DIGITS_HEADER_BYTES + count * (DIGITS_PIXELS + 1);
}

/** The header bytes for `count` images; shared with the conversion script so both agree on the layout. */
export function encodeDigitsHeader(count: number): Uint8Array {
  if (!Number.isInteger(count) || count < 1 || count > 0xffff) {
    // Indices are stored as uint16 by the split, so more than 65,535 images is not this format.
    throw new RangeError(`a digits file holds 1..65535 images, got ${count}`);
  }
  const header = new Uint8Array(DIGITS_HEADER_BYTES);
  header.set(DIGITS_MAGIC, 0);
  header.set([DIGITS_VERSION, DIGITS_SIDE, DIGITS_SIDE, DIGITS_CLASSES], 4);
  new DataView(header.buffer).setUint32(8, count, true);
  return header;
}

/**
 * Decode a digits file. Returns views onto `buffer` (no copy), after checking the magic, version,
 * shape, exact length and every pixel and label value, so that a truncated download or a wrong file
 * fails here with a message rather than training on garbage.
 */
export function decodeDigits(buffer: ArrayBuffer): DigitSet {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < DIGITS_HEADER_BYTES) {
    throw new DigitsFormatError(`digits file too short: ${bytes.length} bytes, the header alone is ${DIGITS_HEADER_BYTES}`);
  }
  if (!DIGITS_MAGIC.every((b, i) => bytes[i] === b)) {
    throw new DigitsFormatError('not a digits file: it does not start with "DG88"');
  }
  const [version, width, height, classes] = bytes.subarray(4, 8);
  if (version !== DIGITS_VERSION) {
    throw new DigitsFormatError(`digits file version ${version}; this decoder reads version ${DIGITS_VERSION}`);
  }
  if (width !== DIGITS_SIDE || height !== DIGITS_SIDE || classes !== DIGITS_CLASSES) {
    throw new DigitsFormatError(
      `digits file holds ${width}×${height} images in ${classes} classes; expected ${DIGITS_SIDE}×${DIGITS_SIDE} in ${DIGITS_CLASSES}`,
    );
  }
  const count = new DataView(buffer).getUint32(8, true);
  if (count < 1) throw new DigitsFormatError('digits file holds no images');
  const expected = digitsFileBytes(count);
  if (bytes.length !== expected) {
    const how = bytes.length < expected ? 'truncated' : 'has trailing bytes';
    throw new DigitsFormatError(`digits file ${how}: ${bytes.length} bytes, ${count} images need ${expected}`);
  }
  const pixels = bytes.subarray(DIGITS_HEADER_BYTES, DIGITS_HEADER_BYTES + count * DIGITS_PIXELS);
  const labels = bytes.subarray(DIGITS_HEADER_BYTES + count * DIGITS_PIXELS);
  const badPixel = pixels.findIndex((v) => v > DIGITS_MAX_VALUE);
  if (badPixel >= 0) {
    const image = Math.floor(badPixel / DIGITS_PIXELS);
    throw new DigitsFormatError(`digits file: image ${image} has pixel value ${pixels[badPixel]}, above ${DIGITS_MAX_VALUE}`);
  }
  const badLabel = labels.findIndex((v) => v >= DIGITS_CLASSES);
  if (badLabel >= 0) {
    throw new DigitsFormatError(`digits file: image ${badLabel} has label ${labels[badLabel]}, not a digit 0–9`);
  }
  return { count, pixels, labels };
}

/** How many images of each digit a set holds, indexed by digit. */
export function classCounts(labels: Uint8Array): number[] {
  const counts: number[] = Array.from({ length: DIGITS_CLASSES }, () => 0);
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
}

/** Options for {@link splitDigits}. */
export interface DigitSplitOptions {
  /** Seed of the split; a child stream is derived from it, so it never shares draws with training. */
  seed: number;
  /** Share of the images held out for testing, in (0, 1). */
  testFraction: number;
}

/**
 * The split every reader and every run gets: seed 1, a fifth held out. On the 1,797 images that is
 * 360 test and 1,437 training images, as scikit-learn's train_test_split(test_size=0.2) counts them.
 */
export const DIGITS_SPLIT: DigitSplitOptions = { seed: 1, testFraction: 0.2 };

/**
 * Stratified split. The test set holds ceil(count × testFraction) images, shared among the digits
 * in proportion to their counts by largest remainder (so each digit's test share is within one
 * image of the exact proportion, and the total is exact); within a digit, which images are held out
 * is drawn by a seeded shuffle. Deterministic for a given set and options.
 */
export function splitDigits(set: DigitSet, options: DigitSplitOptions = DIGITS_SPLIT): { train: DigitSubset; test: DigitSubset } {
  const { seed, testFraction } = options;
  if (!(testFraction > 0 && testFraction < 1)) {
    throw new RangeError(`testFraction must be in (0, 1), got ${testFraction}`);
  }
  const total = set.count;
  const testTotal = Math.ceil(total * testFraction);
  const counts = classCounts(set.labels);

  // Largest remainder in integers (count·testTotal divided by total), so no float rounding decides a tie.
  const quota = counts.map((n) => Math.floor((n * testTotal) / total));
  const remainder = counts.map((n) => (n * testTotal) % total);
  let left = testTotal - quota.reduce((a, b) => a + b, 0);
  const byRemainder = counts.map((_, c) => c).sort((a, b) => (remainder[b] ?? 0) - (remainder[a] ?? 0) || a - b);
  for (const c of byRemainder) {
    if (left === 0) break;
    if ((remainder[c] ?? 0) > 0) {
      quota[c] = (quota[c] ?? 0) + 1;
      left--;
    }
  }

  // One stream, visited digit by digit in order 0..9, so the split depends only on seed and data.
  const rng = createRng(deriveSeed(seed, 'digits-split'));
  const isTest = new Uint8Array(total);
  for (let c = 0; c < DIGITS_CLASSES; c++) {
    const members: number[] = [];
    for (let i = 0; i < total; i++) if (set.labels[i] === c) members.push(i);
    for (const i of rng.shuffle(members).slice(0, quota[c] ?? 0)) isTest[i] = 1;
  }

  const pick = (want: number): DigitSubset => {
    const indices = Uint16Array.from(Array.from({ length: total }, (_, i) => i).filter((i) => isTest[i] === want));
    const pixels = new Uint8Array(indices.length * DIGITS_PIXELS);
    const labels = new Uint8Array(indices.length);
    indices.forEach((from, to) => {
      pixels.set(set.pixels.subarray(from * DIGITS_PIXELS, (from + 1) * DIGITS_PIXELS), to * DIGITS_PIXELS);
      labels[to] = set.labels[from] ?? 0;
    });
    return { count: indices.length, pixels, labels, indices };
  };
  return { train: pick(0), test: pick(1) };
}

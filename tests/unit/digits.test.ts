import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPTICAL_DIGITS, formatDataSetBibtex, formatDataSetReference } from '~lib/cite/datasets';
import {
  DIGITS_ASSET,
  DIGITS_CLASSES,
  DIGITS_PIXELS,
  DIGITS_SPLIT,
  DigitsFormatError,
  classCounts,
  decodeDigits,
  digitsFileBytes,
  splitDigits,
} from '~lib/data/digits';

/** The committed asset, read from the repository's public/ folder as the build copies it. */
const ASSET = readFileSync(fileURLToPath(new URL(`../../public/${DIGITS_ASSET}`, import.meta.url)));
const buffer = () => ASSET.buffer.slice(ASSET.byteOffset, ASSET.byteOffset + ASSET.byteLength);

/**
 * The asset's SHA-256 as src/scripts/data/convert-digits.ts writes it from scikit-learn's
 * digits.csv.gz. CI has no scikit-learn to re-run the script, so the hash stands in for that check.
 * If the format changes on purpose: `npm run data:digits` (it prints the new hash), then paste it here.
 */
const ASSET_SHA256 = '26b222ec9dec9cf585bf1b2f1e2b4eba7a2b8ba74c390a3310de776489cf1c7c';

/** Images per digit 0–9 in the CSV scikit-learn ships (the UCI test file, optdigits.tes), counted from it. */
const CLASS_COUNTS = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180];

const digits = decodeDigits(buffer());

describe('the 8×8 digits asset', () => {
  it('is the file the conversion script writes', () => {
    expect(createHash('sha256').update(ASSET).digest('hex')).toBe(ASSET_SHA256);
    expect(ASSET.length).toBe(digitsFileBytes(1797));
    expect(ASSET.length).toBe(116_817);
  });

  it('holds 1,797 images of 64 pixels in 0..16 and their digits, with the real class counts', () => {
    expect(digits.count).toBe(1797);
    expect(digits.pixels.length).toBe(1797 * DIGITS_PIXELS);
    expect(digits.labels.length).toBe(1797);
    expect(Math.min(...digits.pixels)).toBe(0);
    expect(Math.max(...digits.pixels)).toBe(16);
    expect(classCounts(digits.labels)).toEqual(CLASS_COUNTS);
  });

  it('keeps the CSV order: the first image is a 0 with the scan scikit-learn shows', () => {
    expect(digits.labels[0]).toBe(0);
    // Row 0 of the 8×8 grid of the first image in digits.csv.gz.
    expect([...digits.pixels.subarray(0, 8)]).toEqual([0, 0, 5, 13, 9, 1, 0, 0]);
  });
});

describe('decodeDigits on bad bytes', () => {
  const bytes = () => new Uint8Array(buffer());

  it('names a truncated file, a file with extra bytes, and one shorter than its header', () => {
    expect(() => decodeDigits(buffer().slice(0, 50_000))).toThrow(/truncated: 50000 bytes, 1797 images need 116817/);
    const longer = new Uint8Array(ASSET.length + 1);
    longer.set(ASSET);
    expect(() => decodeDigits(longer.buffer)).toThrow(/trailing bytes/);
    expect(() => decodeDigits(new ArrayBuffer(5))).toThrow(/too short/);
  });

  it('refuses a wrong file, another version and another shape', () => {
    const html = new TextEncoder().encode('<!doctype html><title>404</title>');
    expect(() => decodeDigits(html.buffer)).toThrow(DigitsFormatError);
    expect(() => decodeDigits(html.buffer)).toThrow(/does not start with "DG88"/);
    const v2 = bytes();
    v2[4] = 2;
    expect(() => decodeDigits(v2.buffer)).toThrow(/version 2/);
    const wide = bytes();
    wide[5] = 16;
    expect(() => decodeDigits(wide.buffer)).toThrow(/16×8 images/);
  });

  it('refuses a pixel above 16 and a label above 9', () => {
    const pixel = bytes();
    pixel[12 + 64 * 3 + 5] = 17;
    expect(() => decodeDigits(pixel.buffer)).toThrow(/image 3 has pixel value 17/);
    const label = bytes();
    label[label.length - 1] = 10;
    expect(() => decodeDigits(label.buffer)).toThrow(/image 1796 has label 10/);
  });
});

describe('the fixed train/test split', () => {
  const { train, test } = splitDigits(digits);

  it('holds 1,437 training and 360 test images, a fifth held out as scikit-learn counts it', () => {
    expect(DIGITS_SPLIT.testFraction).toBe(0.2);
    expect(train.count).toBe(1437);
    expect(test.count).toBe(360);
    expect(train.pixels.length).toBe(1437 * DIGITS_PIXELS);
    expect(test.labels.length).toBe(360);
  });

  it('uses every image exactly once, and each subset carries the images its indices name', () => {
    const all = [...train.indices, ...test.indices].sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: 1797 }, (_, i) => i));
    for (const set of [train, test]) {
      set.indices.forEach((from, to) => {
        expect(set.labels[to]).toBe(digits.labels[from]);
        expect(set.pixels.subarray(to * 64, to * 64 + 64)).toEqual(digits.pixels.subarray(from * 64, from * 64 + 64));
      });
    }
  });

  it('is stratified: each digit holds out within one image of a fifth of its images', () => {
    const held = classCounts(test.labels);
    const kept = classCounts(train.labels);
    for (let c = 0; c < DIGITS_CLASSES; c++) {
      expect(Math.abs((held[c] ?? 0) - 0.2 * (CLASS_COUNTS[c] ?? 0))).toBeLessThanOrEqual(1);
      expect((held[c] ?? 0) + (kept[c] ?? 0)).toBe(CLASS_COUNTS[c]);
    }
  });

  it('is the same on every run, and another seed holds out other images in the same numbers', () => {
    const again = splitDigits(decodeDigits(buffer()));
    expect([...again.test.indices]).toEqual([...test.indices]);
    expect([...again.train.indices]).toEqual([...train.indices]);
    const other = splitDigits(digits, { ...DIGITS_SPLIT, seed: 2 });
    expect(classCounts(other.test.labels)).toEqual(classCounts(test.labels));
    expect([...other.test.indices]).not.toEqual([...test.indices]);
  });

  it('refuses a test fraction outside (0, 1)', () => {
    expect(() => splitDigits(digits, { seed: 1, testFraction: 0 })).toThrow(RangeError);
    expect(() => splitDigits(digits, { seed: 1, testFraction: 1 })).toThrow(RangeError);
  });
});

describe('the data set on the references page', () => {
  it('credits the authors, year and UCI repository, with the license and what the site changed', () => {
    const text = formatDataSetReference(OPTICAL_DIGITS);
    expect(text).toContain('E. Alpaydin, C. Kaynak');
    expect(text).toContain('Optical Recognition of Handwritten Digits');
    expect(text).toContain('UCI Machine Learning Repository, 1998');
    expect(text).toContain('License: CC BY 4.0');
    expect(OPTICAL_DIGITS.license.url).toBe('https://creativecommons.org/licenses/by/4.0/');
    expect(OPTICAL_DIGITS.note).toContain('converted to an 8×8 binary file by src/scripts/data/convert-digits.ts; unchanged pixel values');
  });

  it('has a well-formed BibTeX entry with balanced braces and its key', () => {
    const bib = formatDataSetBibtex(OPTICAL_DIGITS);
    expect(bib.startsWith(`@misc{${OPTICAL_DIGITS.key},`)).toBe(true);
    expect([...bib].filter((c) => c === '{').length).toBe([...bib].filter((c) => c === '}').length);
    expect(bib).toContain('year = {1998}');
  });
});

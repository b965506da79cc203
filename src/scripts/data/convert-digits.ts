/**
 * Converts scikit-learn's copy of the 8×8 optical digits (Alpaydin & Kaynak, UCI "Optical
 * Recognition of Handwritten Digits", 1998, CC BY 4.0; scikit-learn ships the UCI test file,
 * optdigits.tes, as sklearn/datasets/data/digits.csv.gz) into the site's static asset
 * public/data/digits-8x8.bin, whose layout src/lib/data/digits.ts documents and decodes.
 *
 *   npm run data:digits                     finds the CSV through a Python that imports sklearn
 *   npm run data:digits -- path/to/digits.csv.gz
 *
 * Run it once; the asset is committed, so neither the build nor the tests need scikit-learn.
 * Debian's python3-sklearn installs the CSV. Pixel values and image order are kept as they are;
 * the output depends on the CSV alone, so every run writes the same bytes.
 *
 * It runs under plain Node (type stripping), hence relative imports with their .ts extension.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import {
  DIGITS_ASSET,
  DIGITS_CLASSES,
  DIGITS_HEADER_BYTES,
  DIGITS_MAX_VALUE,
  DIGITS_PIXELS,
  DigitsFormatError,
  classCounts,
  decodeDigits,
  digitsFileBytes,
  encodeDigitsHeader,
} from '../../lib/data/digits.ts';

/** The images scikit-learn ships; a different count means a different file, which this script refuses. */
export const EXPECTED_IMAGES = 1797;
/** The CSV's place inside the installed sklearn package. */
const CSV_IN_PACKAGE = ['datasets', 'data', 'digits.csv.gz'];
const OUTPUT = fileURLToPath(new URL(`../../../public/${DIGITS_ASSET}`, import.meta.url));

/** A failure with a message meant for the person running the script. */
class ConvertError extends Error {}

/**
 * The sklearn package folder, asked of Python rather than written down: the first `python3` that
 * can import sklearn, trying $PYTHON and then each python3 on PATH in order (a pyenv or venv
 * python3 often shadows the system one that Debian's python3-sklearn installs into).
 */
function findSklearn(): string {
  const candidates = [process.env.PYTHON, ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'python3'))];
  const tried: string[] = [];
  for (const python of candidates) {
    if (!python || tried.includes(python) || (python.includes('/') && !existsSync(python))) continue;
    tried.push(python);
    try {
      const out = execFileSync(python, ['-c', 'import sklearn, os; print(os.path.dirname(sklearn.__file__))'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
      return out.trim();
    } catch {
      // This interpreter lacks sklearn; try the next one.
    }
  }
  throw new ConvertError(
    `no python3 that imports sklearn (tried ${tried.length ? tried.join(', ') : 'none'}). ` +
      'Install it (apt-get install -y python3-sklearn), set PYTHON, or pass the CSV path as an argument.',
  );
}

/** Parse and check the CSV: 1,797 rows of 64 pixels in 0..16 and a digit 0..9, integers only. */
export function parseDigitsCsv(text: string): { pixels: Uint8Array; labels: Uint8Array } {
  const rows = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  if (rows.length !== EXPECTED_IMAGES) {
    throw new ConvertError(`expected ${EXPECTED_IMAGES} rows, found ${rows.length}`);
  }
  const pixels = new Uint8Array(rows.length * DIGITS_PIXELS);
  const labels = new Uint8Array(rows.length);
  rows.forEach((row, r) => {
    const cells = row.split(',');
    if (cells.length !== DIGITS_PIXELS + 1) {
      throw new ConvertError(`row ${r + 1}: expected ${DIGITS_PIXELS + 1} columns (64 pixels and the digit), found ${cells.length}`);
    }
    cells.forEach((cell, c) => {
      const value = Number(cell);
      const isLabel = c === DIGITS_PIXELS;
      const max = isLabel ? DIGITS_CLASSES - 1 : DIGITS_MAX_VALUE;
      // Number('') is 0, so an empty cell is caught by the trim test, not the range test.
      if (cell.trim() === '' || !Number.isInteger(value) || value < 0 || value > max) {
        const what = isLabel ? 'the digit' : `pixel ${c}`;
        throw new ConvertError(`row ${r + 1}, ${what}: "${cell}" is not an integer in 0..${max}`);
      }
      if (isLabel) labels[r] = value;
      else pixels[r * DIGITS_PIXELS + c] = value;
    });
  });
  return { pixels, labels };
}

/** The asset's bytes: header, every image's 64 pixels, then every label. */
export function encodeDigits(pixels: Uint8Array, labels: Uint8Array): Uint8Array {
  const out = new Uint8Array(digitsFileBytes(labels.length));
  out.set(encodeDigitsHeader(labels.length), 0);
  out.set(pixels, DIGITS_HEADER_BYTES);
  out.set(labels, DIGITS_HEADER_BYTES + pixels.length);
  return out;
}

function main(args: string[]): void {
  const csvPath = args[0] ?? join(findSklearn(), ...CSV_IN_PACKAGE);
  if (!existsSync(csvPath)) throw new ConvertError(`no file at ${csvPath}`);
  const raw = readFileSync(csvPath);
  // gzip files start with 1f 8b; accept the plain CSV too.
  const text = (raw[0] === 0x1f && raw[1] === 0x8b ? gunzipSync(raw) : raw).toString('utf8');
  const { pixels, labels } = parseDigitsCsv(text);
  const bytes = encodeDigits(pixels, labels);

  // Read our own output back through the site's decoder, so the asset never ships unreadable.
  const check = decodeDigits(bytes.slice().buffer);
  if (check.count !== EXPECTED_IMAGES) throw new ConvertError(`decoder read ${check.count} images back`);

  mkdirSync(dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, bytes);
  const sha = createHash('sha256').update(bytes).digest('hex');
  console.log(`wrote public/${DIGITS_ASSET}: ${check.count} images, ${bytes.length} bytes, sha256 ${sha}`);
  console.log(`images per digit 0–9: ${classCounts(check.labels).join(', ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof ConvertError || error instanceof DigitsFormatError)) throw error;
    console.error(`convert-digits: ${error.message}`);
    process.exit(1);
  }
}

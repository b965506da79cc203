/**
 * The CNN lab's section of the bench (issue 16): the data asset's bytes, then cnn-measure.ts on
 * Node's backends (wasm with our convolution, which is what the lab trains with there; cpu with
 * ours and tf.conv2d, since wasm cannot train tf.conv2d: no Conv2DBackpropFilter), the quick
 * comparison end to end on Node's wasm; the Chromium rows come from cnn-browser.ts.
 */
import '../ts-aliases.ts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { CnnBackendResult, CnnPlan } from './cnn-measure.ts';

export type { CnnBackendResult, CnnTiming } from './cnn-measure.ts';

/** The shipped digits, the file every CNN lab run fetches. */
export const DIGITS_FILE = fileURLToPath(new URL('../../../../public/data/digits-8x8.bin', import.meta.url));

/** The data asset as served: raw and gzipped bytes (the bench's server, like most hosts, sends .bin uncompressed). */
export interface CnnAsset {
  path: string;
  images: number;
  bytes: number;
  gzipBytes: number;
}

/** What the section measured. */
export interface CnnResults {
  /** Rounds and steps at most per row, and the time a row may take. */
  plan: Pick<CnnPlan, 'rounds' | 'steps' | 'rowBudgetMs'>;
  asset: CnnAsset;
  backends: CnnBackendResult[];
}

/** The digits split as every lab run splits them. */
export async function readCnnData() {
  const { decodeDigits, splitDigits } = await import('~lib/data/digits');
  const { cnnLab } = await import('~lib/cnn-lab/setup');
  const file = readFileSync(DIGITS_FILE);
  return splitDigits(decodeDigits(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)), cnnLab.split);
}

/** The asset's size and image count. */
export async function measureCnnAsset(): Promise<CnnAsset> {
  const { decodeDigits } = await import('~lib/data/digits');
  const file = readFileSync(DIGITS_FILE);
  return {
    path: 'public/data/digits-8x8.bin',
    images: decodeDigits(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength)).count,
    bytes: file.byteLength,
    gzipBytes: gzipSync(file).byteLength,
  };
}

/** Node's rows: wasm (ours, and the quick comparison when `quickLab`), then cpu (ours and tf.conv2d). */
export async function measureCnnNode(plan: Omit<CnnPlan, 'convs' | 'quickLab'>, quickLab: boolean, progress: (message: string) => void): Promise<CnnBackendResult[]> {
  // Loaded only now, after the alias hooks are in place.
  const { measureCnnBackend } = await import('./cnn-measure.ts');
  const data = await readCnnData();
  const say = (m: string) => progress(`cnn node ${m}`);
  return [
    await measureCnnBackend('Node', 'wasm', { ...plan, convs: ['ours'], quickLab }, data, say),
    await measureCnnBackend('Node', 'cpu', { ...plan, convs: ['ours', 'tfjs'], quickLab: false, firstStepTimed: true }, data, say),
  ];
}

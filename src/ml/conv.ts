/**
 * Convolution for the CNN lab (issue 16) from ops every tfjs backend can differentiate. tfjs's
 * wasm backend has no Conv2DBackpropFilter kernel, so `tf.conv2d` cannot be trained there, and
 * its cpu convolution is far too slow for a ResNet. A k×k convolution with "same" padding is a
 * matrix product of shifted copies of the input: pad the map, take the k² shifted windows with
 * `slice`, stack them along the channels (im2col) and multiply by the kernel reshaped to
 * [k·k·C, O]. Pad, slice, concat, reshape and matMul have gradients on cpu, wasm, webgl and
 * webgpu alike.
 *
 * Stride 2 (P1's first unit of a stage, and option A's shortcut) keeps every other row and
 * column, with reshape and slice: `stridedSlice` has no gradient in tfjs and `gather`'s needs a
 * kernel wasm lacks.
 */
import * as tf from '@tensorflow/tfjs';

/** Keeps rows and columns 0, 2, 4, … of an NHWC map with even height and width. */
export function subsample2(x: tf.Tensor4D): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  if (h % 2 || w % 2) throw new Error(`subsample2 needs an even map, got ${h}×${w}`);
  return tf.tidy(() => {
    const rows = x.reshape([n, h / 2, 2, w, c]).slice([0, 0, 0, 0, 0], [n, h / 2, 1, w, c]);
    const cols = rows.reshape([n, h / 2, w / 2, 2, c]).slice([0, 0, 0, 0, 0], [n, h / 2, w / 2, 1, c]);
    return cols.reshape([n, h / 2, w / 2, c]);
  });
}

/**
 * `tf.conv2d(x, kernel, stride, 'same')` for odd square kernels, built from pad, slice, concat
 * and matMul. x: [N, H, W, C]; kernel: [k, k, C, O]; stride 1 or 2 (2 needs an even map).
 */
export function conv2dSame(x: tf.Tensor4D, kernel: tf.Tensor4D, stride: 1 | 2 = 1): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const [k, k2, kc, o] = kernel.shape;
  if (k !== k2 || k % 2 === 0) throw new Error(`conv2dSame needs an odd square kernel, got ${k}×${k2}`);
  if (kc !== c) throw new Error(`conv2dSame: the kernel expects ${kc} input channels, the map has ${c}`);
  return tf.tidy(() => {
    const p = (k - 1) / 2;
    let columns: tf.Tensor4D;
    if (k === 1) columns = x;
    else {
      const padded = x.pad([
        [0, 0],
        [p, p],
        [p, p],
        [0, 0],
      ]);
      // Window (dy, dx) in the same order as the kernel's [dy][dx][c] layout, so one reshape of the
      // kernel lines its rows up with these columns.
      const windows: tf.Tensor4D[] = [];
      for (let dy = 0; dy < k; dy++) for (let dx = 0; dx < k; dx++) windows.push(padded.slice([0, dy, dx, 0], [n, h, w, c]) as tf.Tensor4D);
      columns = tf.concat(windows, 3) as tf.Tensor4D;
    }
    const out = columns.reshape([n * h * w, k * k * c]).matMul(kernel.reshape([k * k * c, o])).reshape([n, h, w, o]) as tf.Tensor4D;
    return stride === 2 ? subsample2(out) : out;
  });
}

/**
 * tf.conv2d with P1's padding, (k − 1)/2 on every side, so a stride-2 output sits on input rows
 * 0, 2, 4, …: the same outputs as conv2dSame. The reference in the tests, and the bench's
 * comparison on backends that can train it (not wasm).
 */
export function tfConv2dSame(x: tf.Tensor4D, kernel: tf.Tensor4D, stride: 1 | 2 = 1): tf.Tensor4D {
  const p = (kernel.shape[0] - 1) / 2;
  return tf.conv2d(x, kernel, stride, [
    [0, 0],
    [p, p],
    [p, p],
    [0, 0],
  ]);
}

/**
 * P1's option A shortcut between stages: the identity, subsampled by 2 and padded with zero
 * channels up to `channels` (it adds no parameters). x: [N, H, W, C] with C ≤ channels.
 */
export function optionAShortcut(x: tf.Tensor4D, channels: number): tf.Tensor4D {
  const c = x.shape[3];
  if (channels < c) throw new Error(`option A cannot shrink ${c} channels to ${channels}`);
  return tf.tidy(() =>
    subsample2(x).pad([
      [0, 0],
      [0, 0],
      [0, 0],
      [0, channels - c],
    ]),
  );
}

/**
 * Convolution for the CNN lab (issue 16) from ops every tfjs backend can differentiate. tfjs's
 * wasm backend has no Conv2DBackpropFilter kernel, so `tf.conv2d` cannot be trained there, and
 * its cpu convolution is far too slow for a ResNet.
 *
 * The lab's feature maps are kept channels-first, as [C, N, H, W] ("CNHW"): then a whole layer is
 * three 2-D products and one transpose, whatever the kernel size and stride.
 * 1. A constant 0/1 matrix gathers every k×k window of every map at once (im2col):
 *    [C·N, H·W] × [H·W, k²·Ho·Wo]. Its zeros do the padding and its column choice the stride.
 * 2. A transpose brings the window index next to the channel: [C·k², N·Ho·Wo].
 * 3. The kernel, stored [O, C·k²], weighs them: [O, C·k²] × [C·k², N·Ho·Wo] = the output, CNHW.
 * Batch norm then reduces each row, and the global average pool each image's columns.
 *
 * (An NHWC version from pad + k² slices + concat + matMul launched ~k² + 4 kernels forward and as
 * many backward; on wasm its slices and their gradients took more than half of a ResNet-20 step.)
 */
import * as tf from '@tensorflow/tfjs';

/** A CNHW feature map: [channels, images, height, width]. */
export type Maps = tf.Tensor4D;

/** Images [N, H, W, C] → the lab's CNHW layout. */
export function toMaps(images: tf.Tensor4D): Maps {
  return images.shape[3] === 1 ? images.reshape([1, ...images.shape.slice(0, 3)] as [number, number, number, number]) : images.transpose([3, 0, 1, 2]);
}

/** CNHW maps → [N, H, W, C] (the tests' comparison with tf.conv2d). */
export function fromMaps(maps: Maps): tf.Tensor4D {
  return maps.transpose([1, 2, 3, 0]);
}

/**
 * The im2col matrix of an H×W map for a k×k kernel with P1's "same" padding, (k − 1)/2: column
 * (window s, output pixel p) has a 1 in the row of the input pixel that window s of p reads, and
 * none where the window hangs over the zero border. Shape [H·W, k²·Ho·Wo]; stride 2 keeps output
 * pixels on even rows and columns (needs an even map).
 */
export function windowMatrix(h: number, w: number, k: number, stride: 1 | 2): tf.Tensor2D {
  if (k % 2 === 0) throw new Error(`the lab's convolutions need an odd kernel, got ${k}×${k}`);
  if (stride === 2 && (h % 2 || w % 2)) throw new Error(`stride 2 needs an even map, got ${h}×${w}`);
  const [ho, wo, pad] = [h / stride, w / stride, (k - 1) / 2];
  const cols = k * k * ho * wo;
  const values = new Float32Array(h * w * cols);
  for (let dy = 0; dy < k; dy++)
    for (let dx = 0; dx < k; dx++)
      for (let oy = 0; oy < ho; oy++)
        for (let ox = 0; ox < wo; ox++) {
          const [iy, ix] = [oy * stride + dy - pad, ox * stride + dx - pad];
          if (iy < 0 || ix < 0 || iy >= h || ix >= w) continue;
          values[(iy * w + ix) * cols + (dy * k + dx) * ho * wo + oy * wo + ox] = 1;
        }
  return tf.tensor2d(values, [h * w, cols]);
}

/** A window matrix and its transpose (the gradient's, kept so no product needs a transposed operand). */
interface Window {
  m: tf.Tensor2D;
  t: tf.Tensor2D;
}

/** Window matrices by map size, kernel and stride: made once per net, freed with it. */
export interface WindowMatrices {
  get(h: number, w: number, k: number, stride: 1 | 2): Window;
  dispose(): void;
}

export function createWindowMatrices(): WindowMatrices {
  const made = new Map<string, Window>();
  return {
    get(h, w, k, stride) {
      const key = `${h}×${w}:${k}/${stride}`;
      let m = made.get(key);
      if (!m) {
        const matrix = tf.keep(windowMatrix(h, w, k, stride));
        made.set(key, (m = { m: matrix, t: tf.keep(matrix.transpose()) }));
      }
      return m;
    },
    dispose() {
      for (const m of made.values()) tf.dispose([m.m, m.t]);
      made.clear();
    },
  };
}

/**
 * rows × window matrix, with the gradient rows' gradient × its stored transpose. (tfjs would
 * take the product with `transposeB`, which wasm's matMul runs an order of magnitude slower.)
 */
function gather(x: tf.Tensor2D, window: Window): tf.Tensor2D {
  const op = tf.customGrad((xIn, save) => {
    void save;
    return { value: tf.matMul(xIn as tf.Tensor2D, window.m), gradFunc: (dy: tf.Tensor) => tf.matMul(dy as tf.Tensor2D, window.t) };
  });
  return op(x) as tf.Tensor2D;
}

/** kernel × columns, its gradients from explicit transposes (see `gather`). */
function weigh(kernel: tf.Tensor2D, columns: tf.Tensor2D): tf.Tensor2D {
  const op = tf.customGrad((kIn, cIn, save) => {
    const [k, c] = [kIn as tf.Tensor2D, cIn as tf.Tensor2D];
    (save as tf.GradSaveFunc)([k, c]);
    return {
      value: tf.matMul(k, c),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => {
        const [k2, c2] = saved as [tf.Tensor2D, tf.Tensor2D];
        return [tf.matMul(dy as tf.Tensor2D, c2.transpose()), tf.matMul(k2.transpose(), dy as tf.Tensor2D)];
      },
    };
  });
  return op(kernel, columns) as tf.Tensor2D;
}

/**
 * A k×k convolution with P1's padding, stride 1 or 2, no bias. x: CNHW maps [C, N, H, W];
 * kernel: [O, C·k·k], each row in (channel, dy, dx) order. Returns CNHW maps [O, N, Ho, Wo].
 */
export function conv(x: Maps, kernel: tf.Tensor2D, k: number, stride: 1 | 2, windows: WindowMatrices): Maps {
  const [c, n, h, w] = x.shape;
  const [o, ck] = kernel.shape;
  if (ck !== c * k * k) throw new Error(`the kernel expects ${ck / (k * k)} input channels, the map has ${c}`);
  const [ho, wo] = [h / stride, w / stride];
  return tf.tidy(() => {
    let columns: tf.Tensor2D;
    if (k === 1 && stride === 1) columns = x.reshape([c, n * h * w]);
    else {
      const gathered = gather(x.reshape([c * n, h * w]), windows.get(h, w, k, stride));
      columns = gathered
        .reshape([c, n, k * k, ho * wo])
        .transpose([0, 2, 1, 3])
        .reshape([c * k * k, n * ho * wo]);
    }
    return weigh(kernel, columns).reshape([o, n, ho, wo]);
  });
}

/**
 * P1's option A shortcut between stages: the identity, subsampled by 2 (every other row and
 * column, as the stride-2 convolution beside it samples) and padded with zero channels up to
 * `channels`. It adds no parameters.
 */
export function optionAShortcut(x: Maps, channels: number, windows: WindowMatrices): Maps {
  const [c, n, h, w] = x.shape;
  if (channels < c) throw new Error(`option A cannot shrink ${c} channels to ${channels}`);
  return tf.tidy(() =>
    gather(x.reshape([c * n, h * w]), windows.get(h, w, 1, 2))
      .reshape([c, n * (h / 2) * (w / 2)])
      .pad([
        [0, channels - c],
        [0, 0],
      ])
      .reshape([channels, n, h / 2, w / 2]),
  );
}

/** The global average pool before the classifier: CNHW maps → [N, C]. */
export function globalAveragePool(x: Maps): tf.Tensor2D {
  const [c, n, h, w] = x.shape;
  return tf.tidy(() => x.reshape([c, n, h * w]).mean(2).transpose() as tf.Tensor2D);
}

/** A kernel [k, k, C, O] as tf.conv2d takes it → the lab's [O, C·k·k]. */
export function kernelFromHwio(kernel: tf.Tensor4D): tf.Tensor2D {
  const [k, , c, o] = kernel.shape;
  return kernel.transpose([3, 2, 0, 1]).reshape([o, c * k * k]);
}

/** The lab's kernel [O, C·k·k] → tf.conv2d's [k, k, C, O]. */
export function kernelToHwio(kernel: tf.Tensor2D, k: number): tf.Tensor4D {
  const [o, ck] = kernel.shape;
  return kernel.reshape([o, ck / (k * k), k, k]).transpose([2, 3, 1, 0]);
}

/**
 * tf.conv2d with P1's padding, (k − 1)/2 on every side, so a stride-2 output sits on input rows
 * 0, 2, 4, …: the same outputs as `conv`. The reference in the tests, and the bench's comparison
 * on backends that can train it (not wasm). Takes and returns CNHW maps, the kernel as `conv`'s.
 */
export function tfConv(x: Maps, kernel: tf.Tensor2D, k: number, stride: 1 | 2): Maps {
  const p = (k - 1) / 2;
  return tf.tidy(() =>
    toMaps(
      tf.conv2d(fromMaps(x), kernelToHwio(kernel, k), stride, [
        [0, 0],
        [p, p],
        [p, p],
        [0, 0],
      ]),
    ),
  );
}

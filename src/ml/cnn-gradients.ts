/**
 * ‖∂E/∂x_l‖ at every unit boundary of a CNN lab net, l = 0 … L (x_0 the stem's output, x_L the last
 * unit's), the CNN counterpart of ./gradient-norms.ts: zero probes are added at the boundaries and
 * E (mean cross-entropy over a batch, BN with the batch's statistics as in training, running
 * averages untouched) is differentiated with respect to them. P1 Sec. 4.1 checks exactly this for
 * its plain nets: with BN, the back-propagated signals keep healthy norms.
 */
import * as tf from '@tensorflow/tfjs';
import type { CnnModel } from './cnn';
import { crossEntropy } from './layers';

/** The norms for images x (N × H × W × C) with labels y; x_0 first. */
export async function cnnGradientNorms(model: CnnModel, x: tf.Tensor4D, y: tf.Tensor1D): Promise<number[]> {
  const norms = tf.tidy(() => {
    // The boundaries' shapes, from one image: [channels, images, height, width].
    const shapes: number[][] = [];
    model.forward(x.slice(0, 1), {
      training: false,
      atBoundary: (m) => (shapes.push(m.shape), m),
    });
    const probes = shapes.map(([c, , h, w]) => tf.zeros([c!, x.shape[0], h!, w!]));
    const lossOf = (...ps: tf.Tensor[]) =>
      crossEntropy(
        model.forward(x, {
          training: true,
          updateStats: false,
          atBoundary: (m, l) => tf.add(m, ps[l]!) as tf.Tensor4D,
        }),
        y,
      );
    return tf.stack(
      tf
        .grads(lossOf)(probes)
        .map((g) => tf.norm(g)),
    );
  });
  try {
    return Array.from(await norms.data());
  } finally {
    norms.dispose();
  }
}

/**
 * Inference-mode measurements (BN running averages, dropout shortcut at its expectation),
 * returned as plain numbers and Float32Arrays.
 */
import * as tf from '@tensorflow/tfjs';
import type { PointSet } from '~lib/data/spirals';
import type { MlpModel } from './build-model';
import { crossEntropy } from './layers';

/** Loss and accuracy on one point set. */
export interface Metrics {
  /** Mean softmax cross-entropy (nats). */
  loss: number;
  /** Share of points whose arg-max class is the label, in [0, 1]. */
  accuracy: number;
}

/**
 * How BN normalises while measuring: `inference` uses its running averages (held-out points);
 * `batch` uses the set's own statistics, running averages untouched — on the training set of a
 * full-batch run that is exactly the objective the optimiser sees, and it does not lag behind
 * the weights as running averages do early in a run with a large learning rate.
 */
export type MeasureMode = 'inference' | 'batch';

/** Mean cross-entropy and accuracy of `model` on `set` (the dropout shortcut at its expectation). */
export async function evaluate(model: MlpModel, set: PointSet, mode: MeasureMode = 'inference'): Promise<Metrics> {
  const out = tf.tidy(() => {
    const x = tf.tensor2d(set.x, [set.n, 2]);
    const y = tf.tensor1d(set.y);
    const logits = model.forward(x, { training: false, batchStats: mode === 'batch', updateStats: false });
    const correct = tf.equal(tf.argMax(logits, 1), tf.cast(y, 'int32'));
    return tf.stack([crossEntropy(logits, y), tf.mean(tf.cast(correct, 'float32'))]);
  });
  try {
    const [loss, accuracy] = await out.data();
    return { loss: loss as number, accuracy: accuracy as number };
  } finally {
    out.dispose();
  }
}

/** The square region and resolution of a decision-boundary grid. */
export interface GridOptions {
  /** [xMin, xMax, yMin, yMax]; default [-1.25, 1.25, -1.25, 1.25]. */
  extent?: [number, number, number, number];
  /** Cells per side; default 64. */
  resolution?: number;
}

/**
 * P(class 1) at the centre of each cell of a resolution × resolution grid, row-major with
 * row 0 at the top (yMax) and column 0 at the left (xMin), ready to paint as an image.
 */
export async function decisionGrid(model: MlpModel, options: GridOptions = {}): Promise<Float32Array> {
  const [x0, x1, y0, y1] = options.extent ?? [-1.25, 1.25, -1.25, 1.25];
  const r = Math.max(2, Math.floor(options.resolution ?? 64));
  const points = new Float32Array(r * r * 2);
  for (let row = 0; row < r; row++) {
    for (let col = 0; col < r; col++) {
      const k = 2 * (row * r + col);
      points[k] = x0 + ((col + 0.5) / r) * (x1 - x0);
      points[k + 1] = y1 - ((row + 0.5) / r) * (y1 - y0);
    }
  }
  const probs = tf.tidy(() => {
    const logits = model.forward(tf.tensor2d(points, [r * r, 2]), { training: false });
    return tf.squeeze(tf.slice(tf.softmax(logits), [0, 1], [r * r, 1]), [1]);
  });
  try {
    return new Float32Array(await probs.data());
  } finally {
    probs.dispose();
  }
}

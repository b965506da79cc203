/**
 * The reference the lab is measured against: the same MLP (stem, depth/2 two-layer units with
 * or without the identity shortcut, head) trained the textbook tfjs way: tf.variable weights
 * and `tf.train.adam().minimize`. With `copies` > 1 it trains K independent copies at once as
 * one batched computation (rank-3 matMul), the reference for "batched vs separate" runs.
 * This is measuring code outside the site's layers, so it imports tfjs itself.
 */
import * as tf from '@tensorflow/tfjs';

/** The shape of a bare net (the lab's MlpSpec fields that matter for cost). */
export interface BareNet {
  depth: number;
  width: number;
  residual: boolean;
  inputDim: number;
  classes: number;
}

/** A bare net with its optimiser, ready to take steps. */
export interface BareTrainer {
  /** Take `n` full-batch steps; resolves to the last loss (one read-back, like the lab's run). */
  run(n: number): Promise<number>;
  dispose(): void;
}

/** Pairs a freshly initialised bare net (`copies` of it, batched) with Adam over `x` (n × inputDim), `y` (n labels). */
export function bareTrainer(
  net: BareNet,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  learningRate: number,
  copies = 1,
): BareTrainer {
  const n = y.length;
  const batched = copies > 1;
  const lead = batched ? [copies] : [];
  const variables: tf.Variable[] = [];
  const dense = (fanIn: number, fanOut: number) => {
    const w = tf.variable(tf.randomNormal([...lead, fanIn, fanOut], 0, Math.sqrt(2 / fanIn)));
    const b = tf.variable(tf.zeros([...lead, 1, fanOut]));
    variables.push(w, b);
    return (h: tf.Tensor) => tf.add(tf.matMul(h as tf.Tensor2D, w as tf.Tensor2D), b);
  };
  const stem = dense(net.inputDim, net.width);
  const units = Array.from(
    { length: net.depth / 2 },
    () => [dense(net.width, net.width), dense(net.width, net.width)] as const,
  );
  const head = dense(net.width, net.classes);
  const xs = tf.tensor2d(Array.from(x), [n, net.inputDim]);
  const xIn = batched ? tf.tile(xs.expandDims(0), [copies, 1, 1]) : xs;
  const labels = tf.oneHot(tf.tensor1d(Array.from(y), 'int32'), net.classes);
  const target = batched ? tf.tile(labels, [copies, 1]) : labels;
  const optimizer = tf.train.adam(learningRate);

  const loss = () => {
    let h = tf.relu(stem(xIn));
    for (const [a, b] of units) {
      const branch = b(tf.relu(a(h)));
      h = tf.relu(net.residual ? tf.add(h, branch) : branch);
    }
    const logits = head(h).reshape([-1, net.classes]);
    return tf.losses.softmaxCrossEntropy(target, logits) as tf.Scalar;
  };

  return {
    async run(steps) {
      for (let i = 0; i < steps - 1; i++) tf.tidy(() => void optimizer.minimize(loss));
      const last = optimizer.minimize(loss, true);
      if (!last) throw new Error('minimize() returned no cost');
      try {
        return (await last.data())[0] as number;
      } finally {
        last.dispose();
      }
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([...variables, xs, xIn, labels, target]);
    },
  };
}

/**
 * The CNN lab's step time (issue 16): ms per SGD step (momentum 0.9, batch 64, 8×8×1 inputs) for
 * P1's 6n+2 nets at the lab's scale, on Node's backends, with our convolution (src/ml/conv.ts) and
 * with tf.conv2d where that backend can train it (cpu; wasm has no Conv2DBackpropFilter). The
 * tensor count after the timed steps shows whether a step leaks.
 */
import '../ts-aliases.ts';
import { summarize, type Summary } from '../stats.ts';

/** One net on one backend with one convolution. */
export interface CnnTiming {
  net: string;
  widths: string;
  backend: string;
  conv: 'ours' | 'tfjs';
  /** ms per step over the timed steps, or absent with the reason. */
  msPerStep?: Summary;
  /** Tensors alive before and after the timed steps (equal when a step frees what it makes). */
  tensors?: { before: number; after: number };
  error?: string;
}

const NETS = [
  { n: 1, option: 'plain' as const },
  { n: 3, option: 'plain' as const },
  { n: 3, option: 'A' as const },
  { n: 9, option: 'A' as const },
];
const WIDTHS = [8, 16, 32] as const;
const BATCH = 64;

/** Times `steps` steps after 2 warm-up steps, `rounds` times, for every net, Node backend and convolution. */
export async function measureCnn(rounds: number, steps: number, progress: (message: string) => void): Promise<CnnTiming[]> {
  const tf = await import('@tensorflow/tfjs');
  const { useBackend } = await import('~ml/backend');
  const { cifarResNet } = await import('~lib/arch/cifar');
  const { buildCnn } = await import('~ml/cnn');
  const { crossEntropy } = await import('~ml/layers');
  const { createRng } = await import('~lib/random');
  const out: CnnTiming[] = [];
  for (const backend of ['wasm', 'cpu'] as const) {
    if ((await useBackend(backend)) !== backend) {
      out.push({ net: '*', widths: WIDTHS.join('/'), backend, conv: 'ours', error: `${backend} did not start` });
      continue;
    }
    for (const conv of backend === 'wasm' ? (['ours'] as const) : (['ours', 'tfjs'] as const)) {
      for (const { n, option } of NETS) {
        const net = cifarResNet(n, { option, scale: { input: { height: 8, width: 8, channels: 1 }, widths: WIDTHS, classes: 10, dataset: 'digits' } });
        const row: CnnTiming = { net: net.label, widths: WIDTHS.join('/'), backend, conv };
        progress(`cnn: ${net.label} on ${backend}, ${conv} convolution`);
        const model = buildCnn(net, createRng(1), conv);
        const rng = createRng(2);
        const x = tf.tensor4d(Array.from({ length: BATCH * 64 }, () => rng.uniform()), [BATCH, 8, 8, 1]);
        const y = tf.tensor1d(Array.from({ length: BATCH }, (_, i) => i % 10), 'int32');
        const sgd = tf.train.momentum(0.05, 0.9);
        const step = () => tf.tidy(() => void sgd.minimize(() => crossEntropy(model.forward(x, { training: true }), y), false, model.trainable));
        try {
          step();
          step();
          const before = tf.memory().numTensors;
          const samples: number[] = [];
          for (let r = 0; r < rounds; r++) {
            const t = performance.now();
            for (let s = 0; s < steps; s++) step();
            samples.push((performance.now() - t) / steps);
          }
          row.msPerStep = summarize(samples);
          row.tensors = { before, after: tf.memory().numTensors };
        } catch (error) {
          row.error = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        }
        tf.dispose([x, y]);
        sgd.dispose();
        model.dispose();
        out.push(row);
      }
    }
  }
  return out;
}

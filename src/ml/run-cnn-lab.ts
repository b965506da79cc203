/**
 * Run the CNN lab (issue 16): every net of a set-up on every seed, minibatch SGD on the digits'
 * training images, measuring training and test error every `recordEvery` steps. Progress is
 * awaited, so a caller can pause a run by not resolving; with `sliceMs` the steps between two
 * measurements run in slices of about that long, each followed by an awaited `onSlice`. The steps
 * and their draws are the same either way. Returns plain data; every tensor is freed on return.
 */
import * as tf from '@tensorflow/tfjs';
import { parameterCount } from '~lib/arch/cost';
import { cnnRecordSteps, cnnSetupKey, GRADIENT_IMAGES, type CnnLabRecord, type CnnLabRun } from '~lib/cnn-lab/record';
import { cnnNetwork, type CnnLabNet, type CnnLabSetup } from '~lib/cnn-lab/setup';
import { DIGITS_MAX_VALUE, DIGITS_SIDE, type DigitSet } from '~lib/data/digits';
import { createRng, deriveSeed } from '~lib/random';
import { currentBackend } from './backend';
import { buildCnn, type CnnModel, type ConvImpl } from './cnn';
import { cnnGradientNorms } from './cnn-gradients';
import { crossEntropy } from './layers';
import { makeOptimizer, type FlatOptimizer } from './optimizer';

/** The two halves of the digits a run uses. */
export interface CnnLabData {
  train: DigitSet;
  test: DigitSet;
}

/** Where a run is after a slice of steps. `done` is the share of all steps of all runs. */
export interface CnnLabTick {
  netId: string;
  seed: number;
  step: number;
  done: number;
}

/** A measurement of one run. */
export interface CnnLabProgress extends CnnLabTick {
  trainError: number;
  testError: number;
  trainLoss: number;
  /** ‖∂E/∂x_l‖ at every unit boundary (empty once the run diverged). */
  gradNorms: number[];
}

export interface RunCnnLabOptions {
  /** Stop early; the promise then rejects with an AbortError. */
  signal?: AbortSignal;
  /** Called after each measurement and awaited. */
  onProgress?: (p: CnnLabProgress) => void | Promise<void>;
  /** Train between measurements in slices of about this many ms (at least one step each). */
  sliceMs?: number;
  /** Called after each slice that ends before a measurement (only with `sliceMs`), and awaited. */
  onSlice?: (t: CnnLabTick) => void | Promise<void>;
}

/** Images as a [count, 8, 8, 1] tensor scaled to [0, 1], and their labels. */
export function tensorsOf(set: DigitSet): { x: tf.Tensor4D; y: tf.Tensor1D } {
  const pixels = Float32Array.from(set.pixels, (p) => p / DIGITS_MAX_VALUE);
  return {
    x: tf.tensor4d(pixels, [set.count, DIGITS_SIDE, DIGITS_SIDE, 1]),
    y: tf.tensor1d(Int32Array.from(set.labels), 'int32'),
  };
}

/** Error rate and mean cross-entropy of a model over a whole set, in inference mode, in chunks. */
async function measure(model: CnnModel, x: tf.Tensor4D, y: tf.Tensor1D): Promise<{ error: number; loss: number }> {
  const count = x.shape[0];
  const chunk = 512;
  let wrong = 0;
  let loss = 0;
  for (let start = 0; start < count; start += chunk) {
    const size = Math.min(chunk, count - start);
    const [w, l] = tf.tidy(() => {
      const labels = y.slice(start, size);
      const logits = model.forward(x.slice(start, size), { training: false });
      const misses = tf.notEqual(tf.argMax(logits, 1), labels).sum();
      return [misses, tf.mul(crossEntropy(logits, labels), size)];
    });
    wrong += (await w.data())[0]!;
    loss += (await l.data())[0]!;
    tf.dispose([w, l]);
  }
  return { error: wrong / count, loss: loss / count };
}

/**
 * One SGD step of the lab: the minibatch `batch` of the images, the loss's gradients, the flat
 * optimiser's update; frees what it makes. Exported so the bench times exactly the lab's step.
 */
export function cnnTrainStep(model: CnnModel, optimizer: FlatOptimizer, images: { x: tf.Tensor4D; y: tf.Tensor1D }, batch: Int32Array): void {
  tf.tidy(() => {
    const idx = tf.tensor1d(batch, 'int32');
    const x = tf.gather(images.x, idx);
    const y = tf.gather(images.y, idx);
    const { grads } = tf.variableGrads(() => crossEntropy(model.forward(x, { training: true }), y), model.trainable);
    optimizer.apply(
      model.trainable,
      model.trainable.map((v) => grads[v.name] as tf.Tensor),
    );
  });
}

/**
 * The convolution to train with on a backend, chosen by the bench's measurement (npm run bench --
 * --only=cnn): on WebGPU tf.conv2d's own kernels ran 2.5–2.75× faster than ours; on WebGL the two
 * were within noise, on cpu ours was 2–5× faster, and wasm cannot train tf.conv2d at all. (Both
 * GPU backends were measured on SwiftShader, a software renderer; a real GPU may order them
 * differently.) The two give the same outputs, so a run means the same on every backend.
 */
export function convolutionFor(backend: string): ConvImpl {
  return backend === 'webgpu' ? 'tfjs' : 'ours';
}

/** An endless stream of minibatch indices: a fresh shuffle of the training set for every epoch. */
function batchStream(count: number, batch: number, seed: number): () => Int32Array {
  const rng = createRng(deriveSeed(seed, 'cnn-lab-batches'));
  let order: number[] = [];
  return () => {
    const out = new Int32Array(batch);
    for (let i = 0; i < batch; i++) {
      if (!order.length) {
        order = Array.from({ length: count }, (_, j) => j);
        for (let j = count - 1; j > 0; j--) {
          const k = rng.int(j + 1);
          [order[j], order[k]] = [order[k]!, order[j]!];
        }
      }
      out[i] = order.pop()!;
    }
    return out;
  };
}

/** One seed of one net. A run whose loss stops being finite is not trained further; its remaining points are NaN. */
async function runOne(
  setup: CnnLabSetup,
  net: CnnLabNet,
  seed: number,
  data: CnnLabData,
  opts: RunCnnLabOptions,
  tick: (n: number) => number,
): Promise<CnnLabRun> {
  const model = buildCnn(cnnNetwork(setup, net), createRng(deriveSeed(seed, 'cnn-lab-init')), convolutionFor(currentBackend()));
  const optimizer = makeOptimizer(setup.optimizer);
  const train = tensorsOf(data.train);
  const test = tensorsOf(data.test);
  const next = batchStream(data.train.count, setup.batch, seed);
  const run: CnnLabRun = {
    seed,
    trainError: [],
    testError: [],
    trainLoss: [],
    gradNorms: [],
  };
  const probe = Math.min(GRADIENT_IMAGES, data.train.count);
  const probeX = train.x.slice(0, probe);
  const probeY = train.y.slice(0, probe);
  let step = 0;
  let counted = 0;
  let diverged = false;
  const reach = (s: number) => {
    const share = tick(s - counted);
    counted = s;
    return share;
  };
  const stopIfAborted = () => {
    if (opts.signal?.aborted) throw new DOMException('CNN lab stopped', 'AbortError');
  };
  const trainStep = () => cnnTrainStep(model, optimizer, train, next());
  try {
    for (const target of cnnRecordSteps(setup)) {
      stopIfAborted();
      while (!diverged && step < target) {
        const started = performance.now();
        do {
          trainStep();
          step += 1;
        } while (step < target && opts.sliceMs !== undefined && performance.now() - started < opts.sliceMs);
        if (opts.sliceMs === undefined || step >= target) continue;
        await opts.onSlice?.({ netId: net.id, seed, step, done: reach(step) });
        stopIfAborted();
      }
      const tr: { error: number; loss: number } | null = diverged ? null : await measure(model, train.x, train.y);
      diverged ||= !tr || !Number.isFinite(tr.loss);
      const te = diverged ? null : await measure(model, test.x, test.y);
      run.trainError.push(tr && !diverged ? tr.error : Number.NaN);
      run.testError.push(te ? te.error : Number.NaN);
      run.trainLoss.push(tr && !diverged ? tr.loss : Number.NaN);
      run.gradNorms!.push(diverged ? [] : await cnnGradientNorms(model, probeX, probeY));
      await opts.onProgress?.({
        netId: net.id,
        seed,
        step: target,
        done: reach(target),
        trainError: run.trainError.at(-1)!,
        testError: run.testError.at(-1)!,
        trainLoss: run.trainLoss.at(-1)!,
        gradNorms: run.gradNorms!.at(-1)!,
      });
    }
    return run;
  } finally {
    tf.dispose([train.x, train.y, test.x, test.y, probeX, probeY]);
    optimizer.dispose();
    model.dispose();
  }
}

/** Train every net of `setup` on every seed and return the record. */
export async function runCnnLab(setup: CnnLabSetup, data: CnnLabData, opts: RunCnnLabOptions = {}): Promise<CnnLabRecord> {
  const total = setup.steps * setup.seeds.length * setup.nets.length;
  let done = 0;
  const tick = (n: number) => (done += n) / (total || 1);
  const nets = [];
  for (const net of setup.nets) {
    const runs: CnnLabRun[] = [];
    for (const seed of setup.seeds) runs.push(await runOne(setup, net, seed, data, opts, tick));
    nets.push({
      id: net.id,
      params: parameterCount(cnnNetwork(setup, net)),
      runs,
    });
  }
  return {
    key: cnnSetupKey(setup),
    backend: currentBackend(),
    steps: cnnRecordSteps(setup),
    nets,
  };
}

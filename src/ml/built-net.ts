import type * as tf from '@tensorflow/tfjs';

/**
 * What every built net gives its trainer: the lab's MLPs (build-model.ts) and the CNN lab's
 * convolutional nets (cnn.ts) alike. X is the input tensor, O the forward pass's options.
 */
export interface BuiltNet<X extends tf.Tensor, O> {
  /** Learned variables, in build order (what the optimiser updates). */
  readonly trainable: tf.Variable[];
  /** Every variable, BN running statistics included. */
  readonly variables: tf.Variable[];
  /** Logits (n × classes) for the inputs x. Call inside tf.tidy. */
  forward(x: X, options: O): tf.Tensor2D;
  /** Release every variable. */
  dispose(): void;
}

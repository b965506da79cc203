/**
 * The loss-landscape figure’s words: its set-up, and the caveat on what a 2-D slice of a
 * high-dimensional surface can show and how our setting differs from Li et al.’s. One source
 * for the static figure’s notes and the live figure’s.
 */
import type { LandscapeRecord } from './landscape-summary';
import { backendWords } from './landscape-grid';

/** How the slice was made, for the figure’s notes. */
export function describeLandscape(rec: Pick<LandscapeRecord, 'n' | 'linePoints' | 'seed' | 'backend' | 'step' | 'plain' | 'residual'>): string {
  return (
    `Set-up. Around each trained net’s weights θ, two random Gaussian directions d and δ (seed ${rec.seed}, the same draws for both nets) ` +
    `are rescaled filter by filter to the norms of that net’s own filters (Li et al.’s filter normalisation; a filter here is the weights into one unit, ` +
    `one column of a dense layer’s kernel). Biases and every batch-norm parameter (γ, β, running statistics) get direction 0: only the kernels move. ` +
    `The loss is the training cross-entropy on the 300 training points, with batch norm using the batch’s own statistics; for this full-batch lab that is ` +
    `exactly the objective the optimiser minimised. ${rec.plain.id} and ${rec.residual.id} after ${rec.step} steps; 1-D slice at ${rec.linePoints} values of α, ` +
    `2-D slice on a ${rec.n} × ${rec.n} grid, α and β from −1 to 1; computed on ${backendWords(rec.backend)}.`
  );
}

/** What the figure can and cannot show. */
export const LANDSCAPE_CAVEAT =
  'What a slice can show. Each net has about 14,000 weights; the figure looks at a 2-D plane through them, ' +
  'spanned by two random directions from one seed, with a scale set by the filter norms. Another seed gives another plane. ' +
  'A surface that looks smooth or chaotic in the plane suggests how the whole surface behaves near θ, but proves nothing ' +
  'about how easy the net was to train. Li et al. (2018) drew such slices for CIFAR-10 convolutional nets (ResNet-20 to ResNet-110 ' +
  'and the same nets without skip connections, many more weights than ours): without skips the surfaces turned chaotic as depth grew, ' +
  'with skips they stayed smooth and nearly convex. Ours are 56-layer MLPs of width 16 on 2-D spirals.';

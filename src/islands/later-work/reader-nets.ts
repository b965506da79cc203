/**
 * The hand-over of the reader's trained nets from the training lab to the later-work figures:
 * when a run finishes, the lab saves its deep plain and deep residual nets (text form of
 * src/lib/later-work/trained-nets.ts) in this tab's session storage and tells the page; the
 * figures read the text and pass it to their workers. Storage that is missing, full or blocked
 * only means the figures use the recorded nets, and say so.
 */
import { encodePair, pairIds } from '~lib/later-work/trained-nets';
import type { LabConfig } from '~lib/nets/lab';

/** The session-storage key of the reader's saved pair. */
export const READER_NETS_KEY = 'resnet-explained:reader-nets';
/** The window event fired after a save (detail: the text). */
export const READER_NETS_EVENT = 'resnet-explained:reader-nets';

/** Save the deep pair of a finished run; false when the run has no such pair or storage refuses. */
export function saveReaderNets(config: LabConfig, query: string, step: number, weights: readonly { modelId: string; weights: Float32Array[] }[]): boolean {
  const ids = pairIds(config);
  const of = (id: string) => weights.find((w) => w.modelId === id);
  if (!ids || !of(ids.plain) || !of(ids.residual)) return false;
  const text = encodePair({
    source: 'reader',
    query,
    step,
    plain: { id: ids.plain, weights: of(ids.plain)!.weights },
    residual: { id: ids.residual, weights: of(ids.residual)!.weights },
  });
  try {
    sessionStorage.setItem(READER_NETS_KEY, text);
  } catch {
    return false;
  }
  window.dispatchEvent(new CustomEvent(READER_NETS_EVENT, { detail: text }));
  return true;
}

/** The saved text, or null when there is none or storage cannot be read. */
export function readerNetsText(): string | null {
  try {
    return sessionStorage.getItem(READER_NETS_KEY);
  } catch {
    return null;
  }
}

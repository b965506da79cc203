/**
 * URL state of the FLOPs explorer (chapter 5): which network stands beside VGG-19. A pure
 * parse/format pair; only the island reads or writes `location`.
 */
import * as z from 'zod/mini';
import { NETWORKS, type NetworkKey } from './registry';

/** The networks the explorer's picker offers for its second column, in picker order. */
export const EXPLORER_MODELS = [
  'resnet18',
  'resnet34',
  'resnet50',
  'resnet101',
  'resnet152',
  'plain34',
  'vgg16',
  'vgg19',
] as const satisfies readonly NetworkKey[];

/** One of {@link EXPLORER_MODELS}. */
export type ExplorerModel = (typeof EXPLORER_MODELS)[number];

/** The network the explorer always draws in its first column. */
export const EXPLORER_BASELINE: ExplorerModel = 'vgg19';

/** Query parameter holding the model; `fx-` keeps it apart from other figures' state on the page. */
export const EXPLORER_PARAM = 'fx-model';

/** The explorer's whole state. */
export const ExplorerStateSchema = z.object({
  /** Registry key of the network in the second column. */
  model: z.enum(EXPLORER_MODELS),
});

/** A valid explorer state. */
export type ExplorerState = z.infer<typeof ExplorerStateSchema>;

/** The state a page shows when the URL says nothing: ResNet-34, P1's headline comparison. */
export const DEFAULT_EXPLORER_STATE: ExplorerState = { model: 'resnet34' };

/** A parsed state and the notes that say what was changed to make it valid. */
export interface ParsedExplorerState {
  /** Always valid. */
  state: ExplorerState;
  /** One sentence per value that was corrected or ignored; empty when the URL was fine. */
  notes: string[];
}

/** Whether a string is one of the explorer's models. */
export function isExplorerModel(value: string): value is ExplorerModel {
  return ExplorerStateSchema.shape.model.safeParse(value).success;
}

/** A loose spelling ('ResNet-50', 'resnet_50') reduced to a registry key's shape ('resnet50'). */
function loose(value: string): string {
  return value.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/**
 * Reads the explorer's state from a query string. A loosely spelled model is accepted with a note;
 * an unknown or empty one falls back to `fallback` with a note; other parameters are ignored.
 */
export function parseExplorerQuery(
  query: string | URLSearchParams,
  fallback: ExplorerState = DEFAULT_EXPLORER_STATE,
): ParsedExplorerState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const values = params.getAll(EXPLORER_PARAM);
  const notes: string[] = [];
  const raw = values[0];
  if (values.length > 1) notes.push(`${EXPLORER_PARAM} was given ${values.length} times; the first value was used.`);
  if (raw === undefined) return { state: { ...fallback }, notes };
  const parsed = ExplorerStateSchema.safeParse({ model: raw });
  if (parsed.success) return { state: parsed.data, notes };
  const fallbackLabel = NETWORKS[fallback.model].label;
  const near = EXPLORER_MODELS.find((m) => m === loose(raw));
  if (near) {
    notes.push(`${EXPLORER_PARAM}=“${raw}” was read as ${NETWORKS[near].label}.`);
    return { state: { model: near }, notes };
  }
  const shown = raw.length > 40 ? `${raw.slice(0, 40)}…` : raw;
  notes.push(`${EXPLORER_PARAM}=“${shown}” is not a network this figure offers; showing ${fallbackLabel} instead.`);
  return { state: { ...fallback }, notes };
}

/** The query string for a state, e.g. 'fx-model=resnet50'. */
export function formatExplorerQuery(state: ExplorerState): string {
  const { model } = ExplorerStateSchema.parse(state);
  return new URLSearchParams({ [EXPLORER_PARAM]: model }).toString();
}

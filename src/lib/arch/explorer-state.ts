/**
 * URL state of the FLOPs explorer (chapter 5): which network stands beside VGG-19. One table
 * (`explorerUrlTable`) drives the pure parse/format pair; only the island reads or writes `location`.
 */
import * as z from 'zod/mini';
import { formatQuery } from '../url-state/format';
import { expected, firstValueUsed, wordLabel } from '../url-state/notes';
import { parseQuery } from '../url-state/parse';
import type { Table } from '../url-state/table';
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

/** The explorer's whole state. */
export const ExplorerStateSchema = z.object({
  /** Registry key of the network in the second column. */
  model: z.enum(EXPLORER_MODELS),
});

/** A valid explorer state. */
export type ExplorerState = z.infer<typeof ExplorerStateSchema>;

/**
 * The explorer's one parameter: a picker network, loosely spelled ones read with a note; the
 * default is ResNet-34, P1's headline comparison.
 */
export const explorerUrlTable = {
  params: {
    model: {
      kind: 'enum',
      name: 'fx-model',
      options: EXPLORER_MODELS,
      loose: true,
      labelOf: (model) => NETWORKS[model].label,
      expects: 'a network this figure offers',
      default: 'resnet34',
      write: 'always',
    },
  },
  grammar: { numbers: 'decimal', overflow: 'unreadable', fold: false, on: [], off: [] },
  wording: {
    repeated: firstValueUsed,
    unreadable: (row, raw, fallback) => `${row.name}=“${raw}” is not ${expected(row)}; showing ${wordLabel(row, fallback)} instead.`,
    loose: (row, raw, out) => `${row.name}=“${raw}” was read as ${wordLabel(row, out)}.`,
  },
} satisfies Table<ExplorerState>;

/** Query parameter holding the model; `fx-` keeps it apart from other figures' state on the page. */
export const EXPLORER_PARAM = explorerUrlTable.params.model.name;

/** The state a page shows when the URL says nothing: ResNet-34, P1's headline comparison. */
export const DEFAULT_EXPLORER_STATE: ExplorerState = { model: explorerUrlTable.params.model.default };

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

/**
 * Reads the explorer's state from a query string. A loosely spelled model is accepted with a note;
 * an unknown or empty one falls back to `fallback` with a note; other parameters are ignored.
 */
export function parseExplorerQuery(
  query: string | URLSearchParams,
  fallback: ExplorerState = DEFAULT_EXPLORER_STATE,
): ParsedExplorerState {
  return parseQuery<ExplorerState>(explorerUrlTable, query, fallback);
}

/** The query string for a state, e.g. 'fx-model=resnet50'. */
export function formatExplorerQuery(state: ExplorerState): string {
  return formatQuery<ExplorerState>(explorerUrlTable, ExplorerStateSchema.parse(state));
}

/**
 * The figure manifest: every figure with an anchor, written once. A figure's name is its public
 * identity: its anchor is `#fig-<name>` and, if it can be embedded, its page is `/embed/<name>/`.
 * Courses link to both, so a name never changes. The island registry (src/islands/registry.ts),
 * the embed pages and the instructors page (src/lib/site/embeds.ts), the figure components and
 * the block-diagram table read a figure's id, island, chapter and embed from here; <Figure> takes
 * the island from here and refuses an id that is not listed. A figure's URL-parameter prefix
 * (`lab-`, `abl-`, `gf-`, `fx-`) stays with its URL-state codec.
 */
import type { ChapterSlug } from './chapters.ts';

/** How a figure is offered for an iframe on its embed page. */
export interface FigureEmbed {
  /** The embed page's title and the iframe's title attribute. */
  title: string;
  /** A query string that sets a non-default state (e.g. 'fx-model=resnet50'), shown in the snippet. */
  exampleState: string;
}

/** What the manifest says of one figure, before its name is attached. */
interface FigureSpec {
  /** The chapter links to the figure go to (an embed's corner link); a figure may appear in others too. */
  chapter: ChapterSlug;
  /** The browser entry point that makes it interactive (a key of src/islands/registry.ts); none for a static figure. */
  island?: string;
  /** Present if the figure has an embed page. */
  embed?: FigureEmbed;
}

// Order matters: the instructors page lists the embeddable figures in this order.
const SPECS = {
  'training-lab': {
    chapter: 'degradation-problem',
    island: 'training-lab',
    embed: {
      title: 'Training lab: shallow plain, deep plain and deep residual nets, trained side by side',
      exampleState: 'lab-depth=20&lab-seed=3',
    },
  },
  'cnn-lab': {
    chapter: 'degradation-problem',
    island: 'cnn-lab',
    embed: { title: 'CNN lab: plain and residual CNNs on real digits, P1 Fig. 6 in miniature', exampleState: 'cnn-run=full&cnn-guess=deeper' },
  },
  'shortcut-ablation': {
    chapter: 'shortcut-variants',
    island: 'ablation-lab',
    embed: { title: 'Ablation lab: the shortcut variants of P2 Table 1 re-run at toy scale', exampleState: 'abl-seeds=1&abl-steps=100' },
  },
  'gradient-flow': {
    chapter: 'scaled-shortcuts',
    island: 'gradient-flow',
    embed: { title: 'Gradient flow through residual units: P2 eq. (8) against backprop', exampleState: 'gf-L=20&gf-kind=identity' },
  },
  'flops-explorer': {
    chapter: 'flops-vs-vgg',
    island: 'flops-explorer',
    embed: { title: 'FLOPs explorer: VGG-19 against ResNet, stage by stage', exampleState: 'fx-model=resnet50' },
  },
  'lesion-study': {
    chapter: 'identity-propagation',
    island: 'lesion-study',
    embed: { title: 'Lesion study (later work, Veit et al. 2016): delete units of the lab’s trained plain and residual nets', exampleState: 'les-k=5&les-guess=residual' },
  },
  'loss-landscape': {
    chapter: 'degradation-problem',
    island: 'loss-landscape',
    embed: { title: 'Loss-landscape slices (later work, Li et al. 2018) around the lab’s trained plain and residual nets', exampleState: 'land-grid=11&land-guess=residual' },
  },
  'gradient-shattering': {
    chapter: 'identity-propagation',
    island: 'gradient-shattering',
    embed: { title: 'Shattered gradients (later work, Balduzzi et al. 2017) in the lab’s plain and residual nets', exampleState: 'sh-show=trained&sh-guess=residual' },
  },
  'activation-ablation': { chapter: 'building-blocks', island: 'ablation-lab' },
  'activation-placements': { chapter: 'building-blocks', island: 'activation-placements' },
  'layer-responses': { chapter: 'optimal-identity' },
  'shortcut-params': { chapter: 'shortcut-connections' },
  'shortcut-options': { chapter: 'shortcut-connections' },
  'stem-comparison': { chapter: 'flops-vs-vgg' },
  'shortcut-variants': { chapter: 'shortcut-variants' },
  'residual-block': { chapter: 'building-blocks' },
  'block-cost': { chapter: 'building-blocks' },
  'block-diagrams': { chapter: 'building-blocks' },
} as const satisfies Record<string, FigureSpec>;

type Specs = typeof SPECS;

/** A figure's name, e.g. 'training-lab'. */
export type FigureName = keyof Specs;

/** A figure's anchor id, `fig-<name>`. */
export type FigureId = `fig-${FigureName}`;

/** An island some figure names; src/islands/registry.ts has exactly these keys. */
export type IslandName = { [N in FigureName]: Specs[N] extends { island: infer I extends string } ? I : never }[FigureName];

/** The name of a figure that has an embed page; components/embeds.ts has exactly these keys. */
export type EmbeddableName = { [N in FigureName]: Specs[N] extends { embed: FigureEmbed } ? N : never }[FigureName];

/** One figure of the manifest. */
export interface Figure {
  /** Its name: the anchor without `fig-`, and its embed page's URL segment. */
  name: FigureName;
  /** Its anchor, the `<figure id>`. */
  id: FigureId;
  /** The chapter links to the figure go to; a figure may appear in other chapters too. */
  chapter: ChapterSlug;
  /** The island that makes it interactive; absent for a static figure. */
  island?: IslandName;
  /** How it is embedded; absent if it has no embed page. */
  embed?: FigureEmbed;
}

/** A figure with an embed page. */
export interface EmbeddableFigure extends Figure {
  /** Its name, also its embed page's URL segment. */
  name: EmbeddableName;
  /** How it is embedded. */
  embed: FigureEmbed;
}

// Marked free of side effects so that the bundler drops calls whose result browser code never
// reads (BLOCK_FIGURES builds a table of ids at load time): an island does not carry other ids.

/** The anchor id of a figure. */
/* @__NO_SIDE_EFFECTS__ */
export function figureId<N extends FigureName>(name: N): `fig-${N}` {
  return `fig-${name}`;
}

// Functions rather than tables computed at load time: browser code that reaches this module
// (the embed page's height reporter through embeds.ts, a figure's drawing code) then does not
// carry the manifest, because the bundler drops what nothing calls.

/** One figure of the manifest, by name. */
export function figureNamed(name: FigureName): Figure {
  return { name, id: figureId(name), ...SPECS[name] };
}

/** Every figure, in manifest order. */
export function allFigures(): Figure[] {
  return (Object.keys(SPECS) as FigureName[]).map(figureNamed);
}

/** The figure whose anchor is `id`, or undefined if the manifest has none. */
export function figureById(id: string): Figure | undefined {
  return allFigures().find((f) => f.id === id);
}

/** Whether a figure has an embed page. */
export function isEmbeddable(figure: Figure): figure is EmbeddableFigure {
  return figure.embed !== undefined;
}

/** A figure's address in its chapter, relative to the base path: `chapters/<slug>/#fig-<name>`. */
export function figurePath(figure: Figure): string {
  return `chapters/${figure.chapter}/#${figure.id}`;
}

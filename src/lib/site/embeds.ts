/**
 * The figures a course may put in an iframe. Each has a standalone page at /embed/<key>/ that
 * shows only the figure (same URL state as in its chapter), reports its height to the parent
 * page, and links back to the chapter. To add one: an entry here, and the component under the
 * same key in components/embeds.ts (the build fails if either is missing).
 */
import type { ChapterSlug } from './chapters.ts';

/** One embeddable figure. */
export interface Embed {
  /** URL segment and key in components/embeds.ts, e.g. 'flops-explorer'. */
  key: string;
  /** The embed page's title and the iframe's title attribute. */
  title: string;
  /** The chapter the figure belongs to; the embed's corner link goes there. */
  chapter: ChapterSlug;
  /** The figure's anchor id in that chapter (its <figure id>). */
  figureId: string;
  /** A query string that sets a non-default state (e.g. 'fx-model=resnet-50'), shown in the snippet. */
  exampleState: string;
}

/** The message type an embed posts to its parent: `{ type, height }`, height in CSS pixels. */
export const HEIGHT_MESSAGE = 'resnet-explained:height';

/** Every embeddable figure, in chapter order. */
export const EMBEDS: readonly Embed[] = [
  {
    key: 'training-lab',
    title: 'Training lab: shallow plain, deep plain and deep residual nets, trained side by side',
    chapter: 'degradation-problem',
    figureId: 'fig-training-lab',
    exampleState: 'lab-depth=20&lab-seed=3',
  },
  {
    key: 'shortcut-ablation',
    title: 'Ablation lab: the shortcut variants of P2 Table 1 re-run at toy scale',
    chapter: 'shortcut-variants',
    figureId: 'fig-shortcut-ablation',
    exampleState: 'abl-seeds=1&abl-steps=100',
  },
  {
    key: 'gradient-flow',
    title: 'Gradient flow through residual units: P2 eq. (8) against backprop',
    chapter: 'scaled-shortcuts',
    figureId: 'fig-gradient-flow',
    exampleState: 'gf-L=20&gf-kind=identity',
  },
  {
    key: 'flops-explorer',
    title: 'FLOPs explorer: VGG-19 against ResNet, stage by stage',
    chapter: 'flops-vs-vgg',
    figureId: 'fig-flops-explorer',
    exampleState: 'fx-model=resnet50',
  },
];

/** The embed page of a figure, relative to the base path. */
export function embedPath(key: string): string {
  return `embed/${key}/`;
}

/** The snippet a course page pastes once to size every embedded figure to its content. */
export function resizeScript(): string {
  return [
    '<script>',
    `addEventListener('message', (event) => {`,
    `  if (event.data?.type !== '${HEIGHT_MESSAGE}') return;`,
    `  for (const frame of document.querySelectorAll('iframe')) if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';`,
    '});',
    '</script>',
  ].join('\n');
}

/** The iframe tag for one figure, given the embed page's absolute URL (with any state query). */
export function iframeSnippet(embed: Embed, src: string): string {
  return `<iframe src="${src}" title="${embed.title}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
}

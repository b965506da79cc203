/**
 * Browser entry points, by island name. Each is loaded on demand (a separate chunk), so a
 * chapter's first load carries only this table and the loader, never d3 or tfjs. The names are
 * those the figure manifest (src/lib/site/figures.ts) gives its figures: the type requires
 * exactly those keys. Each import is written out so that the bundler splits it into its chunk.
 */
import type { IslandName } from '~lib/site/figures';

export interface Island {
  /** Takes over a server-rendered figure; returns a cleanup for when the page goes away. */
  mount(figure: HTMLElement, props: unknown): { destroy(): void } | Promise<{ destroy(): void }>;
}

/** Loads one island's code. */
export type IslandLoader = () => Promise<Island>;

/** Every island, by name. */
export const ISLANDS: Readonly<Record<IslandName, IslandLoader>> = {
  'flops-explorer': () => import('./flops-explorer'),
  'gradient-flow': () => import('./gradient-flow'),
  'activation-placements': () => import('./activation-placements'),
  'training-lab': () => import('./training-lab/training-lab'),
  'ablation-lab': () => import('./ablation/ablation-lab'),
  'cnn-lab': () => import('./cnn-lab/cnn-lab'),
  'lesion-study': () => import('./later-work/lesion-study'),
  'loss-landscape': () => import('./later-work/loss-landscape'),
  'gradient-shattering': () => import('./later-work/shattering'),
};

/**
 * Browser entry points, by figure name. Each is loaded on demand (a separate chunk), so a
 * chapter's first load carries only this table and the loader, never d3 or tfjs.
 */
export interface Island {
  /** Takes over a server-rendered figure; returns a cleanup for when the page goes away. */
  mount(figure: HTMLElement, props: unknown): { destroy(): void } | Promise<{ destroy(): void }>;
}

export const ISLANDS: Record<string, () => Promise<Island>> = {
  'flops-explorer': () => import('./flops-explorer'),
  'gradient-flow': () => import('./gradient-flow'),
  'activation-placements': () => import('./activation-placements'),
  'training-lab': () => import('./training-lab'),
  'ablation-lab': () => import('./ablation-lab'),
};

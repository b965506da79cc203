/**
 * The component behind each embeddable figure, by its key in src/lib/site/embeds.ts. Each is
 * rendered with no props, exactly as a chapter places it, so it reads the same URL state.
 */
import FlopsExplorer from './FlopsExplorer.astro';
import GradientFlow from './GradientFlow.astro';
import TrainingLab from './TrainingLab.astro';
import AblationLab from './AblationLab.astro';

/** An Astro component that needs no props: an embed renders it exactly as a chapter places it. */
type EmbedComponent = (props: Record<string, never>) => unknown;

export const EMBED_COMPONENTS: Readonly<Record<string, EmbedComponent>> = {
  'training-lab': TrainingLab,
  'shortcut-ablation': AblationLab,
  'gradient-flow': GradientFlow,
  'flops-explorer': FlopsExplorer,
};

/**
 * The component behind each embeddable figure, by its name in the figure manifest
 * (src/lib/site/figures.ts). Each is rendered with no props, exactly as a chapter places it, so it
 * reads the same URL state.
 */
import type { EmbeddableName } from '~lib/site/figures';
import FlopsExplorer from './FlopsExplorer.astro';
import GradientFlow from './GradientFlow.astro';
import TrainingLab from './TrainingLab.astro';
import AblationLab from './AblationLab.astro';
import CnnLab from './CnnLab.astro';
import LesionStudy from './LesionStudy.astro';
import LossLandscape from './LossLandscape.astro';
import GradientShattering from './GradientShattering.astro';

/** An Astro component that needs no props: an embed renders it exactly as a chapter places it. */
type EmbedComponent = (props: Record<string, never>) => unknown;

/** One component per embeddable figure: the type requires exactly the manifest's embeddable names. */
export const EMBED_COMPONENTS: Readonly<Record<EmbeddableName, EmbedComponent>> = {
  'training-lab': TrainingLab,
  'cnn-lab': CnnLab,
  'shortcut-ablation': AblationLab,
  'gradient-flow': GradientFlow,
  'flops-explorer': FlopsExplorer,
  'lesion-study': LesionStudy,
  'loss-landscape': LossLandscape,
  'gradient-shattering': GradientShattering,
};

import { ISLANDS, type IslandLoader } from './registry';

/** How far below the viewport a figure starts loading, so it is ready when the reader arrives. */
const LOAD_MARGIN = '300px 0px';

/**
 * Hydrates every `figure[data-island]` on the page when it comes near the viewport (Distill's
 * d-figure habit). A figure whose code fails to load keeps its static version and says so.
 */
export function hydrateFigures(root: ParentNode = document): void {
  // A page loaded for printing (the PDF script) keeps every figure's static build-time art.
  if (matchMedia('print').matches) return;
  const figures = [...root.querySelectorAll<HTMLElement>('figure[data-island]:not([data-hydrated])')];
  if (figures.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        void hydrate(entry.target as HTMLElement);
      }
    },
    { rootMargin: LOAD_MARGIN },
  );
  for (const figure of figures) observer.observe(figure);
}

async function hydrate(figure: HTMLElement): Promise<void> {
  const name = figure.dataset.island ?? '';
  figure.dataset.hydrated = 'loading';
  // The name comes from the page's markup, so it may be one no figure has.
  const load = (ISLANDS as Readonly<Partial<Record<string, IslandLoader>>>)[name];
  try {
    if (!load) throw new Error(`no island called "${name}"`);
    const island = await load();
    const props: unknown = JSON.parse(figure.dataset.props ?? '{}');
    const handle = await island.mount(figure, props);
    figure.dataset.hydrated = 'ready';
    window.addEventListener('pagehide', () => handle.destroy(), { once: true });
  } catch (error) {
    figure.dataset.hydrated = 'failed';
    // The box reserved for the controls would stay empty: give the space back.
    figure.querySelector('.figure__controls')?.remove();
    const note = figure.querySelector('.figure__status');
    if (note) note.textContent = 'The interactive version could not start; the figure below is the static version.';
    console.warn(`Figure ${figure.id}:`, error);
  }
}

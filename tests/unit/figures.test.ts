import { describe, expect, it } from 'vitest';
import { CHAPTER_SLUGS, type ChapterSlug } from '~lib/site/chapters';
import { chapterNumber, chapterOfPath, FIGURE_PLACEMENTS, figureNumber, figureNumberOnPage, renumberFigures } from '~lib/site/figure-numbers';
import { HEIGHT_MESSAGE, MAX_EMBED_HEIGHT, embedPath, embeddableFigures, iframeSnippet, resizeScript } from '~lib/site/embeds';
import { allFigures, figureById, figureId, figureNamed, figurePath, type EmbeddableFigure, type FigureName } from '~lib/site/figures';
import { BLOCK_FIGURES, type BlockFigureName } from '~viz/block-figures';
import { readChapters } from '../support/content';

describe('the figure manifest', () => {
  it('names each figure once, and its anchor is fig- and its name', () => {
    const figures = allFigures();
    expect(new Set(figures.map((f) => f.name)).size).toBe(figures.length);
    for (const figure of figures) {
      expect(figure.name).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(figure.id).toBe(`fig-${figure.name}`);
      expect(figureId(figure.name)).toBe(figure.id);
      expect(figureNamed(figure.name)).toEqual(figure);
      expect(figureById(figure.id)).toEqual(figure);
    }
  });

  it('finds no figure for an anchor it does not list', () => {
    expect(figureById('fig-no-such-figure')).toBeUndefined();
    expect(figureById('training-lab')).toBeUndefined();
  });

  it('puts every figure in a real chapter and gives its address there', () => {
    for (const figure of allFigures()) expect(CHAPTER_SLUGS).toContain(figure.chapter);
    expect(figurePath(figureNamed('gradient-flow'))).toBe('chapters/scaled-shortcuts/#fig-gradient-flow');
  });

  it('gives each interactive figure its island, and both ablations the same one', () => {
    expect(figureNamed('shortcut-ablation').island).toBe('ablation-lab');
    expect(figureNamed('activation-ablation').island).toBe('ablation-lab');
    expect(figureNamed('residual-block').island).toBeUndefined();
  });
});

describe('the embeddable figures', () => {
  it('are the manifest’s figures with an embed, in the order the instructors page has always listed them', () => {
    expect(embeddableFigures().map((f) => f.name)).toEqual(['training-lab', 'cnn-lab', 'shortcut-ablation', 'gradient-flow', 'flops-explorer', 'lesion-study', 'loss-landscape', 'gradient-shattering']);
    expect(embeddableFigures()).toEqual(allFigures().filter((f) => f.embed));
  });

  it('each have an embed page under its name, a title of its own and an example state in URL parameters', () => {
    const embeds = embeddableFigures();
    expect(new Set(embeds.map((f) => f.embed.title)).size).toBe(embeds.length);
    for (const figure of embeds) {
      expect(embedPath(figure)).toBe(`embed/${figure.name}/`);
      // A figure with an island reads URL state, and its example sets some; a static one has none.
      expect(figure.embed.exampleState, figure.name).toMatch(figure.island ? /^[a-z]+-[\w-]+=/ : /^$/);
    }
  });

  it("give a course a resize script that sizes only the page's own frames, from this site's origin, to a sane height", () => {
    const body = resizeScript('https://site.test').replace(/<\/?script>/g, '');
    let listener: ((event: { origin: string; data: unknown; source: unknown }) => void) | undefined;
    const frame = { contentWindow: {}, style: { height: '640px' } };
    const run = new Function('addEventListener', 'document', body) as (on: unknown, doc: unknown) => void;
    run((type: string, fn: typeof listener) => type === 'message' && (listener = fn), { querySelectorAll: () => [frame] });
    const send = (origin: string, data: unknown, source: unknown = frame.contentWindow) => {
      listener?.({ origin, data, source });
      return frame.style.height;
    };
    expect(send('https://site.test', { type: HEIGHT_MESSAGE, height: 321.2 })).toBe('322px');
    expect(send('https://other.test', { type: HEIGHT_MESSAGE, height: 500 })).toBe('322px');
    expect(send('https://site.test', { type: HEIGHT_MESSAGE, height: MAX_EMBED_HEIGHT + 1 })).toBe('322px');
    expect(send('https://site.test', { type: HEIGHT_MESSAGE, height: 'NaN' })).toBe('322px');
    expect(send('https://site.test', { type: HEIGHT_MESSAGE, height: -4 })).toBe('322px');
    expect(send('https://site.test', { type: 'other', height: 400 })).toBe('322px');
    expect(send('https://site.test', { type: HEIGHT_MESSAGE, height: 400 }, {})).toBe('322px');
    expect(send('https://site.test', { type: HEIGHT_MESSAGE, height: 400 })).toBe('400px');
    const embed = { title: 'T', exampleState: 'k-a=1' };
    const figure: EmbeddableFigure = { ...figureNamed('flops-explorer'), name: 'flops-explorer', embed };
    expect(iframeSnippet(figure, 'https://x/embed/k/?k-a=1')).toMatch(/^<iframe src="https:\/\/x\/embed\/k\/\?k-a=1" title="T"/);
  });
});

/** The figure a component tag in a chapter's MDX places, or undefined for a tag that is not a figure. */
function placedFigure(tag: string): FigureName | undefined {
  const attr = (name: string) => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];
  const component = /^<([A-Z]\w*)/.exec(tag)?.[1];
  const single: Record<string, FigureName> = {
    TrainingLab: 'training-lab',
    GradientFlow: 'gradient-flow',
    FlopsExplorer: 'flops-explorer',
    StemComparison: 'stem-comparison',
    ShortcutCost: 'shortcut-params',
    LayerResponses: 'layer-responses',
    BlockCost: 'block-cost',
    CnnLab: 'cnn-lab',
    LesionStudy: 'lesion-study',
    LossLandscape: 'loss-landscape',
    GradientShattering: 'gradient-shattering',
  };
  if (component === 'AblationLab') return attr('kind') === 'activations' ? 'activation-ablation' : 'shortcut-ablation';
  if (component === 'BlockDiagram') return BLOCK_FIGURES[attr('name') as BlockFigureName].id.replace(/^fig-/, '') as FigureName;
  return component ? single[component] : undefined;
}

describe('figure numbers', () => {
  it('place each chapter’s figures in the order its source places them', () => {
    for (const chapter of readChapters()) {
      if (!chapter.frontmatter['chapter']) continue;
      const tags = [...chapter.body.matchAll(/^<[A-Z]\w*[^>]*>/gm)].map(([tag]) => tag);
      const placed = tags.map(placedFigure).filter((name) => name !== undefined);
      expect(placed, chapter.slug).toEqual(FIGURE_PLACEMENTS[chapter.slug as ChapterSlug]);
    }
  });

  it('number chapters as their frontmatter does, and place every figure in its home chapter', () => {
    for (const chapter of readChapters().filter((c) => c.frontmatter['chapter'])) {
      expect((chapter.frontmatter['chapter'] as { number: number }).number).toBe(chapterNumber(chapter.slug as ChapterSlug));
    }
    for (const figure of allFigures()) expect(FIGURE_PLACEMENTS[figure.chapter], figure.name).toContain(figure.name);
    for (const names of Object.values(FIGURE_PLACEMENTS)) expect(new Set(names).size).toBe(names.length);
  });

  it('count from 1 in each chapter, and refuse a figure the chapter does not place', () => {
    expect(figureNumber('degradation-problem', 'training-lab')).toBe('1.1');
    expect(figureNumber('shallow-resnets', 'training-lab')).toBe('9.1');
    expect(figureNumber('scaled-shortcuts', 'shortcut-ablation')).toBe('8.2');
    expect(figureNumber('building-blocks', 'activation-ablation')).toBe('10.5');
    expect(() => figureNumber('optimal-identity', 'training-lab')).toThrow(/not placed/);
  });

  it('take the chapter from a chapter page’s path, under any base path, and the home chapter elsewhere', () => {
    expect(chapterOfPath('/chapters/flops-vs-vgg/')).toBe('flops-vs-vgg');
    expect(chapterOfPath('/courses/resnet/chapters/flops-vs-vgg/')).toBe('flops-vs-vgg');
    expect(chapterOfPath('/chapters/no-such-chapter/')).toBeUndefined();
    expect(chapterOfPath('/book/')).toBeUndefined();
    expect(figureNumberOnPage('/chapters/identity-propagation/', 'gradient-flow')).toBe('6.1');
    expect(figureNumberOnPage('/embed/gradient-flow/', 'gradient-flow')).toBe('8.1');
  });

  it('renumber a rendered chapter for the chapter it stands in', () => {
    const html = '<figcaption><span class="figure__number" data-figure-number="training-lab" data-astro-cid-x>Figure 1.1</span> Training lab</figcaption>';
    expect(renumberFigures(html, 'not-overfitting')).toBe(html.replace('Figure 1.1', 'Figure 2.1'));
    expect(() => renumberFigures(html, 'optimal-identity')).toThrow(/not placed/);
  });
});

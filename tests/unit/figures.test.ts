import { describe, expect, it } from 'vitest';
import { CHAPTER_SLUGS } from '~lib/site/chapters';
import { HEIGHT_MESSAGE, MAX_EMBED_HEIGHT, embedPath, embeddableFigures, iframeSnippet, resizeScript } from '~lib/site/embeds';
import { allFigures, figureById, figureId, figureNamed, figurePath, type EmbeddableFigure } from '~lib/site/figures';

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
    expect(embeddableFigures().map((f) => f.name)).toEqual(['training-lab', 'shortcut-ablation', 'gradient-flow', 'flops-explorer']);
    expect(embeddableFigures()).toEqual(allFigures().filter((f) => f.embed));
  });

  it('each have an embed page under its name, a title of its own and an example state in URL parameters', () => {
    const embeds = embeddableFigures();
    expect(new Set(embeds.map((f) => f.embed.title)).size).toBe(embeds.length);
    for (const figure of embeds) {
      expect(embedPath(figure)).toBe(`embed/${figure.name}/`);
      expect(figure.embed.exampleState).toMatch(/^[a-z]+-[\w-]+=/);
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

import { describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from '../support/svg-snapshot';
import { recordedLayerResponses } from '~lib/recorded/layer-responses';
import { tableMarkup } from '~viz/data-table';
import { layerResponsesScene, layerResponsesTable } from '~viz/layer-responses-figure';
import { toMarkup } from '~viz/svg';


describe('the layer-responses figure', () => {
  it('matches its committed SVG snapshot', async () => {
    await expectSvgSnapshot(toMarkup(layerResponsesScene(recordedLayerResponses())), 'layer-responses');
    await expectSvgSnapshot(toMarkup(layerResponsesScene(recordedLayerResponses(), 'narrow')), 'layer-responses-narrow');
  });

  it('draws one line per recorded net, plain dashed and residual solid', () => {
    const record = recordedLayerResponses();
    const svg = toMarkup(layerResponsesScene(record));
    for (const net of record.nets) {
      const dashed = new RegExp(`data-series="${net.id}"><path d="M[^"]+" fill="none" class="series__line"( stroke-dasharray="6 4")?`).exec(svg);
      expect(dashed).not.toBeNull();
      expect(dashed?.[1] !== undefined).toBe(!net.residual);
    }
  });

  it('gives plain and residual nets their role colours and deeper nets a thicker depth step', () => {
    const record = recordedLayerResponses();
    const svg = toMarkup(layerResponsesScene(record));
    const depths = [...new Set(record.nets.map((n) => n.depth))].sort((a, b) => a - b);
    for (const net of record.nets) {
      const step = depths.length === 1 ? 3 : 1 + Math.round((2 * depths.indexOf(net.depth)) / (depths.length - 1));
      expect(svg).toContain(`<g class="series role-${net.residual ? 'residual' : 'plain'} depth-${step}" data-series="${net.id}">`);
    }
  });

  it('has a row per net and unit with the raw std in data-std', () => {
    const record = recordedLayerResponses();
    const html = tableMarkup(layerResponsesTable(record));
    const total = record.nets.reduce((n, net) => n + net.std.length, 0);
    expect(html.match(/<tr data-net="/g)).toHaveLength(total);
    expect(html).toContain(`data-net="residual-56" data-unit="1" data-std="${record.nets.find((n) => n.id === 'residual-56')?.std[0]}"`);
  });
});

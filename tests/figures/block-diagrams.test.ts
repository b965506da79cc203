import { describe, expect, it } from 'vitest';
import { expectSvgSnapshot } from '../support/svg-snapshot';
import { blockCost, formatShape } from '~lib/arch';
import { activationPlacementUnits, blockComparisonUnits, shortcutOptionUnits, shortcutVariantUnits } from '~lib/diagrams/figures';
import { activationPlacements, placementKeys } from '~lib/arch/placements';
import { shortcutKinds } from '~lib/arch/shortcuts';
import { formatCell, paperTable, tableCell } from '~lib/papers';
import { figureId } from '~lib/site/figures';
import { BLOCK_FIGURES, placementFocusScene, type BlockFigureName } from '~viz/block-figures';
import { tableMarkup } from '~viz/data-table';
import { toMarkup } from '~viz/svg';

const names = Object.keys(BLOCK_FIGURES) as BlockFigureName[];

describe('block diagrams', () => {
  it.each(names)('%s matches its committed SVG snapshot', async (name) => {
    await expectSvgSnapshot(BLOCK_FIGURES[name].art(), `block-${name}`);
  });

  it.each(names)('%s has an accessible title and description and a data table with one row per unit', (name) => {
    const art = BLOCK_FIGURES[name].art();
    expect(art).toMatch(/<svg [^>]*role="img" aria-labelledby="([^ "]+-title) ([^ "]+-desc)"/);
    expect(art).toMatch(/<title id="[^"]+-title">[^<]{10,}<\/title><desc id="[^"]+-desc">[^<]{40,}<\/desc>/);
    const table = BLOCK_FIGURES[name].table();
    expect(tableMarkup(table).match(/<tr data-unit=/g)?.length).toBe(table.rows.length);
  });

  it('draws the six P2 Fig. 2 variants in panel order from the shortcut registry, with P2 Table 1 errors from the papers module', () => {
    const units = shortcutVariantUnits();
    expect(units.map((u) => u.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(units.map((u) => u.title.slice(4))).toEqual(Object.values(shortcutKinds).filter((k) => k.panel).map((k) => k.label));
    expect(units[0]?.shortcut).toEqual([]);
    for (const u of units.slice(1)) expect(u.shortcut?.length).toBeGreaterThan(0);
    const column = paperTable('p2-table-1').columns.find((c) => c.key === 'error');
    for (const r of units.flatMap((u) => u.results)) {
      const cell = tableCell('p2-table-1', r.row, 'error');
      expect(r.text).toBe(formatCell(cell, column) + (cell.kind === 'number' ? ' %' : ''));
    }
  });

  it('draws the five P2 Fig. 4 placements from the placement registry: the same six boxes, moved', () => {
    const units = activationPlacementUnits();
    expect(units.map((u) => u.id)).toEqual(placementKeys.map((k) => activationPlacements[k].panel));
    for (const [i, u] of units.entries()) {
      const p = activationPlacements[placementKeys[i]!];
      expect(u.branch.map((o) => o.kind)).toEqual(p.branch);
      expect(u.afterAdd.map((o) => o.kind)).toEqual(p.afterAdd);
      expect([...u.branch, ...u.afterAdd].map((o) => o.key).sort()).toEqual(['act-1', 'act-2', 'bn-1', 'bn-2', 'weight-1', 'weight-2']);
      expect(u.results.map((r) => r.column)).toEqual(['resnet110', 'resnet164']);
    }
    const post = toMarkup(placementFocusScene('original', figureId('activation-placements')));
    const pre = toMarkup(placementFocusScene('fullPreact', figureId('activation-placements')));
    const where = (svg: string, key: string) => new RegExp(`data-key="${key}" transform="([^"]+)"`).exec(svg)?.[1];
    expect(where(post, 'act-2')).not.toBe(where(pre, 'act-2'));
  });

  it('takes shapes and multiply-adds for P1’s blocks from the cost model', () => {
    const units = blockComparisonUnits();
    blockCost(56).forEach((row, i) => expect(units[i]?.notes[0]).toBe(`${(row.macs / 1e6).toFixed(1)} M multiply-adds`));
    const [identity, a, b, c] = shortcutOptionUnits();
    expect([identity?.input, identity?.output]).toEqual(['56×56×64', '56×56×64']);
    expect([a?.input, a?.output]).toEqual(['56×56×64', formatShape({ height: 28, width: 28, channels: 128 })]);
    expect(a?.shortcut?.[0]?.detail).toBe('+64 zero channels');
    expect(b?.shortcut?.[0]?.label).toBe('W_s: 1×1, 128, /2');
    expect(c?.shortcut?.[0]?.label).toBe('W_s: 1×1, 128');
    expect([a, b, c].map((u) => u?.results[0]?.row)).toEqual(['resnet-34-a', 'resnet-34-b', 'resnet-34-c']);
  });
});

import { describe, expect, it } from 'vitest';
import { shortcutAblation } from '~lib/ablation/setup';
import { summarise } from '~lib/ablation/summary';
import { recordedAblation } from '~lib/recorded/ablation';
import { tableCell } from '~lib/papers';
import { ablationChart, ablationTable } from '~viz/ablation-figure';
import { tableMarkup } from '~viz/data-table';
import { toMarkup } from '~viz/svg';
import { expectSvgSnapshot } from '../support/svg-snapshot';

describe('ablation figure', () => {
  it('marks the table rows with raw data-variant, data-paper-error and data-lab-loss values', () => {
    const rows = summarise(shortcutAblation, recordedAblation('shortcuts'));
    const html = tableMarkup(ablationTable(rows, 'test'));
    expect(html).toContain('data-variant="dropout" data-paper-error="fail"');
    expect(html).toContain(`data-variant="identity" data-paper-error="${tableCell('p2-table-1', 'original', 'error').kind === 'number' ? (tableCell('p2-table-1', 'original', 'error') as { value: number }).value : ''}"`);
    expect(html).toMatch(/data-lab-loss="[0-9.e-]+"/);
  });

  it('draws the recorded shortcut ablation as a chart with one series per variant', async () => {
    const record = recordedAblation('shortcuts');
    const svg = toMarkup(ablationChart('fig-shortcut-ablation', summarise(shortcutAblation, record), record.steps, 'shortcut'));
    expect(svg.match(/data-series=/g)).toHaveLength(shortcutAblation.variants.length);
    // The baseline (identity shortcut) is the residual net; no other variant takes its colour.
    expect(shortcutAblation.variants[0]?.id).toBe('identity');
    expect(svg.match(/class="series role-residual"/g)).toHaveLength(1);
    expect(svg).toContain('<g class="series role-residual" data-series="identity">');
    await expectSvgSnapshot(svg, 'shortcut-ablation');
    // Its labels are too long for the right margin: every variant is named in the legend, at both widths.
    const narrow = toMarkup(ablationChart('fig-shortcut-ablation', summarise(shortcutAblation, record), record.steps, 'shortcut', 'narrow'));
    for (const markup of [svg, narrow]) {
      expect(markup.match(/<g class="series legend__item role-[a-z0-9-]+"/g)).toHaveLength(shortcutAblation.variants.length);
    }
    await expectSvgSnapshot(narrow, 'shortcut-ablation-narrow');
  });
});

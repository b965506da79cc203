/**
 * No URL can put unbounded text or control characters into a figure's notes (or the live regions
 * that read them): the URL-state parser bounds every raw value once, for all four figures.
 */
import { describe, expect, test } from 'vitest';
import { ablationSetups } from '~lib/ablation/setup';
import { parseAblationQuery } from '~lib/ablation/state';
import { EXPLORER_PARAM, parseExplorerQuery } from '~lib/arch/explorer-state';
import { parseGradientFlowQuery } from '~lib/gradient-flow/state';
import { parseLabQuery } from '~lib/training-lab/lab-state';

describe('no URL can put unbounded text or control characters into a note', () => {
  const evil = `${'x'.repeat(100_000)}\u202e\u0000\u001b`;
  const cases: [string, () => string[]][] = [
    ['training lab', () => parseLabQuery(new URLSearchParams({ 'lab-optimizer': evil, 'lab-lr': evil })).notes],
    ['ablation lab', () => parseAblationQuery(new URLSearchParams({ 'abl-guess': evil, 'abl-seeds': evil }).toString(), ablationSetups.shortcuts).notes],
    ['gradient flow', () => parseGradientFlowQuery(new URLSearchParams({ 'gf-kind': evil, 'gf-L': evil }).toString()).notes],
    ['FLOPs explorer', () => parseExplorerQuery(new URLSearchParams({ [EXPLORER_PARAM]: evil }).toString()).notes],
  ];
  for (const [name, notesOf] of cases) {
    test(name, () => {
      const notes = notesOf();
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) {
        expect(note.length).toBeLessThan(200);
        // eslint-disable-next-line no-control-regex -- looking for the control characters fed in
        expect(note).not.toMatch(/[\u0000-\u001f\u202e]/);
      }
    });
  }
});

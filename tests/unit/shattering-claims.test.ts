import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { depthBelow, medianAt, shatteringFinding } from '~lib/later-work/shattering-words';
import { smootherAtDepth } from '~lib/later-work/shattering';
import { recordedShattering } from '~lib/recorded/shattering';

// What chapter 6 says about the recorded shattering measurement (issue 17), checked against the
// record. A re-recording that changes these facts fails here, and the prose must change with it.
const record = recordedShattering();
const chapter = readFileSync(new URL('../../content/chapters/identity-propagation.mdx', import.meta.url), 'utf8');
const two = (x: number) => x.toFixed(2).replace('-', '−');

describe('chapter 6’s later-work section on shattered gradients, against the recording', () => {
  it('is five initialisations of 256 points at 2 to 56 layers, plus the recorded trained pair', () => {
    expect(record.seeds).toBe(5);
    expect(record.points).toBe(256);
    expect(record.depths).toEqual([2, 8, 14, 20, 32, 44, 56]);
    expect(record.trained).toMatchObject({ source: 'recorded', depth: 56, step: 600 });
  });

  it('the plain nets: 0.29 at 8 layers, below 0.1 from 14 layers on', () => {
    expect(two(medianAt(record, 'plain', 8))).toBe('0.29');
    expect(depthBelow(record, 'plain', 0.1)).toBe(14);
    expect(chapter).toContain('0.29 at 8 layers and stays below 0.1 from 14 layers on');
  });

  it('the residual nets fall more slowly but fall: 0.75, 0.53, 0.37 at 8, 14, 20; 0.06 and 0.11 at 44 and 56', () => {
    const said = [8, 14, 20, 44, 56].map((d) => two(medianAt(record, 'residual', d)));
    expect(said).toEqual(['0.75', '0.53', '0.37', '0.06', '0.11']);
    expect(chapter).toContain('(0.75 at 8 layers, 0.53 at 14, 0.37 at 20)');
    expect(chapter).toContain('to 0.06 and 0.11 at 44 and 56\nlayers');
    for (const d of record.depths.filter((d) => d > 2)) expect(medianAt(record, 'residual', d)).toBeGreaterThan(medianAt(record, 'plain', d));
    expect(smootherAtDepth(record)).toBe('residual');
  });

  it('after training: residual-56 0.78, plain-56 −0.15', () => {
    expect([two(record.trained!.residual), two(record.trained!.plain)]).toEqual(['0.78', '−0.15']);
    expect(chapter).toContain('smooth gradient again (0.78)');
    expect(chapter).toContain('still looks like noise (−0.15)');
  });

  it('the figure’s notes say the same, from the same record', () => {
    const finding = shatteringFinding(record);
    expect(finding).toContain('below 0.1 from 14 layers on');
    expect(finding).toContain('0.75 at 8, 0.53 at 14, 0.37 at 20');
  });
});

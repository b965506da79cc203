import { describe, expect, it } from 'vitest';
import { parseArgs, SECTIONS } from '../../src/scripts/bench/args.ts';

describe('bench flags', () => {
  it('measure every section, every page and five full-lab runs by default', () => {
    const o = parseArgs([]);
    expect(o.quick).toBe(false);
    expect(o.sections).toEqual([...SECTIONS]);
    expect(o.labRuns).toBe(5);
    expect(o.rounds).toBeGreaterThanOrEqual(5);
    expect(o.out).toBe('bench/results.json');
  });

  it('make --quick run the full lab once', () => {
    expect(parseArgs(['--quick']).labRuns).toBe(1);
    expect(parseArgs(['--quick', '--lab-runs=3']).labRuns).toBe(3);
  });

  it('combine --only and --skip', () => {
    expect(parseArgs(['--only=bytes,lighthouse,training', '--skip=lighthouse']).sections).toEqual([
      'bytes',
      'training',
    ]);
  });

  it('measure dist/ unless --dist names another build, which needs the build section skipped', () => {
    expect(parseArgs([]).dist).toBe('dist');
    expect(parseArgs(['--only=lab', '--dist=dist-pool']).dist).toBe('dist-pool');
    expect(() => parseArgs(['--dist=dist-pool'])).toThrow(/--skip=build/);
  });

  it('reject unknown flags, sections and bad counts with a message', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown flag --fast/);
    expect(() => parseArgs(['--skip=pdf'])).toThrow(/unknown "pdf"/);
    expect(() => parseArgs(['--rounds=0'])).toThrow(/integer ≥ 1/);
    expect(() => parseArgs(['--full-lab=gpu'])).toThrow(/unknown "gpu"/);
    expect(() => parseArgs(['quick'])).toThrow(/unknown argument/);
  });
});

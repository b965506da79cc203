import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../src/scripts/bench/budgets.ts';
import type { BenchResults } from '../../src/scripts/bench/results.ts';
import type { LighthouseResult } from '../../src/scripts/bench/lighthouse.ts';
import { renderReport } from '../../src/scripts/bench/report.ts';
import { parseArgs } from '../../src/scripts/bench/args.ts';

const one = (v: number) => ({ median: v, min: v, max: v, n: 1 });
const mobile = (path: string, performance: number, cls: number): LighthouseResult => ({
  path,
  formFactor: 'mobile',
  performance: one(performance),
  accessibility: one(100),
  bestPractices: one(100),
  seo: one(100),
  lcpMs: one(1500),
  tbtMs: one(0),
  siMs: one(2700),
  observedFirstPaintMs: one(400),
  cls: one(cls),
  failing: [],
  warnings: [],
});

const base: Omit<BenchResults, 'budgets'> = {
  meta: {
    date: '2026-01-01T00:00:00.000Z',
    node: 'v24',
    chromium: null,
    lighthouse: '12.2.3',
    cpus: 2,
    loadAverage: { start: 1, end: 1 },
    options: parseArgs([]),
    durationMs: 1000,
  },
  build: {
    astroBuildMs: 30_000,
    dist: { pages: 12, bytes: 1, files: 1 },
    pdf: { status: 'not available', reason: 'no script' },
  },
  pages: null,
  lighthouse: [mobile('/', 99, 0.0001), mobile('/chapters/a/', 90, 0.02)],
  training: null,
  lab: null,
  skipped: [],
};

const byName = (name: string) => checkBudgets(base).find((b) => b.name === name)!;

describe('bench budgets', () => {
  it('name the pages that miss a Lighthouse budget', () => {
    expect(byName('Lighthouse mobile performance')).toMatchObject({ status: 'not met', actual: '90 on /chapters/a/' });
    expect(byName('Lighthouse mobile accessibility').status).toBe('met');
  });

  it('count a CLS that Lighthouse shows as 0.000 as zero, and a visible one as a miss', () => {
    expect(byName('Lighthouse mobile CLS')).toMatchObject({ status: 'not met', actual: '0.020 on /chapters/a/' });
  });

  it('leave build plus PDF unjudged without a PDF export unless the build alone is over', () => {
    expect(byName('build + PDF export').status).toBe('not measured');
    const slow = { ...base, build: { ...base.build!, astroBuildMs: 130_000 } };
    expect(checkBudgets(slow).find((b) => b.name === 'build + PDF export')!.status).toBe('not met');
  });

  it('say "not measured" for sections that did not run, never a number', () => {
    expect(byName('no long task while a lab trains')).toMatchObject({ status: 'not measured', actual: '—' });
  });

  it('judge the default lab’s wall time on WASM in the lab island against 30 s, and show the pool’s speed-up', () => {
    const name = 'full default lab on WASM (lab island, nets in parallel workers)';
    expect(byName(name)).toMatchObject({ status: 'not measured', actual: '—' });
    const lab = (ms: number): Omit<BenchResults, 'budgets'> => ({
      ...base,
      lab: {
        status: 'measured',
        path: '/chapters/degradation-problem/',
        missing: [],
        notes: [],
        backends: [
          { requested: 'wasm', active: 'wasm', fullLabMs: one(ms), workers: 3, oneWorkerMs: one(2.5 * ms), speedup: one(2.5), longestTaskMs: 20, msPerStep: null },
        ],
      },
    });
    expect(checkBudgets(lab(25_000)).find((b) => b.name === name)).toMatchObject({ status: 'met', actual: '25.0 s median in 3 workers; 2.50× one worker\'s' });
    expect(checkBudgets(lab(31_000)).find((b) => b.name === name)!.status).toBe('not met');
    const report = renderReport({ ...lab(25_000), budgets: checkBudgets(lab(25_000)) });
    expect(report).toContain('| wasm | wasm | 3 | 25000 ms | 62500 ms | 2.50× | 20 ms |');
  });

  it('judge the CNN lab’s ResNet-20 step on WASM against 150 ms, check the tensor counts and list every row in the report', () => {
    const node = 'CNN lab: one step of ResNet-20 (batch 64, 8×8 inputs) on WASM in Node';
    const inChromium = 'CNN lab: one step of ResNet-20 (batch 64, 8×8 inputs) on WASM in Chromium (where the lab runs)';
    const flat = 'CNN lab: tensor count flat over timed steps and over a whole quick run';
    expect(byName(node)).toMatchObject({ status: 'not measured', actual: '—' });
    expect(byName(flat)).toMatchObject({ status: 'not measured', actual: '—' });
    const row = { id: 'resnet-20', net: 'ResNet-20', widths: '8/16/32' } as const;
    const cnn = (ms: number, leak = 0): Omit<BenchResults, 'budgets'> => ({
      ...base,
      cnn: {
        plan: { rounds: 5, steps: 5, rowBudgetMs: 8000 },
        asset: { path: 'public/data/digits-8x8.bin', images: 1797, bytes: 116817, gzipBytes: 43873 },
        backends: [
          {
            where: 'Node',
            requested: 'wasm',
            status: 'measured',
            active: 'wasm',
            rows: [{ ...row, backend: 'wasm', conv: 'ours', msPerStep: one(ms), sampled: { rounds: 5, steps: 5 }, tensors: { before: 10, after: 10 + leak } }],
            quickLab: { nets: ['plain-8', 'resnet-8'], steps: 300, ms: 90_000, tensors: { before: 3, after: 3 } },
            estimates: { quickStepsMs: 60_000, fullStepsMs: 400_000, overhead: 1.5, fullMs: 600_000, standIns: [] },
          },
          {
            where: 'Chromium',
            requested: 'webgl',
            status: 'measured',
            active: 'webgl',
            device: 'ANGLE (SwiftShader Device)',
            rows: [
              { ...row, backend: 'webgl', conv: 'ours', msPerStep: one(900), sampled: { rounds: 1, steps: 1 }, oursOverTfjs: one(0.9), tensors: { before: 4, after: 4 } },
              { ...row, backend: 'webgl', conv: 'tfjs', error: 'out of memory' },
            ],
            quickLab: null,
            estimates: null,
          },
          { where: 'Chromium', requested: 'webgpu', status: 'did not start', active: 'cpu', rows: [], quickLab: null, estimates: null },
        ],
      },
    });
    expect(checkBudgets(cnn(120)).find((b) => b.name === node)).toMatchObject({ status: 'met', actual: '120 ms (widths 8/16/32)' });
    expect(checkBudgets(cnn(360)).find((b) => b.name === node)!.status).toBe('not met');
    expect(checkBudgets(cnn(120)).find((b) => b.name === inChromium)!.status).toBe('not measured');
    expect(checkBudgets(cnn(120)).find((b) => b.name === flat)).toMatchObject({ status: 'met', actual: 'flat in 3 measurements' });
    expect(checkBudgets(cnn(120, 2)).find((b) => b.name === flat)).toMatchObject({ status: 'not met', actual: 'Node wasm ResNet-20 ours: 10 → 12' });
    const report = renderReport({ ...cnn(120), budgets: checkBudgets(cnn(120)) });
    expect(report).toContain('| Node | wasm | ResNet-20 | ours (matMul) | 120 | 1 + 4 × 5 | — | 10 → 10 |');
    expect(report).toContain('| Chromium | webgl (SwiftShader: software) | ResNet-20 | tf.conv2d | failed: out of memory | — | — | — |');
    expect(report).toContain('| Chromium | webgpu | * | — | did not start (tfjs fell back to cpu) | — | — | — |');
    expect(report).toContain('ours faster on every net (ResNet-20 0.90×)');
    expect(report).toContain('| Node | wasm | 90.0 s | 3 → 3 | 60.0 s | 1.50× | 600.0 s |');
    expect(report).toContain('116817 bytes raw, 43873 bytes gzipped');
  });

  it('render every budget into the Markdown report', () => {
    const report = renderReport({ ...base, budgets: checkBudgets(base) });
    for (const b of checkBudgets(base)) expect(report).toContain(`| ${b.name} |`);
    // Speed Index sits beside the first paint of the load Lighthouse watched, which it is partly estimated from.
    expect(report).toContain('| / | mobile | 99 | 100 | 100 | 100 | 1500 ms | 0 ms | 2700 ms | 400 ms | 0.000 |');
    expect(report).toContain('| /chapters/a/ | mobile | 90 |');
  });
});

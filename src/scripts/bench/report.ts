/**
 * results.json → Markdown: one table per section, the same numbers as the JSON. Pure.
 */
import type { BenchResults } from './results.ts';
import type { Summary } from './stats.ts';
import type { Bytes } from './page-bytes.ts';
import type { BackendTiming } from './training/measure.ts';
import { cnnReport } from './training/cnn-report.ts';
import { landscapeReport } from './training/landscape.ts';

/** A Markdown table from a header row and body rows. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const digits = (v: number) =>
  Number.isInteger(v) ? String(v) : Math.abs(v) >= 100 ? v.toFixed(0) : Math.abs(v) >= 10 ? v.toFixed(1) : v.toFixed(2);

/** "12.3 (10.1–15.2)": median with min–max; just the median when there was one sample. */
export function spread(s: Summary | null | undefined, unit = ''): string {
  if (!s) return '—';
  const median = `${digits(s.median)}${unit}`;
  return s.n > 1 ? `${median} (${digits(s.min)}–${digits(s.max)})` : median;
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

function buildTable(r: BenchResults): string {
  const b = r.build!;
  const pdf =
    b.pdf.status === 'measured'
      ? `${seconds(b.pdf.ms)}, ${kb(b.pdf.bytes)} KB (${b.pdf.files.length} files)`
      : `${b.pdf.status}: ${b.pdf.reason}`;
  return table(
    ['build', 'value'],
    [
      ['astro build (one run)', b.astroBuildMs === null ? 'not run (--no-build)' : seconds(b.astroBuildMs)],
      ['pages', String(b.dist.pages)],
      ['dist/', `${(b.dist.bytes / 1024 / 1024).toFixed(2)} MB in ${b.dist.files} files`],
      ['PDF export', pdf],
    ],
  );
}

const bytesCells = (x: Bytes) => [kb(x.html), kb(x.css), kb(x.js), kb(x.font), kb(x.other), kb(x.total)];

function pagesTable(r: BenchResults): string {
  return table(
    [
      'page',
      'HTML',
      'CSS',
      'JS',
      'fonts',
      'other',
      'initial',
      'later JS',
      'later fonts',
      'later other',
      'later total',
      'lab buttons pressed',
    ],
    r.pages!.map((p) => [
      p.path,
      ...bytesCells(p.initial),
      kb(p.later.js),
      kb(p.later.font),
      kb(p.later.other),
      kb(p.later.total),
      p.pressed.join(', ') || '—',
    ]),
  );
}

function lighthouseTable(r: BenchResults): string {
  return table(
    ['page', 'form', 'perf', 'a11y', 'best pr.', 'SEO', 'LCP', 'TBT', 'SI', 'first paint seen', 'CLS'],
    r.lighthouse!.map((l) => [
      l.path,
      l.formFactor,
      spread(l.performance),
      spread(l.accessibility),
      spread(l.bestPractices),
      spread(l.seo),
      spread(l.lcpMs, ' ms'),
      spread(l.tbtMs, ' ms'),
      spread(l.siMs, ' ms'),
      spread(l.observedFirstPaintMs, ' ms'),
      l.cls.median.toFixed(3),
    ]),
  );
}

function trainingTable(r: BenchResults): string {
  const t = r.training!;
  const all: [string, BackendTiming][] = [
    ...t.node.map((b) => ['Node', b] as [string, BackendTiming]),
    ...t.browser.map((b) => ['Chromium', b] as [string, BackendTiming]),
  ];
  const ids = [...new Set(all.flatMap(([, b]) => b.nets.map((n) => n.id)))];
  const rows = all.map(([where, b]) => {
    if (b.status !== 'measured')
      return [
        where,
        b.requested,
        ...ids.map(() => '—'),
        ...ids.map(() => '—'),
        `unavailable (tfjs fell back to ${b.active})`,
        '—',
        '—',
      ];
    const net = (id: string) => b.nets.find((n) => n.id === id);
    return [
      where,
      b.requested,
      ...ids.map((id) => spread(net(id)?.msPerStep)),
      ...ids.map((id) => spread(net(id)?.overhead, '×')),
      b.fullLabMs ? spread(b.fullLabMs, ' ms') : 'not run',
      b.longestTaskMs === null ? 'n/a' : `${b.longestTaskMs.toFixed(0)} ms`,
      b.batched ? `${spread(b.batched.speedup, '×')}` : '—',
    ];
  });
  const k = all.find(([, b]) => b.batched)?.[1].batched;
  return table(
    [
      'where',
      'backend',
      ...ids.map((id) => `${id} ms/step`),
      ...ids.map((id) => `${id} src/ml ÷ bare`),
      'full default lab',
      'longest task (full lab)',
      k ? `${k.k}× ${k.net}: separate ÷ batched` : 'batched',
    ],
    rows,
  );
}

function labTable(r: BenchResults): string {
  const lab = r.lab!;
  if (lab.status === 'lab not present')
    return `Lab island: **lab not present** on ${lab.path}. Missing: ${lab.missing.join('; ')}.`;
  const ids = [...new Set(lab.backends.flatMap((b) => Object.keys(b.msPerStep ?? {})))];
  const body = table(
    [
      'lab island backend',
      'active',
      'workers',
      'full default lab (parallel workers)',
      'one worker',
      'speed-up (one ÷ parallel)',
      'longest task',
      ...ids.map((id) => `${id} ms/step`),
    ],
    lab.backends.map((b) => [
      b.requested,
      b.active ?? 'not exposed',
      b.workers === null ? 'not exposed' : String(b.workers),
      spread(b.fullLabMs, ' ms'),
      spread(b.oneWorkerMs, ' ms'),
      spread(b.speedup, '×'),
      `${b.longestTaskMs.toFixed(0)} ms`,
      ...ids.map((id) => spread(b.msPerStep?.[id])),
    ]),
  );
  const notes = [...lab.notes, ...lab.missing.map((m) => `missing hook: ${m}`)];
  return notes.length ? `${body}\n\n${notes.map((n) => `- ${n}`).join('\n')}` : body;
}

function labPauseLines(r: BenchResults): string {
  const p = r.labPause!;
  if (p.status === 'not measured') return `Pause and Reset (${p.query}): not measured. ${p.notes.join('; ')}`;
  const lines = [
    `Pause and Reset on \`${p.query}\`, click to every worker's answer: Pause ${spread(p.pauseMs, ' ms')} (paused at steps ${p.pausedAtStep.join(', ')} of a ${p.chunkSteps}-step chunk), Reset ${spread(p.resetMs, ' ms')}.`,
    `The first chunk's slowest net trained for ${spread(p.chunkMs, ' ms')}: about what a pause waited for when workers read their messages only between chunks.`,
    ...p.notes.map((n) => `- ${n}`),
  ];
  return lines.join('\n\n');
}

function budgetTable(r: BenchResults): string {
  return table(
    ['budget', 'limit', 'actual', 'status', 'enforced by'],
    r.budgets.map((b) => [b.name, b.limit, b.actual, b.status, b.enforcedBy]),
  );
}

/** The whole report. */
export function renderReport(r: BenchResults): string {
  const m = r.meta;
  const parts = [
    `## Bench ${m.date}${m.options.quick ? ' (--quick)' : ''}`,
    `Node ${m.node}, ${m.chromium ?? 'no Chromium'}, Lighthouse ${m.lighthouse}, ${m.cpus} CPUs, load average ${m.loadAverage.start.toFixed(1)} → ${m.loadAverage.end.toFixed(1)}, ${seconds(m.durationMs)} in all.`,
  ];
  if (Math.max(m.loadAverage.start, m.loadAverage.end) > m.cpus) {
    parts.push(
      `**Busy machine**: the load average was above the ${m.cpus} CPUs. Timings, and Lighthouse's TBT and performance score (which scale the main-thread work it observes), come out higher and noisier than on a quiet machine.`,
    );
  }
  if (r.build) parts.push('### Build', buildTable(r));
  if (r.pages)
    parts.push(
      '### Page weight (KB gzipped; initial = before any interaction, later = scrolling to the bottom, then lab buttons)',
      pagesTable(r),
    );
  if (r.lighthouse) {
    const runs = r.lighthouse[0]?.performance.n ?? 0;
    parts.push(
      `### Lighthouse 12.2.3 (mobile = default Moto G emulation, desktop = desktop preset; ${runs === 1 ? 'one run' : `median (min–max) of ${runs} runs`})`,
      lighthouseTable(r),
    );
  }
  if (r.training) {
    const p = r.training.plan;
    parts.push(
      `### Training (default lab nets; ms/step = median (min–max) of ${p.rounds} interleaved rounds × ${p.stepsPerSample} steps; ratios per round)`,
      trainingTable(r),
    );
    if (r.training.fullLabSkipped.length)
      parts.push(`Full lab not run on: ${r.training.fullLabSkipped.join(', ')} (add with --full-lab=…).`);
  }
  if (r.lab) parts.push('### Training lab island', labTable(r));
  if (r.cnn) parts.push(...cnnReport(r.cnn));
  if (r.landscape) parts.push(...landscapeReport(r.landscape));
  if (r.labPause) parts.push(labPauseLines(r));
  parts.push('### Budgets', budgetTable(r));
  if (r.skipped.length) parts.push(r.skipped.map((s) => `- skipped: ${s}`).join('\n'));
  return parts.join('\n\n') + '\n';
}

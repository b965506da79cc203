/**
 * `npm run bench -- [flags]`: what to measure and how often. Pure, so it can be tested.
 */

/** The parts of the bench, in the order they run. */
export const SECTIONS = ['build', 'bytes', 'lighthouse', 'training', 'lab', 'cnn', 'landscape'] as const;
export type Section = (typeof SECTIONS)[number];

/** Where the full default lab is timed: `<node|browser>-<backend>`. */
export const FULL_LAB_TARGETS = ['node-wasm', 'node-cpu', 'browser-webgl', 'browser-wasm', 'browser-cpu'] as const;
export type FullLabTarget = (typeof FULL_LAB_TARGETS)[number];

/** Where the CNN lab's quick comparison is timed end to end: `<node|browser>-<backend>`. */
export const CNN_QUICK_TARGETS = ['node-wasm', 'browser-wasm', 'browser-webgl'] as const;
export type CnnQuickTarget = (typeof CNN_QUICK_TARGETS)[number];

/** The bench's options after defaults. */
export interface BenchOptions {
  /** Home and two chapters instead of every page; one full-lab run instead of five. */
  quick: boolean;
  sections: Section[];
  /** Run `npm run pdf` when it exists. */
  pdf: boolean;
  /** Interleaved rounds per training timing (median, min, max over these). */
  rounds: number;
  stepsPerSample: number;
  lighthouseRuns: number;
  labRuns: number;
  fullLab: FullLabTarget[];
  /** Backends to pick in the lab island ('default' = the lab's own choice). */
  labBackends: string[];
  /** K for batched vs separate runs. */
  k: number;
  /** Time one CNN timing row may take (ms; rounds and steps are cut to fit, never below one step). */
  cnnRowMs: number;
  /** Where to time the CNN lab's quick comparison end to end (empty: nowhere). */
  cnnQuickRun: CnnQuickTarget[];
  /** Port for the static server (0 = any free port). */
  port: number;
  /** The build to measure, relative to the repository (default dist/; another only without the build section). */
  dist: string;
  out: string;
}

/** The flags, for --help. */
export const USAGE = `npm run bench -- [flags]
  --quick                 home + 2 chapters, 1 full-lab run (default: every page, 5 runs)
  --only=a,b / --skip=a,b sections: ${SECTIONS.join(', ')}
                          (without build, the dist/ that is there is measured)
  --no-pdf                skip npm run pdf
  --rounds=N              rounds per training timing (default 5)
  --steps=N               training steps per timed sample (default 5)
  --lighthouse-runs=N     Lighthouse runs per page and form factor (default 1)
  --lab-runs=N            full default-lab runs (default 5, --quick 1)
  --full-lab=a,b          where to time the full lab: ${FULL_LAB_TARGETS.join(', ')} (default node-wasm,browser-wasm)
  --lab-backends=a,b      backends to choose in the lab island: default, webgl, wasm, cpu (default: default)
  --k=N                   K for batched vs separate runs (default 4; 0 skips)
  --cnn-row-ms=N          time per CNN net and backend, rounds cut to fit (default 8000, --quick 3000)
  --cnn-quick-run=a,b     where to time the CNN lab's quick run: ${CNN_QUICK_TARGETS.join(', ')} (default node-wasm; empty: nowhere)
  --port=N                static server port (default: a free one)
  --dist=DIR              measure the build in DIR instead of dist/ (with --skip=build)
  --out=FILE              JSON output (default bench/results.json)`;

const list = <T extends string>(value: string, allowed: readonly T[], flag: string): T[] => {
  const items = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const item of items)
    if (!allowed.includes(item as T)) throw new Error(`${flag}: unknown "${item}" (one of ${allowed.join(', ')})`);
  return items as T[];
};

const count = (value: string, flag: string, min: number): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} needs an integer ≥ ${min}, got "${value}"`);
  return n;
};

/** Options from command-line flags; throws with a readable message on a bad flag. */
export function parseArgs(argv: readonly string[]): BenchOptions {
  const flags = new Map<string, string>();
  for (const arg of argv) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument "${arg}"\n${USAGE}`);
    flags.set(m[1]!, m[2] ?? 'true');
  }
  const known = [
    'quick',
    'only',
    'skip',
    'no-pdf',
    'rounds',
    'steps',
    'lighthouse-runs',
    'lab-runs',
    'full-lab',
    'lab-backends',
    'k',
    'cnn-row-ms',
    'cnn-quick-run',
    'port',
    'dist',
    'out',
    'help',
  ];
  for (const name of flags.keys()) if (!known.includes(name)) throw new Error(`unknown flag --${name}\n${USAGE}`);
  const quick = flags.has('quick');
  let sections: Section[] = flags.has('only') ? list(flags.get('only')!, SECTIONS, '--only') : [...SECTIONS];
  if (flags.has('skip')) {
    const skip = list(flags.get('skip')!, SECTIONS, '--skip');
    sections = sections.filter((s) => !skip.includes(s));
  }
  if (flags.has('dist') && sections.includes('build'))
    throw new Error('--dist measures a build made elsewhere: add --skip=build (the build section writes dist/)');
  return {
    quick,
    sections,
    pdf: !flags.has('no-pdf'),
    rounds: flags.has('rounds') ? count(flags.get('rounds')!, '--rounds', 1) : 5,
    stepsPerSample: flags.has('steps') ? count(flags.get('steps')!, '--steps', 1) : 5,
    lighthouseRuns: flags.has('lighthouse-runs') ? count(flags.get('lighthouse-runs')!, '--lighthouse-runs', 1) : 1,
    labRuns: flags.has('lab-runs') ? count(flags.get('lab-runs')!, '--lab-runs', 0) : quick ? 1 : 5,
    fullLab: flags.has('full-lab')
      ? list(flags.get('full-lab')!, FULL_LAB_TARGETS, '--full-lab')
      : ['node-wasm', 'browser-wasm'],
    labBackends: flags.has('lab-backends')
      ? list(flags.get('lab-backends')!, ['default', 'webgl', 'wasm', 'cpu'], '--lab-backends')
      : ['default'],
    k: flags.has('k') ? count(flags.get('k')!, '--k', 0) : 4,
    cnnRowMs: flags.has('cnn-row-ms') ? count(flags.get('cnn-row-ms')!, '--cnn-row-ms', 1) : quick ? 3000 : 8000,
    cnnQuickRun: flags.has('cnn-quick-run') ? list(flags.get('cnn-quick-run')!, CNN_QUICK_TARGETS, '--cnn-quick-run') : ['node-wasm'],
    port: flags.has('port') ? count(flags.get('port')!, '--port', 0) : 0,
    dist: flags.get('dist') ?? 'dist',
    out: flags.get('out') ?? 'bench/results.json',
  };
}

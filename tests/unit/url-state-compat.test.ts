/**
 * Characterisation test of the four figures' URL state (training lab `lab-`, ablation lab `abl-`,
 * gradient flow `gf-`, FLOPs explorer `fx-`): course pages link to these URLs, so for every
 * parameter each figure accepts, valid, boundary, out-of-range and junk values must parse to the
 * same state with byte-identical notes and format to the same query as they did when the golden
 * file was written. The golden file (url-state-compat.golden.json, one case per line) was written
 * from the hand-written codecs before they moved onto src/lib/url-state, with
 * `URL_STATE_GOLDEN=write npx vitest run tests/unit/url-state-compat.test.ts`; never rewrite it to
 * make a change pass: a difference here is a link that now behaves differently. It was rewritten
 * once on purpose: every figure's notes now show a raw value as the training lab always did
 * (control characters removed, at most 24 characters), which changed the notes of 152 junk-value
 * cases and no state or query (issue 19, hardening item 4).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { ablationSetups, type AblationKind } from '~lib/ablation/setup';
import { ABL_PREFIX, defaultAblationState, formatAblationQuery, parseAblationQuery, type AblationState } from '~lib/ablation/state';
import {
  DEFAULT_EXPLORER_STATE,
  EXPLORER_MODELS,
  EXPLORER_PARAM,
  formatExplorerQuery,
  isExplorerModel,
  parseExplorerQuery,
  type ExplorerState,
} from '~lib/arch/explorer-state';
import {
  defaultGradientFlowState,
  formatGradientFlowQuery,
  GF_PREFIX,
  gradientFlowLimits,
  gradientFlowPresets,
  parseGradientFlowQuery,
  withGradientFlowQuery,
  type GradientFlowState,
} from '~lib/gradient-flow/state';
import { DEFAULT_LAB_STATE, formatLabQuery, LAB_LIMITS, LAB_OPTIMIZERS, LAB_PARAMS, parseLabQuery, type LabState } from '~lib/training-lab/lab-state';
import { shownValue } from '~lib/url-state/notes';
import { BACKEND_CHOICES } from '~lib/training-lab/lab-backends';

const GOLDEN = fileURLToPath(new URL('./url-state-compat.golden.json', import.meta.url));
const WRITE = process.env.URL_STATE_GOLDEN === 'write';

/** JSON loses -0; a state may hold it (gf-bg=-0), so it is spelled out. */
function encode(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (_k, v: unknown) => (Object.is(v, -0) ? '-0' : v)));
}

/** Only the fields that differ from `base`, so the golden file stays readable. */
function diff(state: object, base: object): Record<string, unknown> {
  const s = encode(state) as Record<string, unknown>;
  const b = encode(base) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(s), ...Object.keys(b)])) {
    if (JSON.stringify(s[key]) !== JSON.stringify(b[key])) out[key] = s[key] ?? null;
  }
  return out;
}

/** `f()`'s result, or a marker when it throws (the lab and explorer formatters validate). */
function attempt<T>(f: () => T): T | { throws: true } {
  try {
    return f();
  } catch {
    return { throws: true };
  }
}

// ---- the values fed to every parameter ----------------------------------------------------------

/** Junk and odd spellings any number may meet in a hand-edited or mangled link. */
const NUMBER_JUNK = [
  'abc', '', ' ', 'Infinity', '-Infinity', '+Infinity', 'infinity', 'NaN', 'null', 'true', '[]',
  '1e9', '-1e9', '1e999', '-1e999', '1e-9', '1e1', '2E1', '1e+1', '1e-1', '1e', 'e1', '.', '--1', '+-1',
  '0x10', '0X1A', '0b11', '0o7', '1_000', '5abc', '12px', '1,5', '１２', '٣',
  '\u0000', '1\u0000', '\u00075', '\u2028', '\u200b5', ' 20 ', '\t20\n', '+20', '-0', '+0', '0', '00', '007', '-1',
  '.5', '5.', '-.5', '0.05', '0.001', '0.0004', '0.0005', '0.1234', '20.0', '20.4', '20.5', '20.6', '21', '21.5', '-2.5', '-3.5',
  'x'.repeat(60), '<script>alert(1)</script>', '%41', '😀',
];

/** Values around a numeric parameter's limits: both ends, just outside, half-way steps. */
function boundaries(min: number, max: number): string[] {
  const mid = (min + max) / 2;
  return [min, max, min - 1, max + 1, min - 0.5, max + 0.5, min + 0.5, max - 0.5, min + 1, max - 1, mid, Math.round(mid), -max, 10 * max, min - 1e-9, max + 1e-9]
    .map(String);
}

/** Odd spellings of a word from a fixed list (`good` is one valid option). */
function wordJunk(good: string): string[] {
  return [
    good.toUpperCase(), good[0]!.toUpperCase() + good.slice(1), ` ${good} `, `${good} `, `\t${good}`, `${good}x`, `x${good}`, `${good}-`, `${good}\u0000`,
    '', ' ', 'abc', '__proto__', 'toString', 'constructor', 'hasOwnProperty', 'valueOf', '0', '1', 'null', 'undefined',
    'x'.repeat(60), '<b>x</b>', '\u0007bell', '\u2028', '😀',
  ];
}

/** On/off spellings. */
const FLAG_VALUES = ['1', '0', 'true', 'false', 'yes', 'no', 'TRUE', 'False', 'YES', 'No', ' 1 ', ' true', '', ' ', 'on', 'off', '2', '-1', '01', '1.0', '0x1', 'maybe', '\u0000', 'x'.repeat(60)];

/** A query holding one parameter with one value, encoded the way a browser would send it. */
const one = (name: string, value: string) => new URLSearchParams([[name, value]]).toString();

/** Raw spellings of one parameter that an encoder would never write but a hand-typed link may hold. */
function rawForms(name: string, valid: string, bad: string): string[] {
  return [
    name, `${name}=`, `${name}=+${valid}`, `${name}=%2B${valid}`, `${name}=%20${valid}%20`, `${name}=${valid}%`, `${name}=%zz`, `${name}=${valid}&`,
    `${name.toUpperCase()}=${valid}`, `${name}%3D${valid}`, `?${name}=${valid}`, `${name}=${valid}#frag`, `${name}=${valid};x=1`,
    `${name}=${valid}&${name}=${bad}`, `${name}=${bad}&${name}=${valid}`, `${name}=${valid}&${name}=${valid}`, `${name}=${bad}&${name}=${bad}&${name}=${valid}`,
    `${name}=${encodeURIComponent(bad)}&other=1`,
  ];
}

/** Every value worth feeding one parameter. */
function numberValues(min: number, max: number): string[] {
  return [...boundaries(min, max), ...NUMBER_JUNK];
}

// ---- the cases ----------------------------------------------------------------------------------

interface Case {
  /** Unique, stable name: figure (and fallback) plus the query. */
  id: string;
  /** What the current code does with it, JSON-ready. */
  run: () => unknown;
}

const cases = new Map<string, Case>();
const add = (id: string, run: () => unknown) => {
  if (!cases.has(id)) cases.set(id, { id, run });
};

// Training lab.
const LAB_FALLBACK: LabState = {
  ...DEFAULT_LAB_STATE,
  depth: 20,
  width: 8,
  optimizer: 'sgd',
  lr: 0.5,
  steps: 100,
  seed: 42,
  bn: !DEFAULT_LAB_STATE.bn,
  zeroInit: !DEFAULT_LAB_STATE.zeroInit,
  backend: 'wasm',
  autorun: true,
  failBackend: { backend: 'cpu', when: 'midrun' },
  workers: 3,
};
function labCase(query: string | URLSearchParams, fallback?: LabState) {
  const id = `lab${fallback ? '[fallback]' : ''} ${query.toString()}${typeof query === 'string' ? '' : ' (URLSearchParams)'}`;
  add(id, () => {
    const { state, notes } = fallback ? parseLabQuery(query, fallback) : parseLabQuery(query);
    return { state: diff(state, DEFAULT_LAB_STATE), notes, query: attempt(() => formatLabQuery(state)) };
  });
}
const labNumeric = ['depth', 'width', 'lr', 'steps', 'seed'] as const;
for (const key of labNumeric) {
  const name = LAB_PARAMS[key];
  const { min, max } = LAB_LIMITS[key];
  const extra = key === 'lr' ? ['0.00001', '1e-5', '9e-6', '0.000015', '0.03', '0.1', '1.0000001', '0.99999'] : key === 'depth' ? ['10', '11', '12', '13', '62', '63', '64', '65', '9', '8', '63.5', '62.5'] : [];
  for (const v of [...numberValues(min, max), ...extra]) labCase(one(name, v));
  for (const q of rawForms(name, String(DEFAULT_LAB_STATE[key]), 'abc')) labCase(q);
  for (const v of ['abc', '', '1e999', String(max + 1), String(min - 1), '13']) labCase(one(name, v), LAB_FALLBACK);
}
for (const [key, options] of [['optimizer', LAB_OPTIMIZERS], ['backend', BACKEND_CHOICES]] as const) {
  const name = LAB_PARAMS[key];
  for (const option of options) {
    labCase(one(name, option));
    for (const v of wordJunk(option)) labCase(one(name, v));
  }
  for (const q of rawForms(name, options[1]!, 'rmsprop')) labCase(q);
  for (const v of ['rmsprop', '', options[0]!.toUpperCase()]) labCase(one(name, v), LAB_FALLBACK);
}
for (const key of ['bn', 'zeroInit', 'autorun'] as const) {
  const name = LAB_PARAMS[key];
  for (const v of FLAG_VALUES) labCase(one(name, v));
  for (const q of rawForms(name, '1', 'maybe')) labCase(q);
  for (const v of ['maybe', '0', '1', '']) labCase(one(name, v), LAB_FALLBACK);
}
{
  const name = LAB_PARAMS.failBackend;
  const values = ['wasm', 'webgl', 'webgpu', 'cpu', 'auto', 'gpu', 'wasm-midrun', 'webgl-midrun', 'cpu-init', 'wasm-init', 'webgl-later', 'WASM', ' WebGL-Midrun ', 'wasm-', '-midrun', 'wasm-midrun-x', 'wasm--midrun', 'wasm_midrun', 'midrun', '', ' ', '__proto__', 'toString', 'x'.repeat(60), '\u0000wasm'];
  for (const v of values) labCase(one(name, v));
  for (const q of rawForms(name, 'wasm', 'gpu')) labCase(q);
  for (const v of ['gpu', 'wasm', '']) labCase(one(name, v), LAB_FALLBACK);
}
{
  const name = LAB_PARAMS.workers;
  const values = ['1', '2', '8', '15', '16', '17', '0', '-1', '1.5', '2.0', '1e1', '01', '007', ' 4 ', '+4', '0x2', 'abc', '', ' ', 'Infinity', '99999999999999999999', '１', '4\u0000', 'x'.repeat(60)];
  for (const v of values) labCase(one(name, v));
  for (const q of rawForms(name, '2', 'abc')) labCase(q);
  for (const v of ['abc', '2']) labCase(one(name, v), LAB_FALLBACK);
}
labCase('');
labCase('?');
labCase('&&&');
labCase('lab-depth=999&lab-width=1&lab-lr=5&lab-steps=100000&lab-seed=-3');
labCase('lab-depth=abc&lab-width=&lab-optimizer=rmsprop&lab-lr=0x10&lab-steps=Infinity&lab-seed=1e999&lab-backend=tpu&lab-autorun=maybe&lab-failbackend=gpu');
labCase('lab-workers=0&lab-failbackend=x&lab-autorun=x&lab-backend=x&lab-zeroinit=x&lab-bn=x&lab-seed=x&lab-steps=x&lab-lr=x&lab-optimizer=x&lab-width=x&lab-depth=x');
labCase('lab-depth=1&lab-depth=2&lab-seed=3&lab-seed=4&lab-seed=5&lab-workers=1&lab-workers=99');
labCase('?lab-depth=20&lab-width=8&lab-optimizer=momentum&lab-lr=0.01&lab-steps=100&lab-seed=7&lab-bn=0&lab-zeroinit=1&lab-backend=wasm&lab-autorun=1&lab-failbackend=webgl-midrun&lab-workers=2');
labCase('__proto__=1&constructor=2&lab-optimizer=__proto__&lab-seed=4&lab-seed=5');
labCase('lab-optimizer=SGD&lab-backend=WebGL&fx-model=resnet50&gf-L=54&abl-seeds=1&lab-foo=1&lab-=2');
labCase(new URLSearchParams({ 'lab-seed': `<script>alert(1)</script>\u0000\u2028${'x'.repeat(50)}`, 'lab-optimizer': 'SGD' }));
labCase('', LAB_FALLBACK);
labCase('lab-depth=x&lab-bn=x&lab-zeroinit=x&lab-autorun=x&lab-optimizer=x&lab-backend=x', LAB_FALLBACK);

// Lab formatting of states no URL parses to (hooks, odd learning rates, invalid states that throw).
const labStates: Record<string, Partial<LabState>> = {
  default: {},
  hooks: { autorun: true, failBackend: { backend: 'webgl', when: 'midrun' }, workers: 1 },
  'fail-init': { failBackend: { backend: 'wasm', when: 'init' } },
  'lr-tiny': { lr: 1e-5 },
  'lr-1e-7': { lr: 1e-7 },
  'lr-third': { lr: 1 / 3 },
  'lr-sum': { lr: 0.1 + 0.2 },
  'seed-big': { seed: 999_999 },
  'depth-odd': { depth: 11 },
  'depth-frac': { depth: 10.5 },
  'optimizer-bad': { optimizer: 'rmsprop' as LabState['optimizer'] },
  'workers-0': { workers: 0 },
  'workers-99': { workers: 99 },
  'bn-off': { bn: false, zeroInit: true, backend: 'cpu' },
};
for (const [name, change] of Object.entries(labStates)) {
  add(`lab format ${name}`, () => ({ query: attempt(() => formatLabQuery({ ...DEFAULT_LAB_STATE, ...change })) }));
}

// Ablation lab, for each set-up.
for (const kind of Object.keys(ablationSetups) as AblationKind[]) {
  const setup = ablationSetups[kind];
  const base = defaultAblationState(setup);
  const ablCase = (query: string) =>
    add(`abl[${kind}] ${query}`, () => {
      const { state, notes } = parseAblationQuery(query, setup);
      return { state: diff(state, base), notes, query: formatAblationQuery(state, setup) };
    });
  const limits = { seeds: [1, setup.seeds.length], steps: [setup.recordEvery, setup.steps] } as const;
  for (const key of ['seeds', 'steps'] as const) {
    const name = `${ABL_PREFIX}${key}`;
    const [min, max] = limits[key];
    for (const v of [...numberValues(min, max), '15', '25', '199', '201', '399', '401']) ablCase(one(name, v));
    for (const q of rawForms(name, String(base[key]), 'abc')) ablCase(q);
  }
  for (const v of FLAG_VALUES) ablCase(one(`${ABL_PREFIX}autorun`, v));
  for (const q of rawForms(`${ABL_PREFIX}autorun`, '1', 'maybe')) ablCase(q);
  for (const variant of setup.variants) {
    ablCase(one(`${ABL_PREFIX}guess`, variant.id));
    for (const v of wordJunk(variant.id).slice(0, 9)) ablCase(one(`${ABL_PREFIX}guess`, v));
  }
  for (const v of wordJunk('x').slice(9)) ablCase(one(`${ABL_PREFIX}guess`, v));
  for (const q of rawForms(`${ABL_PREFIX}guess`, setup.variants[1]!.id, 'nope')) ablCase(q);
  ablCase('');
  ablCase('abl-seeds=9&abl-steps=abc&abl-guess=nope&abl-autorun=maybe');
  ablCase('abl-guess=nope&abl-steps=1e9&abl-seeds=0&abl-autorun=TRUE');
  ablCase(`abl-autorun=1&abl-seeds=2&abl-steps=100&abl-guess=${setup.variants[0]!.id}&gf-L=54&lab-depth=20&abl-other=1`);

  // Formatting merges into the page's other parameters and drops stale abl- ones.
  const states: Record<string, Partial<AblationState>> = {
    default: {},
    all: { autorun: true, seeds: 1, steps: setup.recordEvery, guess: setup.variants[0]!.id },
    'guess-empty': { guess: '' },
    'guess-unknown': { guess: 'nope' },
    'out-of-range': { seeds: 99, steps: -5 },
    fraction: { steps: 12.5 },
    'autorun-only': { autorun: true },
  };
  const others = ['', '?', 'gf-L=54', '?gf-L=54&x=1', 'abl-seeds=1&abl-other=2&x=a+b', 'x=%20y&abl-guess=identity&z', '#h'];
  for (const [name, change] of Object.entries(states)) {
    for (const query of others) {
      add(`abl[${kind}] format ${name} into "${query}"`, () => ({ query: formatAblationQuery({ ...base, ...change }, setup, query) }));
    }
  }
}

// Gradient flow.
const GF_IDENTITY = gradientFlowPresets.identity;
function gfCase(query: string | URLSearchParams, defaults?: GradientFlowState) {
  const id = `gf${defaults ? '[identity]' : ''} ${query.toString()}${typeof query === 'string' ? '' : ' (URLSearchParams)'}`;
  add(id, () => {
    const { state, notes } = defaults ? parseGradientFlowQuery(query, defaults) : parseGradientFlowQuery(query);
    return { state: diff(state, defaultGradientFlowState), notes, query: formatGradientFlowQuery(state) };
  });
}
for (const key of Object.keys(gradientFlowLimits) as (keyof typeof gradientFlowLimits)[]) {
  const name = `${GF_PREFIX}${key}`;
  const { min, max, step } = gradientFlowLimits[key];
  const extra = key === 'lambda' ? ['0.05', '0.0004', '0.0005', '0.0015', '0.1235', '1.4999', '1.49951', '0.3333333'] : key === 'steps' ? ['5', '15', '25', '35', '37', '495', '496', '505', '-5'] : [];
  for (const v of [...numberValues(min, max), String(min + step), String(max - step), ...extra]) gfCase(one(name, v));
  for (const q of rawForms(name, String(defaultGradientFlowState[key]), 'abc')) gfCase(q);
  for (const v of ['abc', '', '1e999', String(max + 1)]) gfCase(one(name, v), GF_IDENTITY);
}
const gfChoices = {
  view: ['forward', 'backward'],
  kind: ['none', 'identity', 'scaling', 'exclusiveGate', 'shortcutGate', 'projection', 'dropout'],
  act: ['relu', 'identity'],
  branch: ['he', 'zero'],
} as const;
for (const [key, options] of Object.entries(gfChoices)) {
  const name = `${GF_PREFIX}${key}`;
  for (const option of options) {
    gfCase(one(name, option));
    for (const v of wordJunk(option).slice(0, 9)) gfCase(one(name, v));
  }
  for (const v of wordJunk('x').slice(9)) gfCase(one(name, v));
  for (const q of rawForms(name, options[0], 'teleport')) gfCase(q);
  for (const v of ['teleport', '']) gfCase(one(name, v), GF_IDENTITY);
}
gfCase('');
gfCase('gf-L=1e9&gf-lambda=-3');
gfCase('gf-L=7.4&gf-seed=abc&gf-kind=teleport&gf-act=gelu&gf-lambda=');
gfCase('gf-branch=x&gf-act=x&gf-kind=x&gf-view=x&gf-seed=x&gf-steps=x&gf-bg=x&gf-lambda=x&gf-L=x');
gfCase('gf-view=x&gf-L=1.5&gf-kind=x&gf-lambda=9&gf-bg=0.5&gf-act=x&gf-branch=x&gf-steps=7&gf-seed=-1');
gfCase('gf-view=forward&gf-L=12&gf-kind=identity&gf-lambda=1&gf-bg=-6&gf-act=relu&gf-branch=zero&gf-steps=0&gf-seed=1&lab-depth=20&gf-other=1');
gfCase(new URLSearchParams({ 'gf-L': ' 12 ', 'gf-kind': 'dropout' }));
gfCase('', GF_IDENTITY);
gfCase('gf-L=x&gf-view=x', GF_IDENTITY);
for (const [name, preset] of Object.entries(gradientFlowPresets)) add(`gf format preset ${name}`, () => ({ query: formatGradientFlowQuery(preset) }));
const gfStates: Record<string, Partial<GradientFlowState>> = {
  'lambda-sum': { lambda: 0.1 + 0.2 },
  'bg-negative-zero': { bg: -0 },
  'out-of-range': { L: 1000, steps: 7 },
};
for (const [name, change] of Object.entries(gfStates)) add(`gf format ${name}`, () => ({ query: formatGradientFlowQuery({ ...defaultGradientFlowState, ...change }) }));
for (const search of ['', '?', '?x=1', 'gf-L=3&x=1', '?lab-steps=200&gf-L=3&x=1', '?a=1&gf-kind=none&b=2&gf-zzz=1', 'x=a+b&y=%20', '?gf-L=3']) {
  add(`gf with "${search}"`, () => ({ query: withGradientFlowQuery(search, { ...defaultGradientFlowState, L: 12 }) }));
}

// FLOPs explorer.
const FX_FALLBACK: ExplorerState = { model: 'resnet50' };
function fxCase(query: string | URLSearchParams, fallback?: ExplorerState) {
  const id = `fx${fallback ? '[resnet50]' : ''} ${query.toString()}${typeof query === 'string' ? '' : ' (URLSearchParams)'}`;
  add(id, () => {
    const { state, notes } = fallback ? parseExplorerQuery(query, fallback) : parseExplorerQuery(query);
    return { state: diff(state, DEFAULT_EXPLORER_STATE), notes, query: attempt(() => formatExplorerQuery(state)) };
  });
}
for (const model of EXPLORER_MODELS) {
  fxCase(one(EXPLORER_PARAM, model));
  for (const v of wordJunk(model).slice(0, 9)) fxCase(one(EXPLORER_PARAM, v));
}
for (const v of [...wordJunk('x').slice(9), 'ResNet-50', 'resnet_50', 'RESNET 152', 'Plain-34', 'VGG-16', 'vgg-19', 'res-net-18', 'resnet50!', 'resnet５0', 'resnet\u000750', 'plain18', 'cifar-resnet110', 'alexnet', 'x'.repeat(39), 'x'.repeat(40), 'x'.repeat(41), `${'y'.repeat(39)}\u0000z`]) {
  fxCase(one(EXPLORER_PARAM, v));
}
for (const q of rawForms(EXPLORER_PARAM, 'resnet50', 'alexnet')) fxCase(q);
fxCase('');
fxCase('fx-model=resnet18&fx-model=vgg16&fx-model=alexnet');
fxCase(new URLSearchParams({ 'gf-L': '54', [EXPLORER_PARAM]: 'resnet101' }));
for (const v of ['', 'alexnet', 'ResNet-18', 'vgg16']) fxCase(one(EXPLORER_PARAM, v), FX_FALLBACK);
fxCase('', FX_FALLBACK);
for (const model of [...EXPLORER_MODELS, 'alexnet', 'ResNet-50']) add(`fx format ${model}`, () => ({ query: attempt(() => formatExplorerQuery({ model } as ExplorerState)) }));
for (const value of ['resnet50', 'ResNet-50', 'alexnet', '', 'toString', '__proto__']) add(`fx isExplorerModel ${value}`, () => ({ is: isExplorerModel(value) }));

// What the controls and other modules read: names, limits and defaults.
add('exports', () =>
  encode({
    LAB_PARAMS,
    LAB_LIMITS,
    LAB_OPTIMIZERS,
    DEFAULT_LAB_STATE,
    ABL_PREFIX,
    ablationDefaults: Object.fromEntries(Object.entries(ablationSetups).map(([k, s]) => [k, defaultAblationState(s)])),
    GF_PREFIX,
    gradientFlowLimits,
    defaultGradientFlowState,
    gradientFlowPresets,
    EXPLORER_PARAM,
    EXPLORER_MODELS,
    DEFAULT_EXPLORER_STATE,
  }),
);
for (const value of ['a\u0007b', 'x\u202eevil\u2066', 'x'.repeat(24), 'x'.repeat(25), `${'x'.repeat(23)}\u0000yz`, '\u2028\u2029\u0085', ' a ', '😀'.repeat(13)]) {
  add(`shownValue ${JSON.stringify(value)}`, () => ({ shown: shownValue(value) }));
}

// ---- the test -----------------------------------------------------------------------------------

const results = new Map([...cases.values()].map((c) => [c.id, encode(c.run())]));

if (WRITE) {
  const lines = [...results].map(([id, result]) => `${JSON.stringify(id)}: ${JSON.stringify(result)}`);
  writeFileSync(GOLDEN, `{\n${lines.join(',\n')}\n}\n`);
}

const golden = JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, unknown>;

describe('URL state stays as course links know it', () => {
  test('the golden file holds exactly these cases (none stale, none missing)', () => {
    expect(Object.keys(golden).sort()).toEqual([...results.keys()].sort());
  });

  const figureOf = (id: string) => id.split(/[ []/)[0];
  const figures = ['lab', 'abl', 'gf', 'fx', 'exports', 'shownValue'];
  test('every case belongs to one of the groups below', () => {
    expect([...results.keys()].filter((id) => !figures.includes(figureOf(id) ?? ''))).toEqual([]);
  });

  for (const figure of figures) {
    describe(figure, () => {
      const ids = [...results.keys()].filter((id) => figureOf(id) === figure);
      test.each(ids)('%s parses, notes and formats exactly as before', (id) => {
        expect(results.get(id)).toEqual(golden[id]);
      });
    });
  }
});

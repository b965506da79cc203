// P2 Tables 1–5, as printed (checked against facts.md by tests/unit/paper-tables.test.ts).
import { buildRows, fail, MISSING, num, text, type NumberMarks } from './cells';
import { formatCell } from './format';
import type { Column, NumberCell, PaperTable } from './types';

const n0 = (value: number) => num(value, 0);
const n1 = (value: number, marks?: NumberMarks) => num(value, 1, marks);
const n2 = (value: number, marks?: NumberMarks) => num(value, 2, marks);
const bold2 = (value: number) => n2(value, { bold: true });

const T1_COLUMNS = [
  { key: 'case', header: 'case', kind: 'text' },
  { key: 'fig', header: 'Fig.', kind: 'text' },
  { key: 'shortcut', header: 'on shortcut', kind: 'text' },
  { key: 'residual', header: 'on F', kind: 'text' },
  { key: 'error', header: 'error', kind: 'numeric', unit: '%' },
  { key: 'remark', header: 'remark', kind: 'text' },
] as const satisfies readonly Column[];

const EXCLUSIVE = ['exclusive gating', '2(c)', '1−g(x)', 'g(x)'] as const;
const SHORTCUT_ONLY = ['shortcut-only gating', '2(d)', '1−g(x)', n0(1)] as const;

/** P2 Table 1: what multiplies the shortcut and F in ResNet-110 on CIFAR-10, and the test error. */
export const P2_TABLE_1: PaperTable<(typeof T1_COLUMNS)[number]['key']> = {
  id: 'p2-table-1',
  paper: 'P2',
  number: 1,
  section: '3.1',
  caption: 'Shortcut variants of ResNet-110 on CIFAR-10',
  columns: T1_COLUMNS,
  rows: buildRows(T1_COLUMNS, [
    ['original', ['original', '2(a)', n0(1), n0(1), bold2(6.61), '']],
    ['scale-0-f1', ['constant scaling', '2(b)', n0(0), n0(1), fail(true), 'this is a plain net']],
    ['scale-0.5-f1', ['constant scaling', '2(b)', n1(0.5), n0(1), fail(true), '']],
    ['scale-0.5-f0.5', ['constant scaling', '2(b)', n1(0.5), n1(0.5), n2(12.35), '"frozen gating"']],
    ['excl-gate-b-0-to-5', [...EXCLUSIVE, fail(true), 'init b_g = 0 to −5']],
    ['excl-gate-b-6', [...EXCLUSIVE, n2(8.7), 'init b_g = −6']],
    ['excl-gate-b-7', [...EXCLUSIVE, n2(9.81), 'init b_g = −7']],
    ['shortcut-gate-b-0', [...SHORTCUT_ONLY, n2(12.86), 'init b_g = 0']],
    ['shortcut-gate-b-6', [...SHORTCUT_ONLY, n2(6.91), 'init b_g = −6']],
    ['conv-1x1', ['1×1 conv shortcut', '2(e)', '1×1 conv', n0(1), n2(12.22), '']],
    ['dropout', ['dropout shortcut', '2(f)', 'dropout 0.5', n0(1), fail(true), '']],
  ]),
  notes: [
    'ResNet-110 here has 54 two-layer units, with ReLU after every addition.',
    'Each error is the median of 5 runs.',
    'fail means test error above 20%.',
    'g(x) is a sigmoid gate from a 1×1 conv; b_g is its initial bias.',
  ],
};

const T2_COLUMNS = [
  { key: 'case', header: 'case', kind: 'text' },
  { key: 'fig', header: 'Fig.', kind: 'text' },
  { key: 'resnet110', header: 'ResNet-110', kind: 'numeric', unit: '%' },
  { key: 'resnet164', header: 'ResNet-164', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

/** P2 Table 2: where BN and ReLU sit in the unit, CIFAR-10 test error. */
export const P2_TABLE_2: PaperTable<(typeof T2_COLUMNS)[number]['key']> = {
  id: 'p2-table-2',
  paper: 'P2',
  number: 2,
  section: '4.1',
  caption: 'Placement of the activations, CIFAR-10 test error',
  columns: T2_COLUMNS,
  rows: buildRows(T2_COLUMNS, [
    ['original', ['original Residual Unit', '4(a)', n2(6.61), n2(5.93)]],
    ['bn-after-add', ['BN after addition', '4(b)', n2(8.17), n2(6.5)]],
    ['relu-before-add', ['ReLU before addition', '4(c)', n2(7.84), n2(6.14)]],
    ['relu-only-preact', ['ReLU-only pre-activation', '4(d)', n2(6.71), n2(5.91)]],
    ['full-preact', [text('full pre-activation', true), '4(e)', bold2(6.37), bold2(5.46)]],
  ]),
  notes: ['ResNet-164 stacks bottleneck units of 1×1, 3×3 and 1×1 convs.'],
};

const T3_COLUMNS = [
  { key: 'dataset', header: 'dataset', kind: 'text' },
  { key: 'network', header: 'network', kind: 'text' },
  { key: 'original', header: 'original unit', kind: 'numeric', unit: '%' },
  { key: 'preact', header: 'pre-activation unit', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

/** P2 Table 3: original vs. pre-activation units on CIFAR-10 and CIFAR-100. */
export const P2_TABLE_3: PaperTable<(typeof T3_COLUMNS)[number]['key']> = {
  id: 'p2-table-3',
  paper: 'P2',
  number: 3,
  section: '4.1',
  caption: 'Original vs. pre-activation units, CIFAR test error',
  columns: T3_COLUMNS,
  rows: buildRows(T3_COLUMNS, [
    ['cifar10-110-one-layer', ['CIFAR-10', 'ResNet-110 (1-layer skip)', n2(9.9), n2(8.91)]],
    ['cifar10-110', ['CIFAR-10', 'ResNet-110', n2(6.61), n2(6.37)]],
    ['cifar10-164', ['CIFAR-10', 'ResNet-164', n2(5.93), n2(5.46)]],
    ['cifar10-1001', ['CIFAR-10', 'ResNet-1001', n2(7.61), n2(4.92)]],
    ['cifar100-164', ['CIFAR-100', 'ResNet-164', n2(25.16), n2(24.33)]],
    ['cifar100-1001', ['CIFAR-100', 'ResNet-1001', n2(27.82), n2(22.71)]],
  ]),
  notes: ['ResNet-1001 stacks 333 bottleneck units, 111 for each feature-map size.'],
};

/** How P2 Table 4 prints a parameter count: millions with an 'M' suffix. */
export const P2_TABLE_4_PARAMS_COLUMN = {
  key: 'params',
  header: '# params',
  kind: 'numeric',
  cellSuffix: 'M',
} as const satisfies Column;

/** A pre-activation net of P2 Table 4 and the parameter count the table prints beside its name. */
export interface P2Table4Net {
  /** Weighted layers (9n+2 with bottleneck units). */
  readonly depth: 164 | 1001;
  /** Parameters in millions, as printed in the row label. */
  readonly params: NumberCell;
}

/** Parameter counts of P2 Table 4's nets, held once: the row labels below print them. */
export const P2_TABLE_4_NETS: readonly P2Table4Net[] = [
  { depth: 164, params: n1(1.7) },
  { depth: 1001, params: n1(10.2) },
];

/** "ResNet-164, pre-act (…M params)", the printed start of a P2 Table 4 row label. */
function preactLabel(depth: P2Table4Net['depth']): string {
  const net = P2_TABLE_4_NETS.find((n) => n.depth === depth);
  if (!net) throw new Error(`P2 Table 4 lists no ResNet-${depth}`);
  return `ResNet-${depth}, pre-act (${formatCell(net.params, P2_TABLE_4_PARAMS_COLUMN)} params)`;
}

const T4_COLUMNS = [
  { key: 'network', header: 'network', kind: 'text' },
  { key: 'cifar10', header: 'CIFAR-10', kind: 'numeric', unit: '%' },
  { key: 'cifar100', header: 'CIFAR-100', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

/** P2 Table 4: pre-activation ResNets on CIFAR-10/100 (the rows facts.md tabulates). */
export const P2_TABLE_4: PaperTable<(typeof T4_COLUMNS)[number]['key']> = {
  id: 'p2-table-4',
  paper: 'P2',
  number: 4,
  section: '5',
  caption: 'Pre-activation ResNets on CIFAR-10 and CIFAR-100, test error',
  columns: T4_COLUMNS,
  rows: buildRows(T4_COLUMNS, [
    ['preact-164', [preactLabel(164), n2(5.46), n2(24.33)]],
    [
      'preact-1001-batch-128',
      [
        `${preactLabel(1001)}, mini-batch 128`,
        n2(4.92, { meanStd: [4.89, 0.14] }),
        n2(22.71, { meanStd: [22.68, 0.22] }),
      ],
    ],
    [
      'preact-1001-batch-64',
      [`${preactLabel(1001)}, mini-batch 64`, n2(4.62, { bold: true, meanStd: [4.69, 0.2] }), MISSING],
    ],
  ]),
  notes: [
    'Brackets give mean±std over runs.',
    'Halving the mini-batch to 64 lowers the CIFAR-10 error of ResNet-1001.',
    '– means the table gives no value.',
  ],
};

/** One baseline entry the paper's Table 4 compares against, for one dataset. */
export interface P2Table4Baseline {
  /** Stable key, e.g. 'cifar10-highway'. */
  readonly key: string;
  /** Dataset the error is on. */
  readonly dataset: 'CIFAR-10' | 'CIFAR-100';
  /** Method as named in the table. */
  readonly method: string;
  /** Test error (%). */
  readonly error: NumberCell;
}

/** Baselines listed in P2 Table 4 (outside facts.md's tabulated rows, so not rendered by default). */
export const P2_TABLE_4_BASELINES: readonly P2Table4Baseline[] = [
  { key: 'cifar10-resnet-110', dataset: 'CIFAR-10', method: 'ResNet-110', error: n2(6.61) },
  { key: 'cifar10-resnet-1202', dataset: 'CIFAR-10', method: 'ResNet-1202', error: n2(7.93) },
  { key: 'cifar10-highway', dataset: 'CIFAR-10', method: 'Highway', error: n2(7.72) },
  { key: 'cifar10-elu', dataset: 'CIFAR-10', method: 'ELU', error: n2(6.55) },
  { key: 'cifar10-fitresnet-lsuv', dataset: 'CIFAR-10', method: 'FitResNet/LSUV', error: n2(5.84) },
  { key: 'cifar100-resnet-164', dataset: 'CIFAR-100', method: 'ResNet-164', error: n2(25.16) },
  { key: 'cifar100-resnet-1001', dataset: 'CIFAR-100', method: 'ResNet-1001', error: n2(27.82) },
  { key: 'cifar100-highway', dataset: 'CIFAR-100', method: 'Highway', error: n2(32.39) },
  { key: 'cifar100-elu', dataset: 'CIFAR-100', method: 'ELU', error: n2(24.28) },
];

const T5_COLUMNS = [
  { key: 'method', header: 'method', kind: 'text' },
  { key: 'augmentation', header: 'augmentation', kind: 'text' },
  { key: 'trainCrop', header: 'train crop', kind: 'numeric' },
  { key: 'testCrop', header: 'test crop', kind: 'numeric' },
  { key: 'top1', header: 'top-1', kind: 'numeric', unit: '%' },
  { key: 'top5', header: 'top-5', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

const crops = (train: number, test: number) => [n0(train), n0(test)] as const;

/** P2 Table 5: single-crop ImageNet (ILSVRC 2012) validation error. */
export const P2_TABLE_5: PaperTable<(typeof T5_COLUMNS)[number]['key']> = {
  id: 'p2-table-5',
  paper: 'P2',
  number: 5,
  section: '5',
  caption: 'Single-crop ImageNet validation error',
  columns: T5_COLUMNS,
  rows: buildRows(T5_COLUMNS, [
    ['resnet-152-original-224', ['ResNet-152, original unit', 'scale', ...crops(224, 224), n1(23), n1(6.7)]],
    ['resnet-152-original-320', ['ResNet-152, original unit', 'scale', ...crops(224, 320), n1(21.3), n1(5.5)]],
    ['resnet-152-preact-320', ['ResNet-152, pre-act unit', 'scale', ...crops(224, 320), n1(21.1), n1(5.5)]],
    ['resnet-200-original-320', ['ResNet-200, original unit', 'scale', ...crops(224, 320), n1(21.8), n1(6)]],
    [
      'resnet-200-preact-320',
      ['ResNet-200, pre-act unit', 'scale', ...crops(224, 320), n1(20.7, { bold: true }), n1(5.3, { bold: true })],
    ],
    [
      'resnet-200-preact-320-aspect',
      [
        'ResNet-200, pre-act unit',
        'scale + aspect ratio',
        ...crops(224, 320),
        n1(20.1, { dagger: true }),
        n1(4.8, { dagger: true }),
      ],
    ],
    ['inception-v3', ['Inception v3', 'scale + aspect ratio', ...crops(299, 299), n1(21.2), n1(5.6)]],
  ]),
  notes: [
    'ResNet-200 adds 16 bottleneck units to ResNet-152, all at the 28×28 stage.',
    'With original units ResNet-200 has lower training error than ResNet-152 but higher test error, which P2 attributes to overfitting.',
  ],
};

// P1 Tables 2–6 and the FLOPs figures, as printed (checked against facts.md by
// tests/unit/paper-tables.test.ts). Rows read left to right like the paper's rows.
import { buildRows, MISSING, num, text, type NumberMarks } from './cells';
import { p1Architecture } from './p1-architecture';
import type { Column, PaperTable } from './types';

const n1 = (value: number, marks?: NumberMarks) => num(value, 1, marks);
const n2 = (value: number, marks?: NumberMarks) => num(value, 2, marks);

const FLOPS_COLUMNS = [
  { key: 'model', header: 'model', kind: 'text' },
  { key: 'flops', header: 'FLOPs', kind: 'numeric', unit: '×10⁹' },
] as const satisfies readonly Column[];

/** P1's FLOPs figures (multiply-adds) for VGG and the ImageNet ResNets. */
export const P1_FLOPS: PaperTable<(typeof FLOPS_COLUMNS)[number]['key']> = {
  id: 'p1-flops',
  paper: 'P1',
  number: null,
  section: '3.3, 4.1',
  caption: 'Multiply-add counts of VGG and ResNet models',
  columns: FLOPS_COLUMNS,
  rows: buildRows(FLOPS_COLUMNS, [
    ['vgg-19', ['VGG-19', n1(19.6)]],
    ['vgg-16', ['VGG-16', n1(15.3)]],
    ['plain-34', ['34-layer plain', n1(3.6)]],
    // The ResNet figures are P1 Table 1's FLOPs row, stored once in p1-architecture.ts.
    ['resnet-34', ['34-layer residual', n1(p1Architecture(34).flopsE9)]],
    ['resnet-18', ['ResNet-18', n1(p1Architecture(18).flopsE9)]],
    ['resnet-50', ['ResNet-50', n1(p1Architecture(50).flopsE9)]],
    ['resnet-101', ['ResNet-101', n1(p1Architecture(101).flopsE9)]],
    ['resnet-152', ['ResNet-152', n1(p1Architecture(152).flopsE9)]],
  ]),
  notes: [
    'FLOPs here count multiply-adds, in billions.',
    'The 34-layer nets need about 18% of what VGG-19 needs.',
    'Shortcuts cost only their element-wise additions, so plain and residual 34-layer nets tie.',
    'Even ResNet-152 stays below VGG-16 and VGG-19.',
  ],
};

const T2_COLUMNS = [
  { key: 'depth', header: 'depth', kind: 'text' },
  { key: 'plain', header: 'plain', kind: 'numeric', unit: '%' },
  { key: 'resnet', header: 'ResNet', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

/** P1 Table 2: top-1 error of plain vs. residual 18/34-layer nets on ImageNet. */
export const P1_TABLE_2: PaperTable<(typeof T2_COLUMNS)[number]['key']> = {
  id: 'p1-table-2',
  paper: 'P1',
  number: 2,
  section: '4.1',
  caption: 'Top-1 error of plain and residual nets, ImageNet validation, 10-crop',
  columns: T2_COLUMNS,
  rows: buildRows(T2_COLUMNS, [
    ['depth-18', ['18 layers', n2(27.94), n2(27.88)]],
    ['depth-34', ['34 layers', n2(28.54), n2(25.03)]],
  ]),
  notes: [
    'The residual nets use option A shortcuts, so they add no parameters to the plain nets.',
    'Without shortcuts the deeper net is worse; with them it is better.',
  ],
};

const TOP1_TOP5 = [
  { key: 'top1', header: 'top-1', kind: 'numeric', unit: '%' },
  { key: 'top5', header: 'top-5', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

const T3_COLUMNS = [{ key: 'model', header: 'model', kind: 'text' }, ...TOP1_TOP5] as const;

/** P1 Table 3: ImageNet validation error with 10-crop testing. */
export const P1_TABLE_3: PaperTable<(typeof T3_COLUMNS)[number]['key']> = {
  id: 'p1-table-3',
  paper: 'P1',
  number: 3,
  section: '4.1',
  caption: 'ImageNet validation error, 10-crop testing',
  columns: T3_COLUMNS,
  rows: buildRows(T3_COLUMNS, [
    ['vgg-16', ['VGG-16', n2(28.07), n2(9.33)]],
    ['googlenet', ['GoogLeNet', MISSING, n2(9.15)]],
    ['prelu-net', ['PReLU-net', n2(24.27), n2(7.38)]],
    ['plain-34', ['plain-34', n2(28.54), n2(10.02)]],
    ['resnet-34-a', ['ResNet-34 A', n2(25.03), n2(7.76)]],
    ['resnet-34-b', ['ResNet-34 B', n2(24.52), n2(7.46)]],
    ['resnet-34-c', ['ResNet-34 C', n2(24.19), n2(7.40)]],
    ['resnet-50', ['ResNet-50', n2(22.85), n2(6.71)]],
    ['resnet-101', ['ResNet-101', n2(21.75), n2(6.05)]],
    ['resnet-152', ['ResNet-152', n2(21.43), n2(5.71)]],
  ]),
  notes: [
    'A, B and C are the three shortcut options compared on ResNet-34.',
    'ResNet-50, 101 and 152 use option B.',
    'The authors tested VGG-16 themselves.',
    '– means the table gives no value.',
  ],
};

const T4_COLUMNS = [{ key: 'method', header: 'method', kind: 'text' }, ...TOP1_TOP5] as const;

/** P1 Table 4: single-model ImageNet validation error. */
export const P1_TABLE_4: PaperTable<(typeof T4_COLUMNS)[number]['key']> = {
  id: 'p1-table-4',
  paper: 'P1',
  number: 4,
  section: '4.1',
  caption: 'Single-model ImageNet validation error',
  columns: T4_COLUMNS,
  rows: buildRows(T4_COLUMNS, [
    ['vgg-ilsvrc14', ["VGG (ILSVRC'14)", MISSING, n2(8.43, { dagger: true })]],
    ['googlenet-ilsvrc14', ["GoogLeNet (ILSVRC'14)", MISSING, n2(7.89)]],
    ['vgg-v5', ['VGG (v5)', n1(24.4), n1(7.1)]],
    ['prelu-net', ['PReLU-net', n2(21.59), n2(5.71)]],
    ['bn-inception', ['BN-inception', n2(21.99), n2(5.81)]],
    ['resnet-34-b', ['ResNet-34 B', n2(21.84), n2(5.71)]],
    ['resnet-34-c', ['ResNet-34 C', n2(21.53), n2(5.60)]],
    ['resnet-50', ['ResNet-50', n2(20.74), n2(5.25)]],
    ['resnet-101', ['ResNet-101', n2(19.87), n2(4.60)]],
    ['resnet-152', ['ResNet-152', n2(19.38), n2(4.49)]],
  ]),
  notes: [
    'Tested fully-convolutionally at several scales (Sec. 3.4), unlike the 10-crop testing of Table 3.',
    '– means the table gives no value.',
  ],
};

const T5_COLUMNS = [
  { key: 'method', header: 'method', kind: 'text' },
  { key: 'top5', header: 'top-5 (test)', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

/** P1 Table 5: ensemble top-5 error on the ImageNet test set. */
export const P1_TABLE_5: PaperTable<(typeof T5_COLUMNS)[number]['key']> = {
  id: 'p1-table-5',
  paper: 'P1',
  number: 5,
  section: '4.1',
  caption: 'Top-5 error of ensembles on the ImageNet test set',
  columns: T5_COLUMNS,
  rows: buildRows(T5_COLUMNS, [
    ['vgg-ilsvrc14', ["VGG (ILSVRC'14)", n2(7.32)]],
    ['googlenet-ilsvrc14', ["GoogLeNet (ILSVRC'14)", n2(6.66)]],
    ['vgg-v5', ['VGG (v5)', n1(6.8)]],
    ['prelu-net', ['PReLU-net', n2(4.94)]],
    ['bn-inception', ['BN-inception', n2(4.82)]],
    ['resnet-ilsvrc15', [text("ResNet (ILSVRC'15)", true), n2(3.57, { bold: true })]],
  ]),
  notes: [
    'The ResNet entry combines six nets of different depths, two of them 152 layers deep.',
    'It won first place in ILSVRC 2015.',
  ],
};

const T6_COLUMNS = [
  { key: 'method', header: 'method', kind: 'text' },
  { key: 'layers', header: '# layers', kind: 'numeric' },
  { key: 'params', header: '# params', kind: 'numeric', cellSuffix: 'M' },
  { key: 'error', header: 'error', kind: 'numeric', unit: '%' },
] as const satisfies readonly Column[];

const count = (value: number) => num(value, 0);

/** P1 Table 6: CIFAR-10 test error. */
export const P1_TABLE_6: PaperTable<(typeof T6_COLUMNS)[number]['key']> = {
  id: 'p1-table-6',
  paper: 'P1',
  number: 6,
  section: '4.2',
  caption: 'CIFAR-10 test error',
  columns: T6_COLUMNS,
  rows: buildRows(T6_COLUMNS, [
    ['maxout', ['Maxout', MISSING, MISSING, n2(9.38)]],
    ['nin', ['NIN', MISSING, MISSING, n2(8.81)]],
    ['dsn', ['DSN', MISSING, MISSING, n2(8.22)]],
    ['fitnet-19', ['FitNet', count(19), n1(2.5), n2(8.39)]],
    ['highway-19', ['Highway', count(19), n1(2.3), n2(7.54, { meanStd: [7.72, 0.16] })]],
    ['highway-32', ['Highway', count(32), num(1.25, 2), n2(8.8)]],
    ['resnet-20', ['ResNet', count(20), n2(0.27), n2(8.75)]],
    ['resnet-32', ['ResNet', count(32), n2(0.46), n2(7.51)]],
    ['resnet-44', ['ResNet', count(44), n2(0.66), n2(7.17)]],
    ['resnet-56', ['ResNet', count(56), n2(0.85), n2(6.97)]],
    ['resnet-110', ['ResNet', count(110), n1(1.7), n2(6.43, { meanStd: [6.61, 0.16] })]],
    ['resnet-1202', ['ResNet', count(1202), n1(19.4), n2(7.93)]],
  ]),
  notes: [
    'Every method trains with data augmentation.',
    'ResNet-110 was trained 5 times: the best run, then mean±std in brackets.',
    'Plain nets are not listed; Fig. 6 (left) shows them.',
    'ResNet-1202’s training error is tiny, yet it tests worse than ResNet-110; P1 argues this is overfitting.',
    '– means the table gives no count.',
  ],
};

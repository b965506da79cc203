import type { Rubric } from '../types';

// Question 4: ways to add a residual connection. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q4: Rubric = {
  question: 4,
  chapter: 'shortcut-connections',
  points: [
    {
      id: 'always-added',
      text: 'Every method joins the two paths by element-wise addition: the block outputs its residual F(x) plus whatever the shortcut delivers.',
      cites: ['P1 eq. (1)', 'P1 eq. (2)'],
      link: { id: 'what-a-shortcut-connection-is' },
      terms: [['add', 'sum', 'plus', '+']],
    },
    {
      id: 'same-dims-identity',
      text: '(a) Same dimensions: the identity shortcut, y = F(x) + x. It adds no parameters and no computation beyond the addition, which keeps plain and residual nets comparable.',
      cites: ['P1 eq. (1)', 'P1 Sec. 3.2'],
      link: { id: 'a-same-dimensions-the-identity-shortcut' },
      terms: [['identity'], ['no parameter', 'no extra parameter', 'no additional parameter', 'parameter-free', 'parameter free', 'without parameter']],
    },
    {
      id: 'where-dims-change',
      text: '(b) Dimensions change only at the first block of conv3_x, conv4_x and conv5_x, where the map is halved and the filters double; with option A or B the shortcut there runs with stride 2.',
      cites: ['P1 Sec. 3.3', 'P1 Table 1', 'P1 Fig. 3'],
      link: { id: 'where-the-dimensions-change' },
      terms: [['stride']],
    },
    {
      id: 'option-a-zero-padding',
      text: '(b) Option A keeps the identity, subsampled with stride 2, and pads the extra channels with zeros. It adds no parameters; P1 uses it for its 18- and 34-layer comparison and for all its CIFAR-10 nets.',
      cites: ['P1 Sec. 3.3', 'P1 Sec. 4.1'],
      link: { id: 'option-a-identity-with-zero-padding' },
      terms: [['zero'], ['pad']],
    },
    {
      id: 'option-b-projection',
      text: '(b) Option B is a projection shortcut, y = F(x) + W_s x: a learned 1×1 convolution with stride 2 whose output is added to F, used only where dimensions increase. ResNet-50/101/152 use it.',
      cites: ['P1 eq. (2)', 'P1 Sec. 3.3'],
      link: { id: 'option-b-a-projection-shortcut-added' },
      terms: [['projection', 'w_s', '1×1', '1x1']],
    },
    {
      id: 'option-c-all-projections',
      text: 'Option C puts a projection on every shortcut, square ones included where the shape does not change. P1 allows a square W_s but otherwise uses projections only to match dimensions, and drops C to save memory, time and model size.',
      cites: ['P1 Sec. 3.2', 'P1 Sec. 4.1'],
      link: { id: 'option-c-projections-everywhere' },
      terms: [['option c', 'every shortcut', 'all shortcuts', 'all the shortcuts', 'square']],
    },
    {
      id: 'projections-not-essential',
      text: 'On ResNet-34 options A, B and C reach top-1 errors of {p1-table-3/resnet-34-a/top1} %, {p1-table-3/resnet-34-b/top1} % and {p1-table-3/resnet-34-c/top1} %, against {p1-table-3/plain-34/top1} % for plain-34. P1 puts B’s edge over A down to A’s zero-padded channels learning no residual, and C’s edge over B to its extra parameters; the gaps are small, so projections are not essential for addressing degradation.',
      cites: ['P1 Table 3', 'P1 Sec. 4.1'],
      link: { id: 'what-the-experiments-show' },
      terms: [['not essential', 'not necessary', 'unnecessary', 'small difference', 'slightly better', 'marginal', 'little difference', 'small improvement']],
    },
  ],
  mistakes: [
    {
      id: 'projection-multiplied',
      claim: 'The projection shortcut’s output is multiplied with the input (or with F) to match the dimensions.',
      correction:
        'Nothing multiplies the two paths: W_s x replaces x as the shortcut term and is added, y = F(x) + W_s x; the only product is the matrix W_s acting on x.',
      link: { id: 'mistake-qluein' },
      terms: [['multipl'], ['projection', 'w_s']],
    },
    {
      id: 'relu-output-and-biases-added',
      claim: 'The output from the ReLU and the biases are added to the input.',
      correction:
        'What is added is the second weight layer’s output, F(x) = W_2 σ(W_1 x); the block’s last ReLU acts on the sum, and biases belong to the weight layers.',
      link: { id: 'mistake-r4h0km' },
      terms: [['bias']],
    },
    {
      id: 'projections-essential',
      claim: 'Projection shortcuts are what make deep residual nets work.',
      correction: 'Option A, with no projections, already beats plain-34 by far more than B or C improve on A; P1 concludes projections are not essential.',
      link: { id: 'what-the-experiments-show' },
      terms: [
        [
          'projections are essential',
          'projections are necessary',
          'projections are needed',
          'projection is essential',
          'projection is necessary',
          'projection is needed',
          'needs projection',
          'requires projection',
        ],
      ],
    },
  ],
};

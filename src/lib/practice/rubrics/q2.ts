import type { Rubric } from '../types';

// Question 2: why degradation is not overfitting. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q2: Rubric = {
  question: 2,
  chapter: 'not-overfitting',
  points: [
    {
      id: 'look-at-training-error',
      text: 'The authors look at training error, not only test error. A higher test error can come from a worse fit to the training data or from a wider gap between training and test, and only the training curve tells the two apart.',
      cites: ['P1 Sec. 1', 'P1 Fig. 1'],
      link: { id: 'two-ways-a-deeper-model-can-test-worse' },
      terms: [['training error', 'train error', 'training loss', 'training accuracy', 'training curve', 'training data', 'training set']],
    },
    {
      id: 'cifar-evidence',
      text: 'On CIFAR-10 the 56-layer plain net has higher training error than the 20-layer one, and across plain nets of 20, 32, 44 and 56 layers the training error rises with depth.',
      cites: ['P1 Fig. 1', 'P1 Fig. 6'],
      link: { id: 'the-evidence-in-p1' },
      terms: [['cifar', '56-layer', '56 layer', '20-layer', '20 layer']],
    },
    {
      id: 'imagenet-evidence',
      text: 'On ImageNet plain-34’s training error lies above plain-18’s for the whole run, and its final top-1 validation error is higher too: {p1-table-2/depth-34/plain} % against {p1-table-2/depth-18/plain} %.',
      cites: ['P1 Fig. 4', 'P1 Table 2'],
      link: { id: 'the-evidence-in-p1' },
      terms: [['imagenet', 'plain-34', 'plain 34', '34-layer', '34 layer']],
    },
    {
      id: 'overfitting-fits-better',
      text: 'An overfitting model fits its training set at least as well as a smaller one and loses only on held-out data. The deeper plain nets fit their training data worse, so overfitting cannot explain it.',
      cites: ['P1 Sec. 1'],
      link: { id: 'why-a-higher-training-error-settles-it' },
      terms: [['overfit', 'over-fit'], ['training']],
    },
    {
      id: 'optimisation-not-capacity',
      text: 'Plain-18’s solution space is a subspace of plain-34’s, so the deeper net could match the shallower one; its higher training error is a failure to optimise, not a lack of capacity.',
      cites: ['P1 Sec. 1', 'P1 Sec. 4.1'],
      link: { id: 'why-a-higher-training-error-settles-it' },
      terms: [['optimis', 'optimiz', 'solver']],
    },
    {
      id: 'other-suspects-ruled-out',
      text: 'Simpler explanations are ruled out too: three times as many iterations still show the gap, and with BN the forward signals keep non-zero variance and the backward gradients have healthy norms, so vanishing gradients are unlikely.',
      cites: ['P1 Sec. 4.1'],
      link: { id: 'ruling-out-the-other-suspects' },
      terms: [['iteration', 'train longer', 'training longer', 'vanishing', 'gradient norm', 'healthy']],
    },
    {
      id: 'conjecture-slow-convergence',
      text: 'The authors conjecture that deep plain nets may have exponentially low convergence rates, and leave the real cause to future work.',
      cites: ['P1 Sec. 4.1'],
      link: { id: 'ruling-out-the-other-suspects' },
      terms: [['convergence rate', 'exponentially low', 'converge slowly', 'converges slowly', 'slow convergence', 'slowly converg']],
    },
    {
      id: 'contrast-resnet-1202',
      text: 'The contrast case they do argue is overfitting: ResNet-1202 reaches a training error about as low as ResNet-110’s but tests worse ({p1-table-6/resnet-1202/error} % against {p1-table-6/resnet-110/error} %), with {p1-table-6/resnet-1202/params} parameters and no dropout or maxout.',
      cites: ['P1 Sec. 4.2', 'P1 Table 6'],
      link: { id: 'what-overfitting-looks-like' },
      terms: [['1202']],
    },
  ],
  mistakes: [
    {
      id: 'test-accuracy-fell',
      claim: 'They knew it was not overfitting because the test (validation) accuracy of the deeper network fell.',
      correction: 'Falling test accuracy is what both overfitting and degradation produce; the evidence is the deeper net’s higher training error.',
      link: { id: 'mistake-adhs8g' },
      terms: [
        [
          'because the test',
          'because test',
          'because the validation',
          'because validation',
          'since the test',
          'since test',
          'since the validation',
          'since validation',
        ],
      ],
    },
    {
      id: 'added-dropout',
      claim: 'They added dropout to make sure it was not overfitting.',
      correction: 'P1 uses no dropout; it names its absence only for ResNet-1202, the one case the authors argue is overfitting.',
      link: { id: 'mistake-adhs8g' },
      terms: [
        ['added dropout', 'add dropout', 'adding dropout', 'used dropout', 'use dropout', 'using dropout', 'with dropout', 'applied dropout', 'dropout layer'],
      ],
    },
  ],
};

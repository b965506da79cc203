import type { Rubric } from '../types';

// Question 1: can stacking more layers give a better network; the degradation problem. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q1: Rubric = {
  question: 1,
  chapter: 'degradation-problem',
  points: [
    {
      id: 'plain-stacking-degrades',
      text: 'Not by plain stacking. Once deep plain nets converge, adding layers first saturates accuracy and then lowers it quickly: this is the degradation problem.',
      cites: ['P1 Sec. 1'],
      link: { id: 'what-degradation-is' },
      terms: [
        ['degradation', 'degrade'],
        ['saturat', 'worse', 'drops', 'decreas', 'falls', 'lower accuracy', 'higher error'],
      ],
    },
    {
      id: 'vanishing-gradients-addressed',
      text: 'The older obstacle, gradients that vanish or explode and stop training from converging at all, has largely been addressed by normalised initialisation and normalisation layers such as batch normalisation; degradation shows up in nets that do converge.',
      cites: ['P1 Sec. 1'],
      link: { id: 'the-question-p1-starts-from' },
      terms: [
        ['vanishing', 'exploding'],
        ['initialis', 'initializ', 'batch norm', 'normalis', 'normaliz'],
      ],
    },
    {
      id: 'higher-training-error',
      text: 'The deeper plain net has higher training error, not only higher test error: the 56-layer plain net against the 20-layer one on CIFAR-10, and plain-34 against plain-18 on ImageNet throughout training.',
      cites: ['P1 Sec. 1', 'P1 Fig. 1', 'P1 Fig. 4'],
      link: { id: 'what-degradation-is' },
      terms: [['training error', 'train error', 'training loss', 'training accuracy', 'training set']],
    },
    {
      id: 'imagenet-plain-numbers',
      text: 'On ImageNet plain-34 ends with a higher top-1 validation error than plain-18: {p1-table-2/depth-34/plain} % against {p1-table-2/depth-18/plain} %.',
      cites: ['P1 Table 2'],
      link: { id: 'p1-table-2' },
      terms: [
        ['plain-34', 'plain 34', '34-layer', '34 layer', '34 layers'],
        ['plain-18', 'plain 18', '18-layer', '18 layer', '18 layers'],
      ],
    },
    {
      id: 'solution-by-construction',
      text: 'It is not a lack of capacity: a deeper net can copy a shallower one and make its extra layers identity mappings, so a solution with no higher training error exists by construction.',
      cites: ['P1 Sec. 1'],
      link: { id: 'why-it-is-a-paradox' },
      terms: [
        ['identity', 'identities'],
        ['construct', 'copy', 'copied', 'copies', 'capacity', 'represent'],
      ],
    },
    {
      id: 'optimisation-difficulty',
      text: 'So degradation is an optimisation difficulty, not overfitting: the solver fails to find a solution the architecture can express, at least in feasible time, and three times as many iterations do not cure it.',
      cites: ['P1 Sec. 1', 'P1 Sec. 4.1'],
      link: { id: 'what-degradation-is-not' },
      terms: [['optimis', 'optimiz', 'solver']],
    },
    {
      id: 'residual-depth-helps',
      text: 'With residual blocks depth helps again: ResNet-34 reaches {p1-table-2/depth-34/resnet} % top-1 error against ResNet-18’s {p1-table-2/depth-18/resnet} %, and the 50-, 101- and 152-layer ResNets keep improving.',
      cites: ['P1 Table 2', 'P1 Table 3', 'P1 Table 4'],
      link: { id: 'so-can-more-layers-help' },
      terms: [['resnet', 'residual', 'shortcut', 'skip connection']],
    },
    {
      id: 'depth-not-free',
      text: 'Depth is still not free: the 1202-layer CIFAR-10 ResNet tests worse than ResNet-110 ({p1-table-6/resnet-1202/error} % against {p1-table-6/resnet-110/error} %), which the authors argue is overfitting.',
      cites: ['P1 Sec. 4.2', 'P1 Table 6'],
      link: { id: 'so-can-more-layers-help' },
      terms: [['1202']],
    },
  ],
  mistakes: [
    {
      id: 'degradation-is-overfitting',
      claim: 'Degradation is just overfitting: the deeper network fits the training data too closely.',
      correction: 'A degraded net has higher training error as well as test error; an overfitting net would fit its training set at least as well.',
      link: { id: 'mistake-1p07sl' },
      terms: [['is overfitting', 'is just overfitting', 'is due to overfitting', 'is caused by overfitting', 'is over-fitting', 'means overfitting']],
    },
    {
      id: 'degradation-is-vanishing-gradients',
      claim: 'Degradation is the vanishing-gradient problem under another name.',
      correction:
        'Vanishing gradients stopped deep nets converging at all; P1’s plain nets use BN, converge, and have healthy gradient norms, yet still train worse.',
      link: { id: 'mistake-1p07sl' },
      terms: [
        [
          'is vanishing',
          'is the vanishing',
          'caused by vanishing',
          'due to vanishing',
          'because of vanishing',
          'because the gradient vanish',
          'because gradients vanish',
        ],
      ],
    },
    {
      id: 'deeper-cannot-represent',
      claim: 'The deeper network cannot represent what the shallow one learned.',
      correction: 'It can, by construction: copy the shallow net and make the extra layers identities. The failure is in finding that solution.',
      link: { id: 'mistake-1p07sl' },
      terms: [['cannot represent', 'can not represent', 'can’t represent', "can't represent", 'unable to represent', 'cannot express', 'not enough capacity']],
    },
  ],
};

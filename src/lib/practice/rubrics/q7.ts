import type { Rubric } from '../types';

// Question 7: the shortcut types of P2, and the best. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q7: Rubric = {
  question: 7,
  chapter: 'shortcut-variants',
  points: [
    {
      id: 'six-variants',
      text: 'P2 tests six shortcuts on ResNet-110 for CIFAR-10: (a) identity, (b) constant scaling, (c) exclusive gating, (d) shortcut-only gating, (e) a 1×1 convolution and (f) dropout.',
      cites: ['P2 Sec. 3.1', 'P2 Fig. 2', 'P2 Table 1'],
      link: { id: 'the-six-variants' },
      terms: [
        ['scaling', 'scaled'],
        ['gate', 'gating'],
        ['dropout', 'drop-out'],
      ],
    },
    {
      id: 'identity-best',
      text: 'The identity shortcut (λ = 1) is best: {p2-table-1/original/error} % test error, the lowest of all, and it also reduces the error fastest and reaches the lowest training loss.',
      cites: ['P2 Table 1', 'P2 Sec. 1'],
      link: { id: 'which-is-best-the-identity' },
      terms: [
        ['identity', 'λ = 1', 'λ=1', 'lambda = 1', 'lambda=1'],
        ['best', 'lowest', 'wins'],
      ],
    },
    {
      id: 'constant-scaling-fails',
      text: 'Constant scaling with λ = 0.5 fails when F is left unscaled, and reaches only {p2-table-1/scale-0.5-f0.5/error} % when F is halved as well.',
      cites: ['P2 eq. (6)', 'P2 Table 1'],
      link: { id: 'b-constant-scaling' },
      terms: [['scal'], ['fail', 'worse', 'higher']],
    },
    {
      id: 'gating-results',
      text: 'Exclusive gating fails with its bias started between 0 and −5 and reaches {p2-table-1/excl-gate-b-6/error} % at best, from −6; shortcut-only gating gets {p2-table-1/shortcut-gate-b-0/error} % from a bias of 0 and {p2-table-1/shortcut-gate-b-6/error} % from −6, where its shortcut starts almost as an identity.',
      cites: ['P2 Sec. 3.1', 'P2 Table 1'],
      link: { id: 'c-exclusive-gating' },
      terms: [['gate', 'gating']],
    },
    {
      id: 'conv-and-dropout',
      text: 'The 1×1 convolution shortcut reaches {p2-table-1/conv-1x1/error} %, and the dropout shortcut, a random scale of one half on average, fails.',
      cites: ['P2 Sec. 3.1', 'P2 Table 1'],
      link: { id: 'e-11-convolution-shortcut' },
      terms: [
        ['1×1', '1x1', 'convolution'],
        ['dropout', 'drop-out'],
      ],
    },
    {
      id: 'multiplicative-hampers',
      text: 'Why: the shortcut is the most direct path for information, and scaling, gating, 1×1 convolutions and dropout all multiply the signal on it, which hampers propagation; backwards, the direct term becomes a product with one factor for every unit it crosses.',
      cites: ['P2 Sec. 3.2', 'P2 eq. (8)'],
      link: { id: 'the-direct-path' },
      terms: [
        ['multipl', 'product'],
        ['direct', 'propagat', 'path'],
      ],
    },
    {
      id: 'optimisation-not-representation',
      text: 'Shortcut-only gating and 1×1 shortcuts have more parameters and can represent the identity, yet reach higher training error, so the problem is optimisation, not representational power.',
      cites: ['P2 Sec. 3.2'],
      link: { id: 'not-capacity-but-optimisation' },
      terms: [
        ['optimis', 'optimiz'],
        ['represent', 'capacity', 'solution space', 'express', 'more parameters'],
      ],
    },
  ],
  mistakes: [
    {
      id: 'lambda-half-best',
      claim: 'The best shortcut is constant scaling with λ = 0.5.',
      correction:
        'Constant scaling with λ = 0.5 is among the worst: it fails with F unscaled and reaches only {p2-table-1/scale-0.5-f0.5/error} % with F halved too; the identity, λ = 1, is best at {p2-table-1/original/error} %.',
      link: { id: 'mistake-xwkno3' },
      terms: [
        [
          '0.5 is best',
          '0.5 is the best',
          '0.5 works best',
          '0.5 gives the best',
          'best is constant scaling',
          'best is the constant scaling',
          'constant scaling is best',
          'constant scaling is the best',
          'best shortcut is constant',
        ],
      ],
    },
    {
      id: 'best-because-no-parameters',
      claim: 'The identity is best because it has no parameters to optimise.',
      correction:
        'Constant scaling and dropout have no parameters either and fail; what the losing variants share is that they multiply the signal on the shortcut.',
      link: { id: 'mistake-tp3pgm' },
      terms: [
        [
          'because it has no param',
          'because there are no param',
          'because it does not have any param',
          'because it doesn’t have any param',
          "because it doesn't have any param",
          'no parameters to optimi',
          'since it has no param',
          'because it is parameter-free',
        ],
      ],
    },
    {
      id: 'more-parameters-should-win',
      claim: 'Gating or a 1×1 convolution should do better, because with more parameters they can learn the identity and more.',
      correction:
        'They can represent the identity but end with higher training and test error; the extra capacity does not help, because they are harder to optimise.',
      link: { id: 'not-capacity-but-optimisation' },
      terms: [
        ['more parameters', 'more expressive', 'more flexible', 'more capacity'],
        ['better', 'best', 'win'],
      ],
    },
  ],
};

import type { Rubric } from '../types';

// Question 10: building block, solution space, bottleneck, pre- and post-activation. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q10: Rubric = {
  question: 10,
  chapter: 'building-blocks',
  points: [
    {
      id: 'a-residual-block',
      text: '(a) A residual building block has a few stacked layers learn a residual F(x) = H(x) − x, and an identity shortcut adds the input back element-wise: y = F(x) + x.',
      cites: ['P1 Sec. 3.1', 'P1 eq. (1)'],
      link: { id: 'a-residual-building-block' },
      terms: [['residual'], ['shortcut', 'skip', 'f(x) + x', 'f(x)+x', 'identity']],
    },
    {
      id: 'a-block-layout',
      text: '(a) In the basic block: weight layer, ReLU, weight layer, then the addition, then a ReLU, with BN after each convolution. The shortcut adds no parameters, and F has two layers (three in a bottleneck).',
      cites: ['P1 Fig. 2', 'P1 Sec. 3.2', 'P1 Sec. 3.4'],
      link: { id: 'a-residual-building-block' },
      terms: [['relu'], ['weight layer', 'conv', 'two layers', '2 layers']],
    },
    {
      id: 'b-solution-space',
      text: '(b) A model’s solution space is the set of functions it can represent over all its weight settings. A deeper plain net’s contains a shallower one’s, since it can copy it and add identity layers.',
      cites: ['P1 Sec. 1', 'P1 Sec. 4.1'],
      link: { id: 'b-solution-space-for-a-classification-problem' },
      terms: [['function'], ['represent', 'express', 'weight', 'parameter']],
    },
    {
      id: 'b-how-used',
      text: '(b) P1 uses it to show degradation is an optimisation problem: plain-18’s solution space is a subspace of plain-34’s, yet plain-34 trains worse. P2 argues the same way: shortcut-only gating and 1×1 shortcuts cover the identity’s solution space yet train worse.',
      cites: ['P1 Sec. 4.1', 'P2 Sec. 3.2'],
      link: { id: 'how-p1-uses-the-idea' },
      terms: [['subspace', 'subset', 'contains', 'contained', 'includes']],
    },
    {
      id: 'c-bottleneck',
      text: '(c) A bottleneck block has three layers: a 1×1 convolution reduces the channels (256 to 64 in conv2_x), a 3×3 works at the reduced width, and a 1×1 restores them. It costs about as much as a basic block and is used in ResNet-50/101/152.',
      cites: ['P1 Sec. 4.1', 'P1 Fig. 5', 'P1 Table 1'],
      link: { id: 'c-bottleneck-architecture' },
      terms: [
        ['1×1', '1x1', '1 × 1', '1 x 1'],
        ['reduc', 'restor', 'shrink', 'expand', 'squeez', 'compress'],
      ],
    },
    {
      id: 'c-identity-shortcut-matters',
      text: '(c) The bottleneck stays cheap only with an identity shortcut: a projection there would join the two wide ends and roughly double time and model size, so projections are used only where dimensions increase.',
      cites: ['P1 Sec. 4.1'],
      link: { id: 'why-the-identity-shortcut-matters-here' },
      terms: [['identity'], ['double', 'twice', 'cost', 'expensive']],
    },
    {
      id: 'd-post-and-pre',
      text: '(d) Post-activation is the original unit, where a ReLU follows the addition. Full pre-activation puts BN and ReLU before each weight layer, inside the branch, so nothing follows the addition: x_(l+1) = x_l + F(f̂(x_l), W_l). Of five placements it is the best, {p2-table-2/full-preact/resnet110} % on ResNet-110.',
      cites: ['P2 eq. (9)', 'P2 Fig. 4', 'P2 Sec. 4.1', 'P2 Table 2'],
      link: { id: 'd-pre-activation-and-post-activation' },
      terms: [
        ['after the addition', 'after addition', 'post-activation', 'post activation'],
        ['before the weight', 'before each weight', 'before the conv', 'before each conv', 'bn and relu', 'bn, relu', 'batch norm and relu'],
      ],
    },
    {
      id: 'd-why-pre-activation',
      text: '(d) With f the identity, the clean paths of eq. (4) and eq. (5) apply. P2 names two benefits: easier optimisation, clearest at 1001 layers, and less overfitting, since BN now normalises every weight layer’s input; ResNet-1001 on CIFAR-10 goes from {p2-table-3/cifar10-1001/original} % to {p2-table-3/cifar10-1001/preact} %.',
      cites: ['P2 Sec. 4.2', 'P2 Table 3'],
      link: { id: 'why-full-pre-activation-helps' },
      terms: [
        ['optimis', 'optimiz', 'easier to train'],
        ['overfit', 'over-fit', 'regularis', 'regulariz'],
      ],
    },
  ],
  mistakes: [
    {
      id: 'solution-space-is-classes',
      claim: 'The solution space is the set of all possible classes of the classification problem.',
      correction: 'The solution space is the set of functions a model can represent; the classes are fixed by the data and the same for every network.',
      link: { id: 'mistake-vvl16r' },
      terms: [
        [
          'set of classes',
          'set of all classes',
          'possible classes',
          'all the classes',
          'all classes',
          'set of labels',
          'possible labels',
          'set of all possible',
        ],
      ],
    },
    {
      id: 'pre-activation-relu-before-addition',
      claim: 'Pre-activation means moving the ReLU before the addition.',
      correction:
        'ReLU before the addition is a separate variant, and worse than the original ({p2-table-2/relu-before-add/resnet110} % against {p2-table-2/original/resnet110} %); pre-activation moves BN and ReLU in front of the weight layers.',
      link: { id: 'mistake-2az2rt' },
      terms: [['relu before the addition', 'relu before addition', 'relu before the add', 'relu before adding', 'before the addition']],
    },
    {
      id: 'highway-special-case',
      claim: 'Residual blocks are special cases of highway networks, which came first.',
      correction:
        'P1 treats highway networks as concurrent work: their gates depend on the data, have parameters and can close, while an identity shortcut has none and never closes.',
      link: { id: 'mistake-8m509t' },
      terms: [['highway']],
    },
  ],
};

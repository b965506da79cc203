import type { Rubric } from '../types';

// Question 6: the properties of P2 eq. (4). Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q6: Rubric = {
  question: 6,
  chapter: 'identity-propagation',
  points: [
    {
      id: 'unrolled-sum',
      text: 'With the shortcut h and the after-addition map f both identities, each unit computes x_(l+1) = x_l + F(x_l, W_l); unrolling gives eq. (4): x_L = x_l plus the sum of F(x_i, W_i) over the units i from l to L − 1.',
      cites: ['P2 eq. (3)', 'P2 eq. (4)', 'P2 Sec. 2'],
      link: { id: 'unrolling-where-equation-4-comes-from' },
      terms: [['sum', '∑', 'σ', 'plus', 'add']],
    },
    {
      id: 'any-pair-of-units',
      text: 'It holds for any deeper unit L and any shallower unit l, so the net is residual between every pair of units; in practice within one feature-map size, since the few units that change dimensions have non-identity shortcuts.',
      cites: ['P2 Sec. 2'],
      link: { id: 'property-1-any-unit-can-be-reached-from-any-unit' },
      terms: [['any unit', 'any two', 'every pair', 'any pair', 'all pairs', 'any shallower', 'any deeper', 'any layer', 'any block']],
    },
    {
      id: 'sum-not-product',
      text: 'A deep feature is x_0 plus the sum of all earlier residual outputs, whereas in a plain net it is a product of matrix–vector multiplications (ignoring BN and ReLU).',
      cites: ['P2 Sec. 2'],
      link: { id: 'property-2-a-sum-not-a-product' },
      terms: [
        ['product', 'multiplication', 'multiplied'],
        ['sum', 'add'],
      ],
    },
    {
      id: 'direct-gradient-term',
      text: 'Differentiating gives eq. (5): the gradient at unit l is the gradient at unit L times (1 + a term through the weight layers). The 1 carries the gradient straight back without touching any weight layer, so information reaches every shallower unit.',
      cites: ['P2 eq. (5)', 'P2 Fig. 1'],
      link: { id: 'property-3-the-backward-pass-has-a-direct-term' },
      terms: [
        ['gradient', 'backward', 'backprop'],
        ['direct', '1 +', 'no weight', 'without passing', 'without going through'],
      ],
    },
    {
      id: 'unlikely-to-cancel',
      text: 'The gradient is unlikely to be cancelled, because the weight term would have to undo the direct term for every sample of a mini-batch at once.',
      cites: ['P2 Sec. 2'],
      link: { id: 'the-gradient-is-unlikely-to-cancel' },
      terms: [['cancel'], ['mini-batch', 'minibatch', 'mini batch', 'batch', 'every sample', 'all samples']],
    },
    {
      id: 'small-weights-no-vanishing',
      text: 'So a layer’s gradient does not vanish even when the weights are arbitrarily small. This is a plausibility argument, not a promise of a large gradient: the direct term passes the deeper gradient on unchanged, whatever its size.',
      cites: ['P2 Sec. 2'],
      link: { id: 'small-weights-do-not-make-it-vanish' },
      terms: [['vanish'], ['small weight', 'weights are small', 'arbitrarily small', 'tiny weight', 'weights are tiny', 'weights are zero', 'zero weight']],
    },
    {
      id: 'two-identities-needed',
      text: 'All of this needs two identities, h(x_l) = x_l and f = identity. With f = ReLU, as in P1, eq. (3) and eq. (5) hold only approximately, and at about a thousand layers the approximation breaks down.',
      cites: ['P2 Sec. 2', 'P2 Sec. 4.2'],
      link: { id: 'the-conditions-two-identities-not-one' },
      terms: [
        ['relu', 'activation', 'after the addition', 'after addition'],
        ['approximat', 'both', 'two identit', 'f = identity', 'f is the identity', 'f is identity'],
      ],
    },
  ],
  mistakes: [
    {
      id: 'because-of-batch-norm',
      claim: 'Equation (4) stops the gradient from vanishing because of batch normalisation.',
      correction:
        'BN plays no part in the derivation: the protective 1 comes from the identity shortcut and the addition. BN after the addition even raises ResNet-110’s error from {p2-table-2/original/resnet110} % to {p2-table-2/bn-after-add/resnet110} %.',
      link: { id: 'mistake-dd0u1h' },
      terms: [['batch norm', 'batchnorm', 'batch-norm']],
    },
    {
      id: 'product-of-blocks',
      claim: 'The deep feature x_L is the product of all the blocks before it.',
      correction: 'That describes a plain net; eq. (4) makes x_L a shallower feature plus a sum of residuals.',
      link: { id: 'mistake-92rrrj' },
      terms: [['product of all', 'product of the blocks', 'product of blocks', 'product of the units', 'product of units', 'product of the layers']],
    },
    {
      id: 'x0-constant-gradient-guaranteed',
      claim: 'x_0 is a constant, and the 1 in equation (5) guarantees that the gradient never vanishes.',
      correction:
        'x_0 is the first unit’s input and changes with every image and with the earlier weights; the 1 only hands the deeper gradient back unchanged, and only when h and f are identities.',
      link: { id: 'mistake-jhv74m' },
      // "x_0 is a constant" is the tell; "not a guarantee" is how a right answer puts it.
      terms: [['x_0', 'x zero', 'first input'], ['constant']],
    },
    {
      id: 'after-addition-irrelevant',
      claim: 'An identity shortcut is all you need for equation (4); what comes after the addition does not matter.',
      correction:
        'Both h and f must be identities; with f = ReLU the equations hold only approximately, and the original ResNet-1001 trains very slowly at first.',
      link: { id: 'mistake-en02yn' },
      terms: [['only the shortcut', 'just the shortcut', 'all you need', 'does not matter', 'doesn’t matter', "doesn't matter"]],
    },
  ],
};

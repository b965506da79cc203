import type { Rubric } from '../types';

// Question 8: why scaled-down shortcuts hamper optimisation. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q8: Rubric = {
  question: 8,
  chapter: 'scaled-shortcuts',
  points: [
    {
      id: 'scaled-unit',
      text: 'Scaling the shortcut means h(x_l) = λ_l x_l, so each unit computes λ_l x_l + F(x_l, W_l); λ = 1 is the ordinary residual unit and λ = 0 a plain net.',
      cites: ['P2 eq. (6)', 'P2 Sec. 3'],
      link: { id: 'the-scaled-residual-unit' },
      terms: [['λ', 'lambda', 'scal']],
    },
    {
      id: 'unrolled-product',
      text: 'Unrolled, a shallow feature reaches a deep unit multiplied by the product of all the λ’s in between, ∏ λ_i; scalars on the residual branches are folded into the summed residual terms.',
      cites: ['P2 eq. (7)'],
      link: { id: 'unrolling-the-scaled-network' },
      terms: [['product', '∏', 'multiplied by']],
    },
    {
      id: 'backward-direct-term',
      text: 'In the backward pass the direct term, exactly 1 with identity shortcuts, becomes that same product of λ’s.',
      cites: ['P2 eq. (8)'],
      link: { id: 'the-backward-pass' },
      terms: [
        ['gradient', 'backward', 'backprop'],
        ['product', '∏', 'multipl'],
      ],
    },
    {
      id: 'exponential-in-depth',
      text: 'The product changes exponentially with depth: it vanishes if every λ < 1 and explodes if every λ > 1; only λ = 1 keeps it fixed. Halving every shortcut halves it again at each unit.',
      cites: ['P2 Sec. 3'],
      link: { id: 'why-the-product-is-the-problem' },
      terms: [['exponential', 'vanish', 'explod', 'decay']],
    },
    {
      id: 'forced-through-weights',
      text: 'A vanishing direct term blocks the gradient on the shortcut and forces it through the weight layers, pushing the net towards a plain net; that is an optimisation difficulty.',
      cites: ['P2 Sec. 3'],
      link: { id: 'why-the-product-is-the-problem' },
      terms: [['weight layer', 'through the weights', 'plain net', 'plain network', 'blocks the gradient', 'blocked']],
    },
    {
      id: 'scaling-experiment',
      text: 'On ResNet-110, λ = 0.5 with F unscaled fails; with F halved too the net converges, but to {p2-table-1/scale-0.5-f0.5/error} % against {p2-table-1/original/error} % for the identity, and its training error is higher as well.',
      cites: ['P2 Sec. 3.1', 'P2 Table 1', 'P2 Fig. 3'],
      link: { id: 'what-happened-in-the-experiments' },
      terms: [['fail', 'worse', 'higher error', 'higher training']],
    },
    {
      id: 'branch-scaling-no-rescue',
      text: 'Scaling F as well does not rescue it: scalars on the branch change only the weight term, never the product on the direct path.',
      cites: ['P2 eq. (7)'],
      link: { id: 'what-happened-in-the-experiments' },
      terms: [['branch', 'scaling f', 'scaled f', 'f is scaled', 'f scaled', 'scale f']],
    },
    {
      id: 'other-multiplicative-shortcuts',
      text: 'The argument covers any multiplicative shortcut: for a gate or a 1×1 convolution the direct term is the product of the shortcut derivatives, and dropout on the shortcut, a random scale of one half on average, also fails.',
      cites: ['P2 Sec. 3', 'P2 Table 1'],
      link: { id: 'dropout-and-other-multiplicative-shortcuts' },
      terms: [['gate', 'gating', '1×1', '1x1', 'dropout', 'derivative']],
    },
  ],
  mistakes: [
    {
      id: 'output-not-big-enough',
      claim: 'Optimisation fails because the output of the last layers is not big enough.',
      correction:
        'The trouble is in the backward pass: the direct gradient term is multiplied by the product of the λ’s, which vanishes exponentially with depth; the features themselves do not fade away.',
      link: { id: 'mistake-p6o0nc' },
      terms: [['output'], ['not big', 'too small', 'not large', 'not enough', 'small']],
    },
    {
      id: 'activations-explode',
      claim: 'Scaling the shortcut down fails because the activations explode.',
      correction: 'With λ < 1 the product shrinks and the direct term vanishes; explosion is the λ > 1 case, which P2 names but does not run.',
      link: { id: 'mistake-3ur50w' },
      terms: [
        ['activations explode', 'activation explode', 'activations blow up', 'explode because', 'explodes because', 'signal explodes', 'outputs explode'],
      ],
    },
    {
      id: 'halving-both-balanced',
      claim: 'Halving both the shortcut and F keeps the signal balanced, so it is harmless.',
      correction:
        'That version still ends at {p2-table-1/scale-0.5-f0.5/error} % against {p2-table-1/original/error} %: scalars on the branch never enter the product on the direct path.',
      link: { id: 'mistake-3ur50w' },
      terms: [['balance']],
    },
  ],
};

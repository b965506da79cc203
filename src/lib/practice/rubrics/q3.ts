import type { Rubric } from '../types';

// Question 3: a ResNet when identity functions are optimal. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q3: Rubric = {
  question: 3,
  chapter: 'optimal-identity',
  points: [
    {
      id: 'residual-reformulation',
      text: 'A residual block asks its layers for the residual F(x) = H(x) − x instead of the whole mapping H(x), and the shortcut adds the input back: y = F(x) + x.',
      cites: ['P1 Sec. 3.1', 'P1 eq. (1)'],
      link: { id: 'two-ways-to-ask-layers-for-the-same-function' },
      terms: [['residual'], ['shortcut', 'skip', 'f(x) + x', 'f(x)+x', 'h(x) − x', 'h(x) - x', 'h(x)-x']],
    },
    {
      id: 'weights-towards-zero',
      text: 'If the identity is optimal, the solver can simply drive the weights of the residual branch towards zero, so F(x) → 0 and the block passes its input through unchanged; the shortcut supplies the identity.',
      cites: ['P1 Sec. 3.1'],
      link: { id: 'if-the-identity-were-optimal' },
      terms: [
        ['zero', '→ 0', '-> 0', '= 0', 'to 0'],
        ['weight', 'f(x)', 'residual'],
      ],
    },
    {
      id: 'easier-than-plain-stack',
      text: 'That is easier than making a stack of nonlinear layers fit an identity, which degradation suggests solvers find hard.',
      cites: ['P1 Sec. 3.1'],
      link: { id: 'if-the-identity-were-optimal' },
      terms: [
        ['plain', 'nonlinear', 'non-linear', 'stacked layers', 'stack of layers'],
        ['easier', 'easy', 'hard', 'difficult'],
      ],
    },
    {
      id: 'deep-net-acts-shallow',
      text: 'A ResNet whose surplus blocks settle at the identity computes the same function as its shallower part, so extra depth need not raise its training error.',
      cites: ['P1 Sec. 1', 'P1 Sec. 3.1'],
      link: { id: 'what-that-means-for-the-whole-network' },
      terms: [['shallow'], ['deeper', 'depth', 'extra layers', 'more layers', 'additional layers', 'extra blocks']],
    },
    {
      id: 'preconditioning',
      text: 'In real tasks the identity is rarely exactly optimal. If the optimal function is closer to the identity than to zero, learning small perturbations around the identity is easier than learning the function afresh; P1 calls this preconditioning.',
      cites: ['P1 Sec. 3.1'],
      link: { id: 'when-the-identity-is-only-close-to-optimal' },
      terms: [
        [
          'precondition',
          'pre-condition',
          'perturbation',
          'small change',
          'small correction',
          'close to the identity',
          'closer to the identity',
          'near the identity',
          'near identity',
        ],
      ],
    },
    {
      id: 'small-layer-responses',
      text: 'Trained ResNets bear this out: their layer responses (standard deviations) are generally smaller than those of plain nets, and smaller still in deeper ResNets. They are small, not zero.',
      cites: ['P1 Fig. 7', 'P1 Sec. 4.2'],
      link: { id: 'what-trained-resnets-actually-do' },
      terms: [['response', 'standard deviation', 'std']],
    },
    {
      id: 'gradient-still-reaches',
      text: 'Near-identity blocks keep learning: with identity shortcuts and nothing after the addition, the gradient has a direct term that does not vanish even when the weights are arbitrarily small.',
      cites: ['P2 eq. (5)', 'P2 Sec. 2'],
      link: { id: 'why-near-identity-blocks-keep-learning' },
      terms: [['gradient'], ['small weight', 'weights are small', 'arbitrarily small', 'direct', 'not vanish', 'doesn’t vanish', "doesn't vanish"]],
    },
  ],
  mistakes: [
    {
      id: 'weights-become-identity-matrices',
      claim: 'With optimal identity functions, the network learns weights equal to identity matrices.',
      correction: 'The shortcut supplies the identity, so the residual weights go towards zero; identity weight matrices are what a plain stack would need.',
      link: { id: 'mistake-vnohfp' },
      terms: [
        ['identity matri', 'identity weight', 'weights equal to identity', 'weights become identity', 'weights are identity', 'weights equal to the identity'],
      ],
    },
    {
      id: 'layers-useless-net-shallow',
      claim: 'F becomes exactly zero, so those layers are useless and the ResNet is really a shallow network.',
      correction:
        'Trained residual branches have small but non-zero responses, and deeper CIFAR-10 ResNets are more accurate up to 110 layers; the identity is a reference, not the result.',
      link: { id: 'mistake-mv0lac' },
      terms: [['exactly zero', 'exactly 0', 'useless', 'really shallow', 'becomes shallow', 'effectively shallow', 'really a shallow']],
    },
  ],
};

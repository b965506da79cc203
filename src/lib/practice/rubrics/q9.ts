import type { Rubric } from '../types';

// Question 9: ResNets when the net is not very deep. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q9: Rubric = {
  question: 9,
  chapter: 'shallow-resnets',
  points: [
    {
      id: 'level-at-18-layers',
      text: 'Hardly, in final accuracy: at 18 layers the plain net and ResNet end essentially level on ImageNet, {p1-table-2/depth-18/plain} % against {p1-table-2/depth-18/resnet} % top-1 error.',
      cites: ['P1 Table 2'],
      link: { id: 'the-evidence-at-18-layers' },
      terms: [
        ['18-layer', '18 layer', 'resnet-18', 'resnet18', 'resnet 18', 'plain-18'],
        ['same', 'similar', 'comparable', 'equal', 'level', 'tie', 'hardly', 'little'],
      ],
    },
    {
      id: 'sgd-copes',
      text: 'When a net is not overly deep, SGD can still find good solutions for the plain net, so there is no optimisation failure for the shortcuts to repair.',
      cites: ['P1 Sec. 4.1'],
      link: { id: 'the-evidence-at-18-layers' },
      terms: [['sgd', 'solver', 'optimis', 'optimiz']],
    },
    {
      id: 'faster-early-convergence',
      text: 'What the shortcuts do give ResNet-18 over plain-18, at equal depth, is faster convergence in the early stage of training.',
      cites: ['P1 Fig. 4', 'P1 Sec. 4.1'],
      link: { id: 'the-evidence-at-18-layers' },
      terms: [
        ['faster', 'quicker', 'sooner', 'speed'],
        ['converge', 'train', 'early'],
      ],
    },
    {
      id: 'same-parameters',
      text: 'The comparison is fair because option A shortcuts add no parameters: a ResNet is not a bigger model than its plain twin, only easier to optimise.',
      cites: ['P1 Sec. 3.2', 'P1 Sec. 4.1'],
      link: { id: 'what-residual-learning-is-for' },
      terms: [
        ['parameter', 'weights'],
        ['same', 'no extra', 'no additional', 'equal', 'identical'],
      ],
    },
    {
      id: 'gain-appears-with-depth',
      text: 'The accuracy gain appears where degradation does: ResNet-34 reaches {p1-table-2/depth-34/resnet} % against plain-34’s {p1-table-2/depth-34/plain} %, with lower training error too.',
      cites: ['P1 Table 2', 'P1 Fig. 4'],
      link: { id: 'the-gap-opens-with-depth' },
      terms: [['34-layer', '34 layer', 'resnet-34', 'resnet34', 'resnet 34', 'plain-34', 'deeper']],
    },
    {
      id: 'depth-made-usable',
      text: 'So shortcuts make depth usable rather than making a shallow net more accurate; in P1 the accuracy comes from the extra depth they allow.',
      cites: ['P1 Sec. 4.1'],
      link: { id: 'the-gap-opens-with-depth' },
      terms: [['depth', 'deeper', 'deep network', 'deep net']],
    },
    {
      id: 'p2-gain-grows',
      text: 'P2 shows a similar pattern: the pre-activation unit’s gain over the original unit on CIFAR-10 grows from {p2-table-3/cifar10-110/original} % → {p2-table-3/cifar10-110/preact} % at 110 layers to {p2-table-3/cifar10-1001/original} % → {p2-table-3/cifar10-1001/preact} % at 1001; P2 names two benefits behind such gains, easier optimisation and less overfitting.',
      cites: ['P2 Table 3', 'P2 Sec. 4.2'],
      link: { id: 'the-same-pattern-in-p2' },
      terms: [['1001', 'pre-activation', 'preactivation', 'pre-act']],
    },
  ],
  mistakes: [
    {
      id: 'always-much-better',
      claim: 'ResNet is always much better than a plain network, even when the network is shallow.',
      correction:
        'At 18 layers the final errors are essentially tied ({p1-table-2/depth-18/plain} % against {p1-table-2/depth-18/resnet} %); the accuracy gain appears with depth, where plain nets degrade.',
      link: { id: 'mistake-svg5mi' },
      terms: [['always']],
    },
    {
      id: 'no-help-at-all',
      claim: 'Residual connections do nothing for a network that is not very deep.',
      correction: 'ResNet-18 converges faster than plain-18 in the early stage of training, even though both end level.',
      link: { id: 'mistake-svg5mi' },
      terms: [['no benefit', 'does not help', 'doesn’t help', "doesn't help", 'no help', 'do nothing', 'does nothing', 'no advantage', 'useless']],
    },
    {
      id: 'fewer-layers-faster',
      claim: 'Since the number of layers is less, convergence is faster.',
      correction: 'The faster convergence is ResNet-18 against plain-18, with equal depth and equal parameters; the shortcuts are the only difference.',
      link: { id: 'mistake-kmq2i2' },
      terms: [
        ['fewer layers', 'less layers', 'layers is less', 'smaller number of layers', 'fewer number of layers', 'shallower'],
        ['faster', 'quicker', 'sooner'],
      ],
    },
  ],
};

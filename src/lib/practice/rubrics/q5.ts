import type { Rubric } from '../types';

// Question 5: how ResNet has fewer FLOPs than VGG. Paper numbers only as `{table/row/col}` tokens (see ../types.ts).

export const Q5: Rubric = {
  question: 5,
  chapter: 'flops-vs-vgg',
  points: [
    {
      id: 'flops-headline',
      text: 'ResNet-34 needs {p1-flops/resnet-34/flops} billion FLOPs, counted as multiply-adds, against VGG-19’s {p1-flops/vgg-19/flops} billion: under a fifth of the cost with nearly twice the depth.',
      cites: ['P1 Sec. 3.3'],
      link: { id: 'where-the-multiply-adds-go' },
      terms: [['billion', 'gflop', 'fifth', 'multiply-add', 'multiply add']],
    },
    {
      id: 'stem-shrinks-map',
      text: 'Most of the saving is in where the work happens: a 7×7 convolution with stride 2 and a 3×3 max-pool with stride 2 take the 224×224 image to 56×56 before any residual stage, while VGG-19 runs its first convolutions at the full 224×224.',
      cites: ['P1 Table 1', 'P1 Fig. 3'],
      link: { id: '1-it-shrinks-the-image-before-the-expensive-work' },
      terms: [['stride'], ['pool', '56×56', '56x56', 'downsampl', 'down-sampl', 'reduce']],
    },
    {
      id: 'fewer-filters',
      text: 'At each map size ResNet-34 uses fewer filters than VGG (64 at 56×56 where VGG uses 256), so each of its 3×3 layers costs about a sixteenth of VGG’s costliest ones (the site’s arithmetic).',
      cites: ['P1 Sec. 3.3', 'P1 Fig. 3'],
      link: { id: '2-it-uses-fewer-filters-at-each-map-size' },
      terms: [
        ['fewer filters', 'less filters', 'fewer channels', 'less channels', 'narrower', 'fewer kernels', 'smaller number of filters', 'fewer feature maps'],
      ],
    },
    {
      id: 'constant-cost-rule',
      text: 'Two design rules keep depth cheap: layers with the same map size have the same number of filters, and when the map is halved the filters double, so every layer costs about the same and depth adds cost linearly.',
      cites: ['P1 Sec. 3.3'],
      link: { id: '3-every-layer-costs-the-same-so-depth-is-cheap' },
      terms: [['double'], ['halv', 'half']],
    },
    {
      id: 'shortcuts-nearly-free',
      text: 'Identity shortcuts add no parameters and one addition per value, so ResNet-34 costs the same {p1-flops/plain-34/flops} billion FLOPs as plain-34.',
      cites: ['P1 Sec. 3.2', 'P1 eq. (1)'],
      link: { id: '5-shortcuts-are-nearly-free' },
      terms: [
        ['shortcut', 'skip'],
        ['no parameter', 'no extra', 'no additional', 'free', 'negligible', 'same flops', 'same cost', 'cheap'],
      ],
    },
    {
      id: 'one-small-classifier',
      text: 'ResNet ends in global average pooling and a single 1000-way fully connected layer instead of VGG’s three; that saves parameters far more than FLOPs.',
      cites: ['P1 Sec. 3.3', 'P1 Fig. 3'],
      link: { id: '4-one-small-classifier-at-the-end' },
      terms: [['average pool', 'global pool', 'avg pool', 'fully connected', 'fully-connected', 'fc layer']],
    },
    {
      id: 'bottleneck-for-deeper',
      text: 'Beyond 34 layers, bottleneck blocks (1×1, 3×3, 1×1) keep each block’s cost close to a basic block’s, so even ResNet-152, at {p1-flops/resnet-152/flops} billion, stays below VGG-16 ({p1-flops/vgg-16/flops}) and VGG-19.',
      cites: ['P1 Sec. 4.1', 'P1 Fig. 5'],
      link: { id: 'going-deeper-still-bottleneck-blocks' },
      terms: [['bottleneck']],
    },
  ],
  mistakes: [
    {
      id: 'stem-kernel-size',
      claim: 'VGG starts with 3×3 kernels, so it produces large feature maps; ResNet starts with a 7×7 kernel, so it has fewer FLOPs.',
      correction:
        'Kernel size does not set the map size, stride and pooling do, and a 7×7 kernel costs more per position than a 3×3; the saving comes from the stride-2 conv1 and max-pool bringing the map to 56×56.',
      link: { id: 'mistake-1f3i94' },
      terms: [
        ['7×7', '7x7', '7 × 7', '7 x 7'],
        ['kernel', 'filter size', 'larger filter', 'bigger filter', 'large filter'],
      ],
    },
    {
      id: 'resnet34-bottlenecks',
      claim: 'ResNet-34 has fewer FLOPs than VGG because it uses bottleneck blocks.',
      correction:
        'ResNet-34 is built from two-layer basic blocks; bottlenecks start at ResNet-50, which costs slightly more ({p1-flops/resnet-50/flops} against {p1-flops/resnet-34/flops} billion).',
      link: { id: 'mistake-2ottud' },
      terms: [['bottleneck'], ['resnet-34', 'resnet 34', 'resnet34', '34-layer', '34 layer']],
    },
    {
      id: 'fc-layers-save-flops',
      claim: 'Replacing VGG’s big fully connected layers with global average pooling is where most of the FLOPs are saved.',
      correction:
        'VGG’s three fully connected layers hold most of its parameters but only a tiny share of its multiply-adds; the single small classifier saves parameters, not FLOPs.',
      link: { id: '4-one-small-classifier-at-the-end' },
      // "Most of the FLOPs" is the wrong part: the right answer names the FC layer and FLOPs too.
      terms: [
        ['fully connected', 'fully-connected', 'fc layer', 'average pool', 'avg pool'],
        ['most of the flop', 'most flops', 'most of the computation', 'most of the saving', 'main saving', 'biggest saving'],
      ],
    },
  ],
};

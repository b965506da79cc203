import type { Rubric } from './types';

// Rubrics for study-guide questions 1–5 (P1). Paper numbers only as `{table/row/col}` tokens; see types.ts.

const Q1: Rubric = {
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
      text: 'On ImageNet plain-34 ends with a higher top-1 validation error than plain-18: {p1-table-2/depth-34/plain} against {p1-table-2/depth-18/plain}.',
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
      text: 'With residual blocks depth helps again: ResNet-34 reaches {p1-table-2/depth-34/resnet} top-1 error against ResNet-18’s {p1-table-2/depth-18/resnet}, and the 50-, 101- and 152-layer ResNets keep improving.',
      cites: ['P1 Table 2', 'P1 Table 3', 'P1 Table 4'],
      link: { id: 'so-can-more-layers-help' },
      terms: [['resnet', 'residual', 'shortcut', 'skip connection']],
    },
    {
      id: 'depth-not-free',
      text: 'Depth is still not free: the 1202-layer CIFAR-10 ResNet tests worse than ResNet-110 ({p1-table-6/resnet-1202/error} against {p1-table-6/resnet-110/error}), which the authors argue is overfitting.',
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
      terms: [
        [
          'cannot represent',
          'can not represent',
          'can’t represent',
          "can't represent",
          'unable to represent',
          'cannot express',
          'lack of capacity',
          'not enough capacity',
        ],
      ],
    },
  ],
};

const Q2: Rubric = {
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
      text: 'On ImageNet plain-34’s training error lies above plain-18’s for the whole run, and its final top-1 validation error is higher too: {p1-table-2/depth-34/plain} against {p1-table-2/depth-18/plain}.',
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
      text: 'The contrast case they do argue is overfitting: ResNet-1202 reaches a training error about as low as ResNet-110’s but tests worse ({p1-table-6/resnet-1202/error} against {p1-table-6/resnet-110/error}), with {p1-table-6/resnet-1202/params} parameters and no dropout or maxout.',
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

const Q3: Rubric = {
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

const Q4: Rubric = {
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
      text: 'On ResNet-34 options A, B and C reach top-1 errors of {p1-table-3/resnet-34-a/top1}, {p1-table-3/resnet-34-b/top1} and {p1-table-3/resnet-34-c/top1}, against {p1-table-3/plain-34/top1} for plain-34. P1 puts B’s edge over A down to A’s zero-padded channels learning no residual, and C’s edge over B to its extra parameters; the gaps are small, so projections are not essential for addressing degradation.',
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

const Q5: Rubric = {
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
      terms: [
        ['fully connected', 'fully-connected', 'fc layer', 'average pool', 'avg pool'],
        ['flop', 'computation', 'multiply'],
      ],
    },
  ],
};

/** Questions 1–5, in order. */
export const RUBRICS_1_5: readonly Rubric[] = [Q1, Q2, Q3, Q4, Q5];

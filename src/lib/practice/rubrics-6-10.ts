import type { Rubric } from './types';

// Rubrics for study-guide questions 6–10 (mostly P2). Paper numbers only as `{table/row/col}` tokens; see types.ts.

const Q6: Rubric = {
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
        'BN plays no part in the derivation: the protective 1 comes from the identity shortcut and the addition. BN after the addition even raises ResNet-110’s error from {p2-table-2/original/resnet110} to {p2-table-2/bn-after-add/resnet110}.',
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
      terms: [['constant', 'guarantee', 'never vanish']],
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

const Q7: Rubric = {
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
      text: 'The identity shortcut (λ = 1) is best: {p2-table-1/original/error} test error, the lowest of all, and it also reduces the error fastest and reaches the lowest training loss.',
      cites: ['P2 Table 1', 'P2 Sec. 1'],
      link: { id: 'which-is-best-the-identity' },
      terms: [
        ['identity', 'λ = 1', 'λ=1', 'lambda = 1', 'lambda=1'],
        ['best', 'lowest', 'wins'],
      ],
    },
    {
      id: 'constant-scaling-fails',
      text: 'Constant scaling with λ = 0.5 fails when F is left unscaled, and reaches only {p2-table-1/scale-0.5-f0.5/error} when F is halved as well.',
      cites: ['P2 eq. (6)', 'P2 Table 1'],
      link: { id: 'b-constant-scaling' },
      terms: [['scal'], ['fail', 'worse', 'higher']],
    },
    {
      id: 'gating-results',
      text: 'Exclusive gating fails with its bias started between 0 and −5 and reaches {p2-table-1/excl-gate-b-6/error} at best, from −6; shortcut-only gating gets {p2-table-1/shortcut-gate-b-0/error} from a bias of 0 and {p2-table-1/shortcut-gate-b-6/error} from −6, where its shortcut starts almost as an identity.',
      cites: ['P2 Sec. 3.1', 'P2 Table 1'],
      link: { id: 'c-exclusive-gating' },
      terms: [['gate', 'gating']],
    },
    {
      id: 'conv-and-dropout',
      text: 'The 1×1 convolution shortcut reaches {p2-table-1/conv-1x1/error}, and the dropout shortcut, a random scale of one half on average, fails.',
      cites: ['P2 Sec. 3.1', 'P2 Table 1'],
      link: { id: 'e-11-convolution-shortcut' },
      terms: [
        ['1×1', '1x1', 'convolution'],
        ['dropout', 'drop-out'],
      ],
    },
    {
      id: 'multiplicative-hampers',
      text: 'Why: the shortcut is the most direct path for information, and scaling, gating, 1×1 convolutions and dropout all multiply the signal on it, which hampers propagation; backwards, the direct term becomes a product with one factor per unit, over the 54 units of ResNet-110.',
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
        'Constant scaling with λ = 0.5 is among the worst: it fails with F unscaled and reaches only {p2-table-1/scale-0.5-f0.5/error} with F halved too; the identity, λ = 1, is best at {p2-table-1/original/error}.',
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

const Q8: Rubric = {
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
      text: 'On ResNet-110, λ = 0.5 with F unscaled fails; with F halved too the net converges, but to {p2-table-1/scale-0.5-f0.5/error} against {p2-table-1/original/error} for the identity, and its training error is higher as well.',
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
        'That version still ends at {p2-table-1/scale-0.5-f0.5/error} against {p2-table-1/original/error}: scalars on the branch never enter the product on the direct path.',
      link: { id: 'mistake-3ur50w' },
      terms: [['balance']],
    },
  ],
};

const Q9: Rubric = {
  question: 9,
  chapter: 'shallow-resnets',
  points: [
    {
      id: 'level-at-18-layers',
      text: 'Hardly, in final accuracy: at 18 layers the plain net and ResNet end essentially level on ImageNet, {p1-table-2/depth-18/plain} against {p1-table-2/depth-18/resnet} top-1 error.',
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
      text: 'The accuracy gain appears where degradation does: ResNet-34 reaches {p1-table-2/depth-34/resnet} against plain-34’s {p1-table-2/depth-34/plain}, with lower training error too.',
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
      text: 'P2 shows a similar pattern: the pre-activation unit’s gain over the original unit on CIFAR-10 grows from {p2-table-3/cifar10-110/original} → {p2-table-3/cifar10-110/preact} at 110 layers to {p2-table-3/cifar10-1001/original} → {p2-table-3/cifar10-1001/preact} at 1001; P2 names two benefits behind such gains, easier optimisation and less overfitting.',
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
        'At 18 layers the final errors are essentially tied ({p1-table-2/depth-18/plain} against {p1-table-2/depth-18/resnet}); the accuracy gain appears with depth, where plain nets degrade.',
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

const Q10: Rubric = {
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
      text: '(d) Post-activation is the original unit, where a ReLU follows the addition. Full pre-activation puts BN and ReLU before each weight layer, inside the branch, so nothing follows the addition: x_(l+1) = x_l + F(f̂(x_l), W_l). Of five placements it is the best, {p2-table-2/full-preact/resnet110} on ResNet-110.',
      cites: ['P2 eq. (9)', 'P2 Fig. 4', 'P2 Sec. 4.1', 'P2 Table 2'],
      link: { id: 'd-pre-activation-and-post-activation' },
      terms: [
        ['after the addition', 'after addition', 'post-activation', 'post activation'],
        ['before the weight', 'before each weight', 'before the conv', 'before each conv', 'bn and relu', 'bn, relu', 'batch norm and relu'],
      ],
    },
    {
      id: 'd-why-pre-activation',
      text: '(d) With f the identity, the clean paths of eq. (4) and eq. (5) apply. P2 names two benefits: easier optimisation, clearest at 1001 layers, and less overfitting, since BN now normalises every weight layer’s input; ResNet-1001 on CIFAR-10 goes from {p2-table-3/cifar10-1001/original} to {p2-table-3/cifar10-1001/preact}.',
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
        'ReLU before the addition is a separate variant, and worse than the original ({p2-table-2/relu-before-add/resnet110} against {p2-table-2/original/resnet110}); pre-activation moves BN and ReLU in front of the weight layers.',
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

/** Questions 6–10, in order. */
export const RUBRICS_6_10: readonly Rubric[] = [Q6, Q7, Q8, Q9, Q10];
